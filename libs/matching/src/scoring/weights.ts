import type { MatchWeights } from './types';

/**
 * Default weights (points out of 100). The kind of help asked for matters most; then whether the
 * partner has proved itself in Shuraka; then the money fitting the range, being near, and room left.
 * A consortium may set its own; they must be whole, non-negative and add up to 100.
 */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = {
  need: 35,
  trackRecord: 20,
  amountFit: 15,
  governorate: 10,
  district: 10,
  capacityHeadroom: 10,
};

/** Decided referrals a partner needs before its track record counts. */
export const MIN_TRACK_RECORD = 5;

/** Days to decision at which the speed part of the track record reaches zero. */
export const SLOW_DECISION_DAYS = 30;

export function weightProblems(weights: MatchWeights): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(weights)) {
    if (!Number.isInteger(value) || value < 0 || value > 100) problems.push(`${key} must be a whole number from 0 to 100`);
  }
  const total = Object.values(weights).reduce((sum, value) => sum + value, 0);
  if (total !== 100) problems.push(`the weights must add up to 100 (they add up to ${total})`);
  return problems;
}
