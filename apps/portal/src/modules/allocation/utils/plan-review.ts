import { pickLocalized, type Locale } from '@shuraka/domain';
import type { AllocationPlanFieldsFragment } from '../../../gql/graphql';

type Assignment = AllocationPlanFieldsFragment['assignments'][number];
type Unassigned = AllocationPlanFieldsFragment['unassignedReasons'][number];

export interface ServiceGroup {
  service: Assignment['service'];
  /** Best fits first. */
  assignments: Assignment[];
  /** Sum of the scores of this service's placements. */
  score: number;
}

export interface ReasonGroup {
  reason: string;
  entries: Unassigned[];
}

export interface PlanReview {
  /** Services that received applicants, the one with most placements first (then by name). */
  byService: ServiceGroup[];
  /** Applicants left out, grouped by why (no fitting service first, then capacity, then anything new). */
  unassigned: ReasonGroup[];
  placed: number;
  notPlaced: number;
  /** Applicants in the plan. */
  total: number;
  totalScore: number;
  /** Referrals a commit would send. */
  referralsToSend: number;
}

const REASON_ORDER = ['NO_ELIGIBLE_SERVICE', 'OPEN_REFERRAL_OF_KIND', 'CAPACITY'];

function reasonRank(reason: string): number {
  const index = REASON_ORDER.indexOf(reason);
  return index === -1 ? REASON_ORDER.length : index;
}

/** Groups a plan for review: who goes where, who is left out and why. */
export function reviewPlan(plan: AllocationPlanFieldsFragment, locale: Locale): PlanReview {
  const groups = new Map<string, ServiceGroup>();
  for (const assignment of plan.assignments) {
    const group = groups.get(assignment.service.id) ?? { service: assignment.service, assignments: [], score: 0 };
    group.assignments.push(assignment);
    group.score += assignment.score;
    groups.set(assignment.service.id, group);
  }
  const byService = [...groups.values()]
    .map((group) => ({
      ...group,
      assignments: [...group.assignments].sort(
        (a, b) => b.score - a.score || a.applicant.fullName.localeCompare(b.applicant.fullName, locale),
      ),
      score: Math.round(group.score * 100) / 100,
    }))
    .sort(
      (a, b) =>
        b.assignments.length - a.assignments.length ||
        pickLocalized(a.service.name, locale).localeCompare(pickLocalized(b.service.name, locale), locale),
    );

  const reasons = new Map<string, Unassigned[]>();
  for (const entry of plan.unassignedReasons) reasons.set(entry.reason, [...(reasons.get(entry.reason) ?? []), entry]);
  const unassigned = [...reasons.entries()]
    .map(([reason, entries]) => ({ reason, entries }))
    .sort((a, b) => reasonRank(a.reason) - reasonRank(b.reason) || a.reason.localeCompare(b.reason));

  const placed = plan.assignments.length;
  const notPlaced = plan.unassignedReasons.length;
  return {
    byService,
    unassigned,
    placed,
    notPlaced,
    total: placed + notPlaced,
    totalScore: plan.totalScore,
    referralsToSend: plan.committed ? 0 : placed,
  };
}
