import type { MantineColor } from '@mantine/core';
import type { Locale } from '@shuraka/domain';
import { formatNumber } from '../../../shared/utils/format';

export interface MatchReason {
  code: string;
  message: string;
  contribution: number;
}

/** Codes of the hard rules that exclude a service (they add no points). */
export const EXCLUSION_CODES = ['CATEGORY', 'GOVERNORATE', 'PROJECT_SIZE', 'AGE', 'GENDER', 'AMOUNT', 'GUARANTEE', 'CAPACITY'] as const;
/** Codes of the parts of an eligible service's score. */
export const CONTRIBUTION_CODES = [
  'NEED',
  'GOVERNORATE_MATCH',
  'DISTRICT_BRANCH',
  'AMOUNT_FIT',
  'CAPACITY_HEADROOM',
  'TRACK_RECORD',
] as const;
export type ReasonCode = (typeof EXCLUSION_CODES)[number] | (typeof CONTRIBUTION_CODES)[number];

export function isKnownReasonCode(code: string): code is ReasonCode {
  return (EXCLUSION_CODES as readonly string[]).includes(code) || (CONTRIBUTION_CODES as readonly string[]).includes(code);
}

export interface ReasonRow extends MatchReason {
  /** `+35`, `+14.21`, `0`: written with Latin digits, the sign first (shown left to right). */
  points: string;
  /** Whether this part added anything. */
  earned: boolean;
}

export interface ExplainedMatch {
  /** Parts of the score, the biggest first; those that added nothing last. */
  contributions: ReasonRow[];
  /** Why the service does not fit (for an ineligible one). */
  exclusions: MatchReason[];
}

/** `+35`, `+14.21`, `0`, `−5` (a consortium's weights could in principle take points away). */
export function formatPoints(points: number, locale: Locale): string {
  if (points === 0) return formatNumber(0, locale);
  const sign = points > 0 ? '+' : '−';
  return `${sign}${formatNumber(Math.abs(points), locale)}`;
}

/** Splits a match's reasons into the score's parts and the exclusions, ready to list. */
export function explainMatch(reasons: readonly MatchReason[], locale: Locale): ExplainedMatch {
  const exclusions = reasons.filter((reason) => (EXCLUSION_CODES as readonly string[]).includes(reason.code));
  const contributions = reasons
    .filter((reason) => !(EXCLUSION_CODES as readonly string[]).includes(reason.code))
    .map((reason, index) => ({ reason, index }))
    // Stable: equal contributions keep the API's order.
    .sort((a, b) => b.reason.contribution - a.reason.contribution || a.index - b.index)
    .map(({ reason }) => ({ ...reason, points: formatPoints(reason.contribution, locale), earned: reason.contribution > 0 }));
  return { contributions, exclusions };
}

/** 0–100 on the bar, whatever the API sends. */
export function clampScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(100, Math.max(0, score));
}

export function scoreColor(score: number, eligible = true): MantineColor {
  if (!eligible) return 'gray';
  if (score >= 60) return 'teal';
  if (score >= 35) return 'yellow';
  return 'orange';
}

/** Plain words for field staff; the exact points stay one tap away. */
export type FitWord = 'veryGood' | 'good' | 'possible';

export function fitWord(score: number): FitWord {
  const whole = wholeScore(score);
  if (whole >= 60) return 'veryGood';
  if (whole >= 35) return 'good';
  return 'possible';
}

/** The score as a whole number (0–100). */
export function wholeScore(score: number): number {
  return Math.round(clampScore(score));
}

/** "Meets the applicant's needs" first, then "other services open to them"; each keeps the given order. */
export function splitByNeeds<M extends { meetsNeeds: boolean }>(matches: readonly M[]): { meetsNeeds: M[]; others: M[] } {
  return { meetsNeeds: matches.filter((match) => match.meetsNeeds), others: matches.filter((match) => !match.meetsNeeds) };
}

/**
 * Keeps the cards where the coordinator saw them: services already shown keep their place (a
 * referral changes places and scores, and a re-sort would put another card under the finger);
 * new ones follow in the API's order.
 */
export function keepOrder<M extends { service: { id: string } }>(shownOrder: readonly string[], matches: readonly M[]): M[] {
  const position = new Map(shownOrder.map((id, index) => [id, index]));
  return matches
    .map((match, index) => ({ match, index }))
    .sort((a, b) => {
      const pa = position.get(a.match.service.id) ?? shownOrder.length + a.index;
      const pb = position.get(b.match.service.id) ?? shownOrder.length + b.index;
      return pa - pb;
    })
    .map(({ match }) => match);
}
