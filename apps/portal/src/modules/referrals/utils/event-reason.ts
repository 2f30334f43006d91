/**
 * Reasons the API writes itself, in English, whatever the reader's language (the rest is what people
 * typed and is shown as it is). Known ones are shown in the reader's language; an outcome event's
 * generated summary is left out, the outcome itself being shown on the page.
 */
const SYSTEM_REASONS: Record<string, 'cohortAllocation' | 'expired'> = {
  'Cohort allocation': 'cohortAllocation',
  "No answer within the service's decision time": 'expired',
};

export type EventReason = { kind: 'text'; text: string } | { kind: 'system'; key: 'cohortAllocation' | 'expired' } | null;

export function eventReason(event: { from: string | null; to: string; reason: string | null }): EventReason {
  const reason = event.reason?.trim();
  if (!reason) return null;
  const key = SYSTEM_REASONS[reason];
  if (key) return { kind: 'system', key };
  if (event.from === event.to && reason.startsWith('Outcome recorded')) return null;
  return { kind: 'text', text: reason };
}

/** The account the API records on changes it makes by itself (expiry); named in the reader's language. */
const SYSTEM_USER_ID = '00000000-0000-4000-8000-000000000001';

export function isSystemUser(user: { id: string }): boolean {
  return user.id === SYSTEM_USER_ID;
}
