import { toLatinDigits } from '../../../shared/utils/digits';
import { LIMITS } from '@shuraka/domain';
import type { DeclineReason, RecordReferralOutcomeInput, TransitionReferralInput } from '../../../gql/graphql';
import { parseOptionalInt } from '../../../shared/utils/digits';
import { moneyToInput, moneyToValues, validateMoney, type MoneyValues, type ValidationErrors } from '../../../shared/utils/form-values';
import { ACTION_TARGET, type TransitionAction } from './referral-actions';

export const DECLINE_REASONS: readonly DeclineReason[] = [
  'NO_CAPACITY',
  'NOT_ELIGIBLE',
  'COULD_NOT_CONTACT',
  'APPLICANT_DECLINED',
  'REFERRED_ELSEWHERE',
  'GUARANTEE_NOT_AVAILABLE',
  'OTHER',
];

/** Field names match TransitionReferralInput, so the API's field errors land under them. */
export interface TransitionValues {
  declineReason: string | null;
  reason: string;
}

export function emptyTransitionValues(): TransitionValues {
  return { declineReason: null, reason: '' };
}

/** A decline needs its coded reason (and words when it is OTHER); a withdrawal needs words. */
export function validateTransition(action: TransitionAction, values: TransitionValues): ValidationErrors {
  const errors: ValidationErrors = {};
  const reason = values.reason.trim();
  if (action === 'DECLINE') {
    if (!values.declineReason) errors.declineReason = 'declineReasonRequired';
    else if (values.declineReason === 'OTHER' && !reason) errors.reason = 'reasonRequired';
  }
  if (action === 'WITHDRAW' && !reason) errors.reason = 'reasonRequired';
  if (reason.length > LIMITS.noteMaxLength) errors.reason = 'maxLength';
  return errors;
}

/** Always carries the version the user saw: a change made meanwhile is then refused, not overwritten. */
export function transitionInput(
  referral: { id: string; version: number },
  action: TransitionAction,
  values: TransitionValues,
): TransitionReferralInput {
  const input: TransitionReferralInput = { referralId: referral.id, to: ACTION_TARGET[action], expectedVersion: referral.version };
  const reason = values.reason.trim();
  if (reason) input.reason = reason;
  if (action === 'DECLINE' && values.declineReason) input.declineReason = values.declineReason as DeclineReason;
  return input;
}

/** Field names match RecordReferralOutcomeInput; training is yes, no or not said. */
export interface OutcomeValues {
  amountDisbursed: MoneyValues;
  jobsCreated: string;
  trainingCompleted: 'yes' | 'no' | null;
}

export function outcomeToValues(referral: {
  amountDisbursed: { amount: string; currency: string } | null;
  jobsCreated: number | null;
  trainingCompleted: boolean | null;
}): OutcomeValues {
  return {
    amountDisbursed: moneyToValues(referral.amountDisbursed),
    jobsCreated: referral.jobsCreated === null ? '' : String(referral.jobsCreated),
    trainingCompleted: referral.trainingCompleted === null ? null : referral.trainingCompleted ? 'yes' : 'no',
  };
}

export function validateOutcome(values: OutcomeValues): ValidationErrors {
  const errors: ValidationErrors = {};
  validateMoney(values.amountDisbursed, 'amountDisbursed', errors);
  if (values.jobsCreated && !/^\d+$/.test(values.jobsCreated)) errors.jobsCreated = 'isInt';
  const empty = !values.amountDisbursed.amount.trim() && !values.jobsCreated && values.trainingCompleted === null;
  if (empty) errors['amountDisbursed.amount'] = 'outcomeRequired';
  return errors;
}

export function outcomeInput(referral: { id: string; version: number }, values: OutcomeValues): RecordReferralOutcomeInput {
  const input: RecordReferralOutcomeInput = { referralId: referral.id, expectedVersion: referral.version };
  const amount = moneyToInput(values.amountDisbursed);
  if (amount) input.amountDisbursed = amount;
  const jobs = parseOptionalInt(values.jobsCreated);
  if (jobs !== null) input.jobsCreated = jobs;
  if (values.trainingCompleted !== null) input.trainingCompleted = values.trainingCompleted === 'yes';
  return input;
}

/**
 * A disbursed amount above what the applicant asked for, in the same currency: usually a typing slip (an extra zero),
 * so the form asks before saving. Other currencies are not compared (no exchange rates here).
 */
export function exceedsRequested(
  disbursed: MoneyValues,
  requested: { amount: string; currency: string } | null | undefined,
): boolean {
  if (!requested || !disbursed.currency || disbursed.currency !== requested.currency) return false;
  const amount = Number(toLatinDigits(disbursed.amount.trim()).replace(/[,،٬\s]/g, ''));
  return Number.isFinite(amount) && amount > Number(requested.amount);
}
