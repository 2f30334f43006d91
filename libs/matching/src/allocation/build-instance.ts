import { validateInstance } from './allocate';
import { MAX_ALLOCATION_SCORE, type AllocationInstance, type EligiblePair } from './types';

/**
 * Builds the CSR instance from a list of eligible pairs (any order; pairs of one applicant keep
 * their relative order). Validates the result like `allocate` does.
 */
export function buildAllocationInstance(input: { applicantCount: number; capacities: ArrayLike<number>; pairs: readonly EligiblePair[] }): AllocationInstance {
  const { applicantCount, capacities, pairs } = input;
  if (!Number.isSafeInteger(applicantCount) || applicantCount < 0) {
    throw new RangeError(`applicantCount must be a non-negative integer, got ${applicantCount}`);
  }
  const rowStart = new Int32Array(applicantCount + 1);
  for (const [i, pair] of pairs.entries()) {
    const a = pair.applicant;
    if (!Number.isInteger(a) || a < 0 || a >= applicantCount) throw new RangeError(`pair ${i} refers to applicant ${a}, outside 0..${applicantCount - 1}`);
    if (!Number.isInteger(pair.service) || pair.service < 0 || pair.service >= capacities.length) {
      throw new RangeError(`pair ${i} refers to service ${pair.service}, outside 0..${capacities.length - 1}`);
    }
    if (!Number.isInteger(pair.score) || pair.score < 0 || pair.score > MAX_ALLOCATION_SCORE) {
      throw new RangeError(`pair ${i} has score ${pair.score}, outside 0..${MAX_ALLOCATION_SCORE}`);
    }
    rowStart[a + 1]++;
  }
  for (let a = 0; a < applicantCount; a++) rowStart[a + 1] += rowStart[a];
  const next = rowStart.slice(0, applicantCount);
  const serviceOf = new Int32Array(pairs.length);
  const score = new Int32Array(pairs.length);
  for (const pair of pairs) {
    const j = next[pair.applicant]++;
    serviceOf[j] = pair.service;
    score[j] = pair.score;
  }
  const instance: AllocationInstance = {
    applicantCount,
    capacities: Array.from(capacities),
    rowStart,
    serviceOf,
    score,
  };
  validateInstance(instance);
  return instance;
}
