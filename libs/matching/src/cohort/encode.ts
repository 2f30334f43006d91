import { normalizeSearchText, type GuaranteeType } from '@shuraka/domain';
import { guaranteeSatisfies, remainingPlaces, trackRecordQuality } from '../scoring/match';
import type { CohortInput, CohortProblem } from './types';

const toCenti = (points: number) => Math.round(points * 100);
const ALL = 0xffffffff;

/** Values to small integers, in order of first sight. */
class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly limit = Infinity, private readonly what = 'values') {}

  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      if (this.values.length >= this.limit) throw new RangeError(`at most ${this.limit} distinct ${this.what} fit a cohort problem`);
      id = this.values.push(value) - 1;
      this.index.set(value, id);
    }
    return id;
  }

  find(value: string): number {
    return this.index.get(value) ?? -1;
  }
}


/**
 * Ranks decimal amounts (non-negative, as `compareAmounts` takes them): equal amounts ("1500" and
 * "1500.00") share a rank. Sorted by a key with both parts padded to a common width, whose plain
 * string order is compareAmounts' order (the property test checks the ranks against it), so the
 * sort costs no split per comparison.
 */
export function rankAmounts(amounts: Iterable<string>): Map<string, number> {
  const parts = [...amounts].map((amount) => {
    const [whole, fraction = ''] = amount.split('.');
    return { amount, whole, fraction: fraction.replace(/0+$/, '') };
  });
  const wholeWidth = Math.max(0, ...parts.map((part) => part.whole.length));
  const fractionWidth = Math.max(0, ...parts.map((part) => part.fraction.length));
  const keyed = parts.map((part) => ({ amount: part.amount, key: `${part.whole.padStart(wholeWidth, '0')}.${part.fraction.padEnd(fractionWidth, '0')}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rankOf = new Map<string, number>();
  keyed.forEach((entry, index) => rankOf.set(entry.amount, index > 0 && keyed[index - 1].key === entry.key ? rankOf.get(keyed[index - 1].amount)! : index));
  return rankOf;
}

/**
 * Turns a cohort into typed arrays (see CohortProblem). Every per-service part of the score is
 * computed here once, by the scoring module's own functions; what is left per pair is integer
 * comparisons and the amount fit.
 */
export function encodeCohort(input: CohortInput): CohortProblem {
  const { applicants, services, groups } = input;
  const A = applicants.length;
  const S = services.length;
  const G = groups.length;
  const categories = new Dictionary(32, 'categories');
  const genders = new Dictionary();
  const governorates = new Dictionary();
  const districtKeys = new Dictionary();
  const projectSizes = new Dictionary(31, 'project sizes');
  const currencies = new Dictionary();
  const kinds = new Dictionary(32, 'service kinds');
  const guarantees = new Dictionary(32, 'guarantee types');
  // Districts fold as matchService compares them (normalizeSearchText), once per spelling.
  const folded = new Map<string, string>();
  const districtKeyOf = (governorate: string, district: string) => {
    let fold = folded.get(district);
    if (fold === undefined) folded.set(district, (fold = normalizeSearchText(district)));
    return `${governorate}\u0000${fold}`;
  };

  // Every amount compared, ranked once: equal amounts ("1500" and "1500.00") share a rank.
  const amounts = new Set<string>();
  for (const applicant of applicants) if (applicant.requestedAmount) amounts.add(applicant.requestedAmount.amount);
  for (const service of services) {
    if (service.minAmount !== null) amounts.add(service.minAmount);
    if (service.maxAmount !== null) amounts.add(service.maxAmount);
  }
  const rankOf = rankAmounts(amounts);

  const problem: CohortProblem = {
    applicantCount: A,
    serviceCount: S,
    groupCount: G,
    governorateCount: 0,
    category: new Uint8Array(A),
    gender: new Uint8Array(A),
    age: new Int16Array(A),
    governorate: new Int32Array(A),
    districtKey: new Int32Array(A),
    projectSize: new Uint8Array(A),
    amountRank: new Int32Array(A),
    amountValue: new Float64Array(A),
    currency: new Int32Array(A),
    needs: new Uint32Array(A),
    guarantee: new Uint8Array(A),
    group: new Int32Array(A),
    blockedKinds: new Uint32Array(A),
    openStart: new Int32Array(A + 1),
    openService: new Int32Array(applicants.reduce((sum, applicant) => sum + applicant.openServices.length, 0)),
    places: new Int32Array(S),
    kind: new Uint8Array(S),
    categoryMask: new Uint32Array(S),
    governorateState: new Uint8Array(0),
    projectSizeMask: new Uint32Array(S),
    serviceGender: new Int32Array(S),
    minAge: new Int16Array(S),
    maxAge: new Int16Array(S),
    hasAmountRange: new Uint8Array(S),
    minRank: new Int32Array(S),
    maxRank: new Int32Array(S),
    serviceCurrency: new Int32Array(S),
    fitMin: new Float64Array(S),
    fitMax: new Float64Array(S),
    guaranteeMask: new Uint32Array(S),
    branchStart: new Int32Array(0),
    branchService: new Int32Array(0),
    allowed: new Uint8Array(G * S),
    servicePoints: new Int32Array(G * S),
    needPoints: new Int32Array(G),
    listedGovernoratePoints: new Int32Array(G),
    everyGovernoratePoints: new Int32Array(G),
    districtPoints: new Int32Array(G),
    amountFitWeight: new Float64Array(G),
  };

  for (const service of services) kinds.id(service.kind);
  let open = 0;
  applicants.forEach((applicant, a) => {
    if (!Number.isInteger(applicant.group) || applicant.group < 0 || applicant.group >= G) throw new RangeError(`applicant ${a} is in group ${applicant.group}, outside 0..${G - 1}`);
    problem.category[a] = categories.id(applicant.category);
    problem.gender[a] = genders.id(applicant.gender);
    problem.age[a] = applicant.age === null ? -1 : Math.max(-1, Math.min(32_767, applicant.age));
    problem.governorate[a] = governorates.id(applicant.governorate);
    problem.districtKey[a] = applicant.district ? districtKeys.id(districtKeyOf(applicant.governorate, applicant.district)) : -1;
    problem.projectSize[a] = applicant.projectSize ? 1 + projectSizes.id(applicant.projectSize) : 0;
    problem.amountRank[a] = applicant.requestedAmount ? rankOf.get(applicant.requestedAmount.amount)! : -1;
    problem.amountValue[a] = applicant.requestedAmount ? Number(applicant.requestedAmount.amount) : NaN;
    problem.currency[a] = applicant.requestedAmount ? currencies.id(applicant.requestedAmount.currency) : -1;
    // Needs of a kind no service offers never count: only known kinds get a bit.
    for (const need of applicant.needs) {
      const kind = kinds.find(need);
      if (kind >= 0) problem.needs[a] |= 1 << kind;
    }
    problem.guarantee[a] = guarantees.id(applicant.guaranteeOffered);
    problem.group[a] = applicant.group;
    for (const open of applicant.openKinds) {
      const kind = kinds.find(open);
      if (kind >= 0) problem.blockedKinds[a] |= 1 << kind;
    }
    for (const service of applicant.openServices) problem.openService[open++] = service;
    problem.openStart[a + 1] = open;
  });

  const governorateCount = governorates.values.length;
  problem.governorateCount = governorateCount;
  problem.governorateState = new Uint8Array(S * governorateCount);
  const branchLists: number[][] = districtKeys.values.map(() => []);
  services.forEach((service, s) => {
    problem.places[s] = remainingPlaces(service);
    problem.kind[s] = kinds.id(service.kind);
    problem.categoryMask[s] = service.categories.length === 0 ? ALL : service.categories.reduce((mask, category) => (categories.find(category) >= 0 ? mask | (1 << categories.find(category)) : mask), 0);
    for (let g = 0; g < governorateCount; g++) {
      const listed = service.governorates.includes(governorates.values[g]);
      problem.governorateState[s * governorateCount + g] = listed ? 2 : service.governorates.length === 0 ? 1 : 0;
    }
    // Sizes no applicant has still restrict: a bit nobody carries (bit 0 is "none given", never tested).
    problem.projectSizeMask[s] = service.projectSizes.reduce((mask, size) => (projectSizes.find(size) >= 0 ? mask | (1 << (1 + projectSizes.find(size))) : mask | 1), 0);
    problem.serviceGender[s] = service.gender ? genders.id(service.gender) : -1;
    problem.minAge[s] = service.minAge === null ? -1 : service.minAge;
    problem.maxAge[s] = service.maxAge === null ? -1 : service.maxAge;
    problem.hasAmountRange[s] = service.minAmount !== null || service.maxAmount !== null ? 1 : 0;
    problem.minRank[s] = service.minAmount === null ? -1 : rankOf.get(service.minAmount)!;
    problem.maxRank[s] = service.maxAmount === null ? -1 : rankOf.get(service.maxAmount)!;
    problem.serviceCurrency[s] = service.currency === null ? -1 : currencies.find(service.currency);
    problem.fitMin[s] = service.minAmount !== null && service.maxAmount !== null ? Number(service.minAmount) : NaN;
    problem.fitMax[s] = service.minAmount !== null && service.maxAmount !== null ? Number(service.maxAmount) : NaN;
    guarantees.values.forEach((offered, index) => {
      if (guaranteeSatisfies(offered as GuaranteeType, service.guaranteeRequired)) problem.guaranteeMask[s] |= 1 << index;
    });
    const keys = new Set<number>();
    for (const branch of service.branches) {
      if (!branch.district) continue;
      const key = districtKeys.find(districtKeyOf(branch.governorate, branch.district));
      if (key >= 0 && !keys.has(key)) {
        keys.add(key);
        branchLists[key].push(s);
      }
    }
  });
  problem.branchStart = new Int32Array(branchLists.length + 1);
  branchLists.forEach((list, key) => (problem.branchStart[key + 1] = problem.branchStart[key] + list.length));
  problem.branchService = Int32Array.from(branchLists.flat());

  groups.forEach((group, g) => {
    const { weights } = group;
    problem.needPoints[g] = toCenti(weights.need);
    problem.listedGovernoratePoints[g] = toCenti(weights.governorate * 1);
    problem.everyGovernoratePoints[g] = toCenti(weights.governorate * 0.5);
    problem.districtPoints[g] = toCenti(weights.district);
    problem.amountFitWeight[g] = weights.amountFit;
    services.forEach((service, s) => {
      problem.allowed[g * S + s] = group.allowedServices === null || group.allowedServices[s] ? 1 : 0;
      const headroom = service.capacity > 0 ? remainingPlaces(service) / service.capacity : 0;
      problem.servicePoints[g * S + s] = toCenti(weights.capacityHeadroom * headroom) + toCenti(weights.trackRecord * (trackRecordQuality(service.trackRecord) ?? 0));
    });
  });
  return problem;
}
