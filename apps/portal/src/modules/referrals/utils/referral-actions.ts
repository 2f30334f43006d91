import { Role } from '@shuraka/domain';
import type { ReferralStatus } from '../../../gql/graphql';
import type { Actor } from '../../auth/utils/permissions';

/** What a user can do to a referral; each but RECORD_OUTCOME moves it to a new status. */
export type ReferralAction = 'ACKNOWLEDGE' | 'ACCEPT' | 'DECLINE' | 'START' | 'COMPLETE' | 'WITHDRAW' | 'RECORD_OUTCOME';
export type TransitionAction = Exclude<ReferralAction, 'RECORD_OUTCOME'>;

export const ACTION_TARGET: Record<TransitionAction, ReferralStatus> = {
  ACKNOWLEDGE: 'ACKNOWLEDGED',
  ACCEPT: 'ACCEPTED',
  DECLINE: 'DECLINED',
  START: 'IN_SERVICE',
  COMPLETE: 'COMPLETED',
  WITHDRAW: 'WITHDRAWN',
};

/** The receiving partner moves a referral forward (acknowledging is optional) or declines it before the service starts. */
const PARTNER_ACTIONS: Partial<Record<ReferralStatus, readonly ReferralAction[]>> = {
  SENT: ['ACKNOWLEDGE', 'ACCEPT', 'DECLINE'],
  ACKNOWLEDGED: ['ACCEPT', 'DECLINE'],
  ACCEPTED: ['START', 'DECLINE'],
  IN_SERVICE: ['COMPLETE', 'RECORD_OUTCOME'],
  COMPLETED: ['RECORD_OUTCOME'],
};

/** The referring coordinator may withdraw it until it is completed. */
const REFERRER_ACTIONS: Partial<Record<ReferralStatus, readonly ReferralAction[]>> = {
  SENT: ['WITHDRAW'],
  ACKNOWLEDGED: ['WITHDRAW'],
  ACCEPTED: ['WITHDRAW'],
  IN_SERVICE: ['WITHDRAW'],
};

export interface ReferralForActions {
  status: ReferralStatus;
  organization: { id: string };
}

/**
 * The actions to offer, in the order they are shown (the usual next step first). Staff of the
 * receiving partner answer it; a coordinator sees only the referrals of their own applicants, so
 * any referral they can open is theirs to withdraw. Everyone else only reads. The API has the last word.
 */
export function referralActions(actor: Actor, referral: ReferralForActions): ReferralAction[] {
  if (actor.role === Role.PARTNER_STAFF && actor.organization?.id === referral.organization.id) {
    return [...(PARTNER_ACTIONS[referral.status] ?? [])];
  }
  if (actor.role === Role.COORDINATOR) return [...(REFERRER_ACTIONS[referral.status] ?? [])];
  return [];
}

export function isTransitionAction(action: ReferralAction): action is TransitionAction {
  return action !== 'RECORD_OUTCOME';
}
