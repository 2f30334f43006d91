/** What a coordinator needs to see of a decline: the coded reason and the partner's own words. */
export interface DeclineDetails {
  reason: string | null;
  explanation: string | null;
}

interface DeclinableReferral {
  status: string;
  declineReason?: string | null;
  history?: ReadonlyArray<{ to: string; reason?: string | null }> | null;
}

/** Null unless the referral was declined; the explanation is the DECLINED event's free text. */
export function declineDetails(referral: DeclinableReferral): DeclineDetails | null {
  if (referral.status !== 'DECLINED') return null;
  const event = [...(referral.history ?? [])].reverse().find((entry) => entry.to === 'DECLINED');
  return { reason: referral.declineReason ?? null, explanation: event?.reason?.trim() || null };
}

/** Back to the applicant's matches, without the service that declined. */
export function referElsewherePath(applicantId: string, serviceId: string): string {
  return `/applicants/${applicantId}?elsewhere=${encodeURIComponent(serviceId)}#applicant-matches`;
}
