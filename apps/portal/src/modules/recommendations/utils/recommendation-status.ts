import type { MantineColor } from '@mantine/core';
import type { RecommendationStatus } from '../../../gql/graphql';

/** The lifecycle's order: board columns, tabs and counts. */
export const RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'];

export const RECOMMENDATION_STATUS_COLORS: Record<RecommendationStatus, MantineColor> = {
  OPEN: 'blue',
  IN_PROGRESS: 'indigo',
  DONE: 'green',
  DROPPED: 'gray',
};

export function isRecommendationStatus(value: string | null | undefined): value is RecommendationStatus {
  return !!value && (RECOMMENDATION_STATUSES as readonly string[]).includes(value);
}

export function isClosedStatus(status: RecommendationStatus): boolean {
  return status === 'DONE' || status === 'DROPPED';
}

/**
 * The moves the API allows from a status (the same machine as the API's recommendation-lifecycle):
 * OPEN→IN_PROGRESS, OPEN|IN_PROGRESS→DONE|DROPPED, IN_PROGRESS→OPEN, DONE|DROPPED→OPEN|IN_PROGRESS (reopening).
 * DONE↔DROPPED directly is not a move: reopen first.
 */
export function nextStatuses(from: RecommendationStatus): RecommendationStatus[] {
  switch (from) {
    case 'OPEN':
      return ['IN_PROGRESS', 'DONE', 'DROPPED'];
    case 'IN_PROGRESS':
      return ['OPEN', 'DONE', 'DROPPED'];
    case 'DONE':
    case 'DROPPED':
      return ['OPEN', 'IN_PROGRESS'];
  }
}

/** Dropping needs a reason, and so does reopening something closed. */
export function moveNeedsReason(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return to === 'DROPPED' || (isClosedStatus(from) && !isClosedStatus(to));
}
