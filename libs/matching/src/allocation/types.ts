/** Highest score of an eligible pair: 100 points in centi-points. */
export const MAX_ALLOCATION_SCORE = 10_000;

/**
 * A cohort allocation problem: applicants, services with remaining capacity, and the sparse set of
 * eligible (applicant, service) pairs with an integer score each, in CSR form by applicant.
 */
export interface AllocationInstance {
  applicantCount: number;
  /** Remaining places per service (non-negative integers); the service count is `capacities.length`. */
  capacities: ArrayLike<number>;
  /** Pairs of applicant i are `rowStart[i] .. rowStart[i + 1] - 1`; length `applicantCount + 1`. */
  rowStart: Int32Array;
  /** Service index of each pair. */
  serviceOf: Int32Array;
  /** Integer score of each pair, 0..MAX_ALLOCATION_SCORE. A repeated (applicant, service) pair counts once, with its best score. */
  score: Int32Array;
}

/**
 * Why an applicant got no place:
 * - `NO_ELIGIBLE_SERVICE`: no eligible pair at all, or every eligible service has capacity 0;
 * - `CAPACITY`: eligible services with places exist, but all of them are filled by others in the optimum.
 */
export type UnassignedReason = 'NO_ELIGIBLE_SERVICE' | 'CAPACITY';

export interface AllocationResult {
  /** Service index per applicant, or -1 when unassigned. */
  serviceOfApplicant: Int32Array;
  /** Sum of the scores of the chosen pairs (maximal). */
  totalScore: number;
  /** Per applicant: null when assigned, otherwise why not. */
  unassignedReason: Array<null | UnassignedReason>;
}

/** One eligible pair in the friendly form accepted by `buildAllocationInstance`. */
export interface EligiblePair {
  applicant: number;
  service: number;
  score: number;
}
