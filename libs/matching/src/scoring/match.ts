import { compareAmounts, GuaranteeType, normalizeSearchText } from '@shuraka/domain';
import type { ExclusionCode, MatchApplicant, MatchService, MatchWeights, Reason, ServiceMatchResult, TrackRecord } from './types';
import { DEFAULT_WEIGHTS, MIN_TRACK_RECORD, SLOW_DECISION_DAYS } from './weights';

/** A stronger guarantee satisfies a weaker requirement: collateral > personal guarantor > group > none. */
const GUARANTEE_STRENGTH: Record<GuaranteeType, number> = {
  [GuaranteeType.NONE]: 0,
  [GuaranteeType.GROUP]: 1,
  [GuaranteeType.PERSONAL_GUARANTOR]: 2,
  [GuaranteeType.COLLATERAL]: 3,
};

/** The guarantee's rank in that order (NaN for an unknown value, which satisfies nothing). */
export function guaranteeStrength(type: GuaranteeType): number {
  return GUARANTEE_STRENGTH[type] ?? NaN;
}

export function guaranteeSatisfies(offered: GuaranteeType, required: GuaranteeType): boolean {
  return guaranteeStrength(offered) >= guaranteeStrength(required);
}

export function remainingPlaces(service: Pick<MatchService, 'capacity' | 'placesTaken'>): number {
  return Math.max(0, service.capacity - service.placesTaken);
}

/** Each hard rule the service breaks for this applicant (empty: eligible). */
export function exclusions(applicant: MatchApplicant, service: MatchService): Reason[] {
  const out: Reason[] = [];
  const exclude = (code: ExclusionCode, params: Record<string, string | number> = {}) => out.push({ code, centiPoints: 0, params });
  if (service.categories.length > 0 && !service.categories.includes(applicant.category)) {
    exclude('CATEGORY', { category: applicant.category });
  }
  if (service.governorates.length > 0 && !service.governorates.includes(applicant.governorate)) {
    exclude('GOVERNORATE', { governorate: applicant.governorate });
  }
  if (service.projectSizes.length > 0 && applicant.projectSize && !service.projectSizes.includes(applicant.projectSize)) {
    exclude('PROJECT_SIZE', { projectSize: applicant.projectSize });
  }
  if (service.minAge !== null || service.maxAge !== null) {
    const { age } = applicant;
    const tooYoung = service.minAge !== null && (age === null || age < service.minAge);
    const tooOld = service.maxAge !== null && (age === null || age > service.maxAge);
    if (tooYoung || tooOld)
      exclude('AGE', {
        age: age ?? '?',
        minAge: service.minAge ?? '',
        maxAge: service.maxAge ?? '',
      });
  }
  if (service.gender && service.gender !== applicant.gender) exclude('GENDER', { gender: service.gender });
  if (applicant.requestedAmount && (service.minAmount !== null || service.maxAmount !== null)) {
    const { amount, currency } = applicant.requestedAmount;
    const outside =
      currency !== service.currency ||
      (service.minAmount !== null && compareAmounts(amount, service.minAmount) < 0) ||
      (service.maxAmount !== null && compareAmounts(amount, service.maxAmount) > 0);
    if (outside) {
      exclude('AMOUNT', {
        amount,
        currency,
        minAmount: service.minAmount ?? '',
        maxAmount: service.maxAmount ?? '',
        serviceCurrency: service.currency ?? '',
      });
    }
  }
  if (!guaranteeSatisfies(applicant.guaranteeOffered, service.guaranteeRequired)) {
    exclude('GUARANTEE', {
      required: service.guaranteeRequired,
      offered: applicant.guaranteeOffered,
    });
  }
  if (remainingPlaces(service) === 0) exclude('CAPACITY', { capacity: service.capacity });
  return out;
}

const toCenti = (points: number) => Math.round(points * 100);
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** 1 at the middle of the service's range, falling to 0 at its ends (and 0 without a range or amount). */
function amountFit(applicant: MatchApplicant, service: MatchService): number | null {
  if (!applicant.requestedAmount || service.minAmount === null || service.maxAmount === null) return null;
  const amount = Number(applicant.requestedAmount.amount);
  const min = Number(service.minAmount);
  const max = Number(service.maxAmount);
  if (max <= min) return 1;
  const half = (max - min) / 2;
  return clamp01(1 - Math.abs(amount - (min + half)) / half);
}

/** Acceptance 40 %, completion 30 %, speed of decision 30 %; null below MIN_TRACK_RECORD decided referrals. */
export function trackRecordQuality(record: TrackRecord | null): number | null {
  if (!record || record.decided < MIN_TRACK_RECORD) return null;
  const acceptance = record.accepted / record.decided;
  const completion = record.accepted > 0 ? record.completed / record.accepted : 0;
  const speed = record.medianDaysToDecision === null ? 0 : clamp01(1 - record.medianDaysToDecision / SLOW_DECISION_DAYS);
  return 0.4 * acceptance + 0.3 * completion + 0.3 * speed;
}

const foldedDistricts = new Map<string, string>();

/** A district name folded for comparison (`normalizeSearchText`), remembered: districts are few and folding is slow. */
export function foldDistrict(district: string): string {
  let folded = foldedDistricts.get(district);
  if (folded === undefined) {
    if (foldedDistricts.size >= 10_000) foldedDistricts.clear();
    folded = normalizeSearchText(district);
    foldedDistricts.set(district, folded);
  }
  return folded;
}

function sameDistrict(a: string | null, b: string | null): boolean {
  return Boolean(a && b && foldDistrict(a) === foldDistrict(b));
}

/** The explained score of an eligible service: every contribution is listed, even a zero one. */
export function contributions(applicant: MatchApplicant, service: MatchService, weights: MatchWeights): Reason[] {
  const needed = applicant.needs.includes(service.kind);
  const explicitGovernorate = service.governorates.includes(applicant.governorate);
  const hasBranch = service.branches.some((branch) => branch.governorate === applicant.governorate && sameDistrict(branch.district, applicant.district));
  const fit = amountFit(applicant, service);
  const headroom = service.capacity > 0 ? remainingPlaces(service) / service.capacity : 0;
  const quality = trackRecordQuality(service.trackRecord);
  return [
    {
      code: 'NEED',
      centiPoints: needed ? toCenti(weights.need) : 0,
      params: { kind: service.kind, needed: needed ? 1 : 0 },
    },
    {
      code: 'GOVERNORATE_MATCH',
      // A service offered everywhere gets half: it is available, but not set up for this governorate.
      centiPoints: toCenti(weights.governorate * (explicitGovernorate ? 1 : 0.5)),
      params: {
        governorate: applicant.governorate,
        explicit: explicitGovernorate ? 1 : 0,
      },
    },
    {
      code: 'DISTRICT_BRANCH',
      centiPoints: hasBranch ? toCenti(weights.district) : 0,
      params: { district: applicant.district ?? '', branch: hasBranch ? 1 : 0 },
    },
    {
      code: 'AMOUNT_FIT',
      centiPoints: toCenti(weights.amountFit * (fit ?? 0)),
      params: { fit: fit === null ? -1 : Math.round(fit * 100) },
    },
    {
      code: 'CAPACITY_HEADROOM',
      centiPoints: toCenti(weights.capacityHeadroom * headroom),
      params: {
        remaining: remainingPlaces(service),
        capacity: service.capacity,
      },
    },
    {
      code: 'TRACK_RECORD',
      centiPoints: toCenti(weights.trackRecord * (quality ?? 0)),
      params: {
        decided: service.trackRecord?.decided ?? 0,
        quality: quality === null ? -1 : Math.round(quality * 100),
      },
    },
  ];
}

export function matchService(applicant: MatchApplicant, service: MatchService, weights: MatchWeights = DEFAULT_WEIGHTS): ServiceMatchResult {
  const excluded = exclusions(applicant, service);
  if (excluded.length > 0)
    return {
      serviceId: service.id,
      eligible: false,
      scoreCentiPoints: 0,
      reasons: excluded,
    };
  const reasons = contributions(applicant, service, weights);
  return {
    serviceId: service.id,
    eligible: true,
    scoreCentiPoints: reasons.reduce((sum, reason) => sum + reason.centiPoints, 0),
    reasons,
  };
}

/**
 * Ranks services for one applicant: eligible ones by score (highest first), then the others;
 * ties broken by service id, so the order never depends on the input order.
 */
export function rankServices(applicant: MatchApplicant, services: readonly MatchService[], weights: MatchWeights = DEFAULT_WEIGHTS): ServiceMatchResult[] {
  return services
    .map((service) => matchService(applicant, service, weights))
    .sort((a, b) => {
      if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
      if (a.scoreCentiPoints !== b.scoreCentiPoints) return b.scoreCentiPoints - a.scoreCentiPoints;
      return a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0;
    });
}
