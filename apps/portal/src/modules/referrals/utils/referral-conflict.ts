import type { ApiError } from '../../../shared/utils/api-errors';

/**
 * Why the API refused a referral change with CONFLICT:
 * STALE: someone changed it since it was shown (the version moved on);
 * CAPACITY_FULL: accepting it would exceed the service's places;
 * NOT_ELIGIBLE: creating it, the applicant does not fit the service (with reasons);
 * ILLEGAL: the move is not possible from its current status;
 * OPEN_OF_KIND: an open referral to another service of the same kind exists (a reason overrides it);
 * OTHER: anything else (e.g. an open referral to that service already exists).
 */
export type ReferralConflict = 'STALE' | 'CAPACITY_FULL' | 'NOT_ELIGIBLE' | 'ILLEGAL' | 'OPEN_OF_KIND' | 'OTHER';

export function classifyReferralConflict(error: ApiError, expectedVersion?: number): ReferralConflict | null {
  if (error.code !== 'CONFLICT') return null;
  const details = error.details ?? {};
  if (details.reason === 'CAPACITY_FULL') return 'CAPACITY_FULL';
  if (details.reason === 'OPEN_REFERRAL_OF_KIND') return 'OPEN_OF_KIND';
  if (Array.isArray(details.reasons)) return 'NOT_ELIGIBLE';
  if (typeof details.version === 'number') {
    return expectedVersion !== undefined && details.version !== expectedVersion ? 'STALE' : 'ILLEGAL';
  }
  return 'OTHER';
}

/** Conflicts after which the page must show the referral as it is now. */
export function conflictNeedsReload(conflict: ReferralConflict | null): boolean {
  return conflict === 'STALE' || conflict === 'ILLEGAL';
}

export interface ConflictReason {
  code: string;
  message: string;
}

/** The reasons a CONFLICT on createReferral gives for the applicant not fitting the service. */
export function eligibilityReasons(error: ApiError): ConflictReason[] {
  const reasons = error.details?.reasons;
  if (!Array.isArray(reasons)) return [];
  return reasons.flatMap((reason): ConflictReason[] => {
    if (!reason || typeof reason !== 'object') return [];
    const { code, message } = reason as Record<string, unknown>;
    return typeof message === 'string' ? [{ code: typeof code === 'string' ? code : '', message }] : [];
  });
}
