import type { EligiblePair } from './types';

/** (kind: a ServiceKind; a plain string here so that allocation/ stays free of other libraries.) */
/** An applicant's referral still open (SENT, ACKNOWLEDGED, ACCEPTED, IN_SERVICE) to a service of a kind. */
export interface OpenReferralOfKind {
  referralId: string;
  serviceId: string;
  kind: string;
}

/**
 * The open referral that stops a new one to `service`: one to another service of the same kind
 * (no second micro-loan while one is open). The same service is the unique index's business.
 */
export function blockingOpenReferral(open: readonly OpenReferralOfKind[], service: { id: string; kind: string }): OpenReferralOfKind | null {
  return open.find((referral) => referral.kind === service.kind && referral.serviceId !== service.id) ?? null;
}

/**
 * Pre-filter of a cohort allocation: drops the pairs whose service is of a kind the applicant
 * already has an open referral of, and says which applicants lost a pair that way (to explain
 * why they may be left unassigned).
 */
export function withoutOpenKindPairs(
  pairs: readonly EligiblePair[],
  services: ReadonlyArray<{ id: string; kind: string }>,
  openOfApplicant: (applicant: number) => readonly OpenReferralOfKind[],
): { pairs: EligiblePair[]; blocked: Set<number> } {
  const kept: EligiblePair[] = [];
  const blocked = new Set<number>();
  for (const pair of pairs) {
    if (blockingOpenReferral(openOfApplicant(pair.applicant), services[pair.service])) blocked.add(pair.applicant);
    else kept.push(pair);
  }
  return { pairs: kept, blocked };
}
