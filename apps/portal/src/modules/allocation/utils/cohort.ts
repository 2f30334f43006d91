import type { ApplicantFilter, PlanAllocationInput } from '../../../gql/graphql';
import { applicantFilterFromParams } from '../../applicants/utils/applicant-filter';

/** The largest cohort one plan takes (the API's limit: more is BAD_USER_INPUT on `cohort`). */
export const COHORT_MAX = 20_000;

/** URL params of the cohort filters beyond the applicant list's own (`q`, `category`, `governorate`). */
export const COHORT_PARAMS = { registeredFrom: 'from', registeredTo: 'to', notYetReferred: 'notReferred' } as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** URL search params → the applicants' filter the cohort is chosen with; empty values are left out. */
export function cohortFilterFromParams(params: URLSearchParams): ApplicantFilter {
  const filter = applicantFilterFromParams(params);
  const from = params.get(COHORT_PARAMS.registeredFrom);
  if (from && ISO_DAY.test(from)) filter.registeredFrom = from;
  const to = params.get(COHORT_PARAMS.registeredTo);
  if (to && ISO_DAY.test(to)) filter.registeredTo = to;
  if (params.get(COHORT_PARAMS.notYetReferred) === '1') filter.notYetReferred = true;
  return filter;
}

/** One string per filter, whatever the order of its fields (so "all matching" is tied to the filter it was chosen with). */
export function filterKey(filter: ApplicantFilter): string {
  return JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)));
}

/** Whether the "registered between" dates are the wrong way round. */
export function datesReversed(filter: ApplicantFilter): boolean {
  return Boolean(filter.registeredFrom && filter.registeredTo && filter.registeredFrom > filter.registeredTo);
}

export interface SecondOfKindAllowance {
  applicantId: string;
  reason: string;
}

/** What a plan is made for: applicants picked one by one or everyone matching a filter, the services, the allowances. */
export type CohortRequest = ({ applicantIds: string[] } | { cohort: ApplicantFilter }) & {
  serviceIds: string[];
  /** Applicants the coordinator allowed a second open referral of a kind, with the reasons (kept when planning again). */
  allowSecondOfKind: SecondOfKindAllowance[];
};

/** The `planAllocation` input: with a filter, `applicantIds` is empty (the API's rule); empty options are left out. */
export function planAllocationInput(request: CohortRequest): PlanAllocationInput {
  return {
    ...('cohort' in request ? { applicantIds: [], cohort: request.cohort } : { applicantIds: request.applicantIds }),
    ...(request.serviceIds.length > 0 ? { serviceIds: request.serviceIds } : {}),
    ...(request.allowSecondOfKind.length > 0 ? { allowSecondOfKind: request.allowSecondOfKind } : {}),
  };
}

/** The same request with one more applicant allowed a second referral of a kind (replacing an earlier reason). */
export function withAllowance(request: CohortRequest, allowance: SecondOfKindAllowance): CohortRequest {
  return {
    ...request,
    allowSecondOfKind: [...request.allowSecondOfKind.filter((earlier) => earlier.applicantId !== allowance.applicantId), allowance],
  };
}

const STORAGE_PREFIX = 'shuraka.allocation.request.';

/**
 * Keeps what a plan was made for, by plan id, for the tab's session: "plan again" (places changed, or a second
 * referral of a kind allowed) asks for the same cohort without loading the plan's whole lists.
 */
export function rememberCohortRequest(planId: string, request: CohortRequest): void {
  try {
    window.sessionStorage.setItem(STORAGE_PREFIX + planId, JSON.stringify(request));
  } catch {
    // Storage full or refused: planning again is then offered only from the start.
  }
}

export function recallCohortRequest(planId: string): CohortRequest | null {
  try {
    const stored = window.sessionStorage.getItem(STORAGE_PREFIX + planId);
    return stored ? (JSON.parse(stored) as CohortRequest) : null;
  } catch {
    return null;
  }
}
