import { compareAmounts } from '@shuraka/domain';
import { foldDistrict, guaranteeStrength, matchService, trackRecordQuality } from './match';
import type { MatchApplicant, MatchService, MatchWeights, ServiceMatchResult, TrackRecord } from './types';
import { DEFAULT_WEIGHTS } from './weights';

/**
 * A service as a catalogue keeps it between matches: everything matching reads except what changes
 * with every referral (places taken, the partner's track record), plus the partner it belongs to.
 */
export type CatalogueService = Omit<MatchService, 'placesTaken' | 'trackRecord'> & { partnerId: string };

/** What changes with every referral, read fresh for each match. */
export interface CatalogueState {
  /** Places taken (capacity used plus referrals awaiting an answer) per service id; absent: none. */
  placesTaken: ReadonlyMap<string, number>;
  /** Track record per partner id; absent: none yet. */
  trackRecords: ReadonlyMap<string, TrackRecord>;
}

/** One service, pre-compiled: sets instead of arrays, amounts split and parsed, branch districts folded. */
interface CompiledService {
  readonly source: CatalogueService;
  readonly partner: number;
  /** null: the list is empty (open to every value). */
  readonly categories: ReadonlySet<string> | null;
  readonly governorates: ReadonlySet<string> | null;
  readonly projectSizes: ReadonlySet<string> | null;
  readonly hasAmountRange: boolean;
  /** Both ends set: the range the amount fit is measured in, parsed once. */
  readonly fitRange: { min: number; max: number } | null;
  readonly guaranteeStrength: number;
  /** Governorate → folded districts of the partner's branches there (only branches with a district). */
  readonly branchDistricts: ReadonlyMap<string, ReadonlySet<string>> | null;
}

/** A consortium's services compiled for ranking many applicants; build once, rank each applicant in a fraction of a millisecond. */
export interface CompiledCatalogue {
  /** The services in ranking tie order (by id). */
  readonly services: readonly CatalogueService[];
  readonly partners: readonly string[];
  readonly compiled: readonly CompiledService[];
}

const byId = (a: CatalogueService, b: CatalogueService) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const setOf = (values: readonly string[]) => (values.length > 0 ? new Set(values) : null);

export function compileCatalogue(services: readonly CatalogueService[]): CompiledCatalogue {
  const sorted = [...services].sort(byId);
  const partners: string[] = [];
  const partnerIndex = new Map<string, number>();
  const compiled = sorted.map((service): CompiledService => {
    let partner = partnerIndex.get(service.partnerId);
    if (partner === undefined) {
      partner = partners.push(service.partnerId) - 1;
      partnerIndex.set(service.partnerId, partner);
    }
    let branchDistricts: Map<string, Set<string>> | null = null;
    for (const branch of service.branches) {
      if (!branch.district) continue;
      branchDistricts ??= new Map();
      const districts = branchDistricts.get(branch.governorate) ?? new Set<string>();
      districts.add(foldDistrict(branch.district));
      branchDistricts.set(branch.governorate, districts);
    }
    return {
      source: service,
      partner,
      categories: setOf(service.categories),
      governorates: setOf(service.governorates),
      projectSizes: setOf(service.projectSizes),
      hasAmountRange: service.minAmount !== null || service.maxAmount !== null,
      fitRange: service.minAmount !== null && service.maxAmount !== null ? { min: Number(service.minAmount), max: Number(service.maxAmount) } : null,
      guaranteeStrength: guaranteeStrength(service.guaranteeRequired),
      branchDistricts,
    };
  });
  return { services: sorted, partners, compiled };
}

/** The catalogue's service with this match's places and track record: what `matchService` takes. */
export function withState(service: CatalogueService, state: CatalogueState): MatchService {
  const { partnerId, ...rest } = service;
  return { ...rest, placesTaken: state.placesTaken.get(service.id) ?? 0, trackRecord: state.trackRecords.get(partnerId) ?? null };
}

const toCenti = (points: number) => Math.round(points * 100);
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export interface RankOptions {
  /** How many results (default: all). */
  first?: number;
  /** Also return services the applicant is not eligible for, after the eligible ones (default: false). */
  includeIneligible?: boolean;
}

/**
 * Exactly `rankServices(applicant, services, weights)` filtered to the eligible ones (unless
 * `includeIneligible`) and cut to `first`, on a compiled catalogue: eligibility and scores are
 * computed on the compiled form without building reasons, and only the services returned are
 * explained (by `matchService` itself, so their reasons are the reference's).
 */
export function rankCompiled(
  applicant: MatchApplicant,
  catalogue: CompiledCatalogue,
  state: CatalogueState,
  weights: MatchWeights = DEFAULT_WEIGHTS,
  options: RankOptions = {},
): ServiceMatchResult[] {
  const count = catalogue.compiled.length;
  const first = Math.min(options.first ?? count, count);
  if (first <= 0) return [];
  const scores = compiledScores(applicant, catalogue, state, weights);
  const eligible: number[] = [];
  for (let index = 0; index < count; index += 1) if (scores[index] >= 0) eligible.push(index);
  // Highest score first; the index is the id order, so ties fall as in rankServices.
  eligible.sort((a, b) => scores[b] - scores[a] || a - b);
  const chosen = eligible.length >= first ? eligible.slice(0, first) : eligible;
  if (options.includeIneligible) {
    for (let index = 0; index < count && chosen.length < first; index += 1) if (scores[index] < 0) chosen.push(index);
  }
  return chosen.map((index) => matchService(applicant, withState(catalogue.services[index], state), weights));
}

/**
 * The score of every service of the catalogue (in its order) for this applicant, in hundredths of a
 * point as `matchService` computes it, or -1 where the applicant is not eligible.
 */
export function compiledScores(applicant: MatchApplicant, catalogue: CompiledCatalogue, state: CatalogueState, weights: MatchWeights = DEFAULT_WEIGHTS): Float64Array {
  const { compiled } = catalogue;
  const count = compiled.length;
  const scores = new Float64Array(count).fill(-1);
  const needs = new Set<string>(applicant.needs);
  const offered = guaranteeStrength(applicant.guaranteeOffered);
  const requested = applicant.requestedAmount;
  const requestedNumber = requested ? Number(requested.amount) : 0;
  const district = applicant.district ? foldDistrict(applicant.district) : null;
  const { age, category, governorate, projectSize, gender } = applicant;
  const needPoints = toCenti(weights.need);
  const explicitGovernoratePoints = toCenti(weights.governorate * 1);
  const everyGovernoratePoints = toCenti(weights.governorate * 0.5);
  const districtPoints = toCenti(weights.district);
  const trackPoints = catalogue.partners.map((partner) => toCenti(weights.trackRecord * (trackRecordQuality(state.trackRecords.get(partner) ?? null) ?? 0)));

  for (let index = 0; index < count; index += 1) {
    const entry = compiled[index];
    const service = entry.source;
    if (entry.categories !== null && !entry.categories.has(category)) continue;
    if (entry.governorates !== null && !entry.governorates.has(governorate)) continue;
    if (entry.projectSizes !== null && projectSize && !entry.projectSizes.has(projectSize)) continue;
    if (service.minAge !== null && (age === null || age < service.minAge)) continue;
    if (service.maxAge !== null && (age === null || age > service.maxAge)) continue;
    if (service.gender && service.gender !== gender) continue;
    if (requested && entry.hasAmountRange) {
      if (requested.currency !== service.currency) continue;
      if (service.minAmount !== null && compareAmounts(requested.amount, service.minAmount) < 0) continue;
      if (service.maxAmount !== null && compareAmounts(requested.amount, service.maxAmount) > 0) continue;
    }
    if (!(offered >= entry.guaranteeStrength)) continue;
    const remaining = Math.max(0, service.capacity - (state.placesTaken.get(service.id) ?? 0));
    if (remaining === 0) continue;

    let fit = 0;
    if (requested && entry.fitRange) {
      const { min, max } = entry.fitRange;
      if (max <= min) fit = 1;
      else {
        const half = (max - min) / 2;
        fit = clamp01(1 - Math.abs(requestedNumber - (min + half)) / half);
      }
    }
    const branchDistricts = district !== null ? entry.branchDistricts?.get(governorate) : undefined;
    const headroom = service.capacity > 0 ? remaining / service.capacity : 0;
    scores[index] =
      (needs.has(service.kind) ? needPoints : 0) +
      (entry.governorates?.has(governorate) ? explicitGovernoratePoints : everyGovernoratePoints) +
      (branchDistricts?.has(district!) ? districtPoints : 0) +
      toCenti(weights.amountFit * fit) +
      toCenti(weights.capacityHeadroom * headroom) +
      trackPoints[entry.partner];
  }
  return scores;
}
