import { ReferralStatus as S } from '@shuraka/domain';

/** Why a partner declined a referral: coded, so that indicators can count why referrals fail. */
export enum DeclineReason {
  NO_CAPACITY = 'NO_CAPACITY',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  COULD_NOT_CONTACT = 'COULD_NOT_CONTACT',
  APPLICANT_DECLINED = 'APPLICANT_DECLINED',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  GUARANTEE_NOT_AVAILABLE = 'GUARANTEE_NOT_AVAILABLE',
  OTHER = 'OTHER',
}

/** Who moves a referral: the receiving partner's staff, the referring coordinator, or the expiry job. */
export type Actor = 'PARTNER' | 'REFERRER' | 'SYSTEM';

export const OPEN_STATUSES: readonly S[] = [S.SENT, S.ACKNOWLEDGED, S.ACCEPTED, S.IN_SERVICE];
/** Referrals in these statuses hold one place of the service's capacity. */
export const CAPACITY_STATUSES: readonly S[] = [S.ACCEPTED, S.IN_SERVICE];
/** Referrals still waiting for the partner's decision. */
export const AWAITING_DECISION: readonly S[] = [S.SENT, S.ACKNOWLEDGED];

const MOVES: Record<Actor, Partial<Record<S, readonly S[]>>> = {
  PARTNER: {
    [S.SENT]: [S.ACKNOWLEDGED, S.ACCEPTED, S.DECLINED],
    [S.ACKNOWLEDGED]: [S.ACCEPTED, S.DECLINED],
    [S.ACCEPTED]: [S.IN_SERVICE, S.DECLINED],
    [S.IN_SERVICE]: [S.COMPLETED],
  },
  REFERRER: {
    [S.SENT]: [S.WITHDRAWN],
    [S.ACKNOWLEDGED]: [S.WITHDRAWN],
    [S.ACCEPTED]: [S.WITHDRAWN],
    [S.IN_SERVICE]: [S.WITHDRAWN],
  },
  SYSTEM: {
    [S.SENT]: [S.EXPIRED],
    [S.ACKNOWLEDGED]: [S.EXPIRED],
  },
};

export type TransitionCheck =
  | { ok: true; takesPlace: boolean; freesPlace: boolean; decides: boolean }
  | { ok: false; problem: 'ILLEGAL' | 'NOT_YOURS' };

/** Statuses `actor` may move a referral to from `from` (empty: none). */
export function allowedMoves(from: S, actor: Actor): readonly S[] {
  return MOVES[actor][from] ?? [];
}

/**
 * The lifecycle SENT → ACKNOWLEDGED → ACCEPTED → IN_SERVICE → COMPLETED, with DECLINED (from SENT,
 * ACKNOWLEDGED or ACCEPTED, by the partner), WITHDRAWN (before COMPLETED, by the referrer) and EXPIRED
 * (unanswered, by the system). Says whether the move is legal for this actor and what it does to capacity.
 * Acknowledging is optional: a partner may accept straight from SENT.
 */
export function checkTransition(from: S, to: S, actor: Actor): TransitionCheck {
  if (!allowedMoves(from, actor).includes(to)) {
    const someoneMay = (Object.keys(MOVES) as Actor[]).some((other) => allowedMoves(from, other).includes(to));
    return { ok: false, problem: someoneMay ? 'NOT_YOURS' : 'ILLEGAL' };
  }
  return {
    ok: true,
    takesPlace: !CAPACITY_STATUSES.includes(from) && CAPACITY_STATUSES.includes(to),
    freesPlace: CAPACITY_STATUSES.includes(from) && !CAPACITY_STATUSES.includes(to),
    decides: AWAITING_DECISION.includes(from) && !AWAITING_DECISION.includes(to),
  };
}
