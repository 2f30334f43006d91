import { describe, expect, it } from 'vitest';
import {
  emptyTransitionValues,
  outcomeInput,
  outcomeToValues,
  transitionInput,
  validateOutcome,
  validateTransition,
} from './referral-forms';

const referral = { id: 'ref-1', version: 4 };

describe('transition form', () => {
  it('requires a coded reason to decline, and words when the reason is OTHER', () => {
    expect(validateTransition('DECLINE', emptyTransitionValues())).toEqual({ declineReason: 'declineReasonRequired' });
    expect(validateTransition('DECLINE', { declineReason: 'OTHER', reason: '  ' })).toEqual({ reason: 'reasonRequired' });
    expect(validateTransition('DECLINE', { declineReason: 'OTHER', reason: 'انتقل إلى محافظة أخرى' })).toEqual({});
    expect(validateTransition('DECLINE', { declineReason: 'NO_CAPACITY', reason: '' })).toEqual({});
  });

  it('requires a reason to withdraw, and none to accept', () => {
    expect(validateTransition('WITHDRAW', emptyTransitionValues())).toEqual({ reason: 'reasonRequired' });
    expect(validateTransition('ACCEPT', emptyTransitionValues())).toEqual({});
    expect(validateTransition('ACCEPT', { declineReason: null, reason: 'x'.repeat(10_001) })).toEqual({ reason: 'maxLength' });
  });

  it('always sends the version the user saw, and a decline reason only with a decline', () => {
    expect(transitionInput(referral, 'ACCEPT', { declineReason: 'NO_CAPACITY', reason: '  ' })).toEqual({
      referralId: 'ref-1',
      to: 'ACCEPTED',
      expectedVersion: 4,
    });
    expect(transitionInput(referral, 'DECLINE', { declineReason: 'OTHER', reason: ' انتقل ' })).toEqual({
      referralId: 'ref-1',
      to: 'DECLINED',
      expectedVersion: 4,
      declineReason: 'OTHER',
      reason: 'انتقل',
    });
  });
});

describe('outcome form', () => {
  it('needs at least one of amount, jobs and training', () => {
    const empty = outcomeToValues({ amountDisbursed: null, jobsCreated: null, trainingCompleted: null });
    expect(validateOutcome(empty)).toEqual({ 'amountDisbursed.amount': 'outcomeRequired' });
    expect(validateOutcome({ ...empty, trainingCompleted: 'no' })).toEqual({});
    expect(validateOutcome({ ...empty, jobsCreated: '2x' })).toEqual({ jobsCreated: 'isInt' });
    expect(validateOutcome({ ...empty, amountDisbursed: { amount: '450000', currency: null } })).toEqual({
      'amountDisbursed.currency': 'amountNeedsCurrency',
    });
  });

  it('sends what was entered with the version, and keeps what was recorded before', () => {
    const values = outcomeToValues({ amountDisbursed: { amount: '450000', currency: 'YER' }, jobsCreated: 2, trainingCompleted: true });
    expect(values).toEqual({ amountDisbursed: { amount: '450000', currency: 'YER' }, jobsCreated: '2', trainingCompleted: 'yes' });
    expect(outcomeInput(referral, { ...values, trainingCompleted: null })).toEqual({
      referralId: 'ref-1',
      expectedVersion: 4,
      amountDisbursed: { amount: '450000', currency: 'YER' },
      jobsCreated: 2,
    });
    expect(outcomeInput(referral, { amountDisbursed: { amount: '', currency: 'YER' }, jobsCreated: '', trainingCompleted: 'no' })).toEqual({
      referralId: 'ref-1',
      expectedVersion: 4,
      trainingCompleted: false,
    });
  });
});
