import type { MatchApplicant, MatchService, MatchWeights } from '../scoring/types';

/**
 * One applicant of a cohort as planAllocation loads it: what matching reads, plus which services the
 * plan must leave out for them.
 */
export interface CohortApplicant extends MatchApplicant {
  /** Index into `CohortInput.groups`: whose weights score them and whose member partners may serve them. */
  group: number;
  /** Indexes of the services they already have an open referral to (one open referral per pair). */
  openServices: readonly number[];
  /** Kinds of their open referrals: no second service of such a kind is planned (empty when the coordinator allowed one). */
  openKinds: readonly string[];
}

/** Applicants who share a consortium: its weights, and the services its member partners offer. */
export interface CohortGroup {
  weights: MatchWeights;
  /** Per service index: may this group's applicants be planned for it (null: every service). */
  allowedServices: readonly boolean[] | null;
}

export interface CohortInput {
  applicants: readonly CohortApplicant[];
  services: readonly MatchService[];
  groups: readonly CohortGroup[];
}

/**
 * The same cohort as typed arrays (what crosses to a worker, transferred, not copied): every
 * per-pair decision of `matchService` becomes array look-ups and integer comparisons.
 * Applicant arrays have `applicantCount` entries, service arrays `serviceCount`, group arrays `groupCount`.
 */
export interface CohortProblem {
  applicantCount: number;
  serviceCount: number;
  groupCount: number;
  governorateCount: number;
  // Applicants.
  category: Uint8Array;
  gender: Uint8Array;
  /** Whole years, -1 unknown. */
  age: Int16Array;
  governorate: Int32Array;
  /** Index of (governorate, folded district) among the keys branches are listed by; -1: no district. */
  districtKey: Int32Array;
  /** 0: none given, else 1 + index of the project size. */
  projectSize: Uint8Array;
  /** Rank of the requested amount among every amount of the problem (equal amounts, equal ranks); -1: none. */
  amountRank: Int32Array;
  amountValue: Float64Array;
  /** -1: none. */
  currency: Int32Array;
  /** Bit per kind index. */
  needs: Uint32Array;
  /** Index of the guarantee offered. */
  guarantee: Uint8Array;
  group: Int32Array;
  /** Bit per kind index: kinds of the applicant's open referrals. */
  blockedKinds: Uint32Array;
  /** Services each applicant has an open referral to, CSR: `openService[openStart[a] .. openStart[a + 1] - 1]`. */
  openStart: Int32Array;
  openService: Int32Array;
  // Services.
  /** Remaining places (0: the service is full and takes nobody). */
  places: Int32Array;
  kind: Uint8Array;
  /** Bit per category index; all bits: every category. */
  categoryMask: Uint32Array;
  /** [service * governorateCount + governorate]: 0 not served, 1 served (the service lists no governorate), 2 listed. */
  governorateState: Uint8Array;
  /** Bit per (1 + project size index); 0: every size. */
  projectSizeMask: Uint32Array;
  /** -1: any gender. */
  serviceGender: Int32Array;
  /** -1: no bound. */
  minAge: Int16Array;
  maxAge: Int16Array;
  /** 1 when the service has a minimum or a maximum amount. */
  hasAmountRange: Uint8Array;
  /** Ranks of the bounds, -1: no bound. */
  minRank: Int32Array;
  maxRank: Int32Array;
  /** -1: none. */
  serviceCurrency: Int32Array;
  /** Both bounds as numbers (NaN when one is missing: no amount fit). */
  fitMin: Float64Array;
  fitMax: Float64Array;
  /** Bit per guarantee index: the guarantees that satisfy the service's requirement. */
  guaranteeMask: Uint32Array;
  /** Services with a branch at each district key, CSR like openStart/openService. */
  branchStart: Int32Array;
  branchService: Int32Array;
  // Groups.
  /** [group * serviceCount + service]: 1 when the group's applicants may be planned for it. */
  allowed: Uint8Array;
  /** [group * serviceCount + service]: capacity headroom and track record points (centi-points), the same for every applicant. */
  servicePoints: Int32Array;
  needPoints: Int32Array;
  listedGovernoratePoints: Int32Array;
  everyGovernoratePoints: Int32Array;
  districtPoints: Int32Array;
  amountFitWeight: Float64Array;
}

/** Eligible pairs by applicant (CSR, as `AllocationInstance`), and the applicants who lost a pair to an open referral of its kind. */
export interface CohortPairs {
  rowStart: Int32Array;
  serviceOf: Int32Array;
  score: Int32Array;
  /** 1 for an applicant with an eligible pair left out because of an open referral of the service's kind. */
  blockedByKind: Uint8Array;
}

/** Why an applicant has no place: 0 placed, 1 NO_ELIGIBLE_SERVICE, 2 CAPACITY, 3 OPEN_REFERRAL_OF_KIND. */
export const COHORT_REASONS = [null, 'NO_ELIGIBLE_SERVICE', 'CAPACITY', 'OPEN_REFERRAL_OF_KIND'] as const;
export type CohortReason = Exclude<(typeof COHORT_REASONS)[number], null>;

export interface CohortPlan {
  /** Service index per applicant, -1 unplaced. */
  serviceOfApplicant: Int32Array;
  /** Score of the chosen pair per applicant (0 when unplaced). */
  scoreOfApplicant: Int32Array;
  /** Index into COHORT_REASONS per applicant. */
  reason: Uint8Array;
  totalScore: number;
  pairCount: number;
  /** Milliseconds spent in the worker: eligibility and scores, then the solver. */
  scoreMs: number;
  solveMs: number;
}
