import { Role } from '@shuraka/domain';
import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from '../../../gql/graphql';
import { ACTION_TARGET, referralActions } from './referral-actions';
import { REFERRAL_STATUSES } from './referral-status';

const mffStaff = { role: Role.PARTNER_STAFF, organization: { id: 'org-mff' } };
const awnStaff = { role: Role.PARTNER_STAFF, organization: { id: 'org-awn' } };
const coordinator = { role: Role.COORDINATOR, organization: { id: 'org-smeps' } };
const toMff = (status: ReferralStatus) => ({ status, organization: { id: 'org-mff' } });

describe('referralActions', () => {
  it("offers the receiving partner's staff the lifecycle's next steps, the usual one first", () => {
    expect(referralActions(mffStaff, toMff('SENT'))).toEqual(['ACKNOWLEDGE', 'ACCEPT', 'DECLINE']);
    expect(referralActions(mffStaff, toMff('ACKNOWLEDGED'))).toEqual(['ACCEPT', 'DECLINE']);
    expect(referralActions(mffStaff, toMff('ACCEPTED'))).toEqual(['START', 'DECLINE']);
    expect(referralActions(mffStaff, toMff('IN_SERVICE'))).toEqual(['COMPLETE', 'RECORD_OUTCOME']);
    expect(referralActions(mffStaff, toMff('COMPLETED'))).toEqual(['RECORD_OUTCOME']);
  });

  it('offers nothing once a referral is closed', () => {
    for (const status of ['DECLINED', 'WITHDRAWN', 'EXPIRED'] as const) {
      expect(referralActions(mffStaff, toMff(status))).toEqual([]);
      expect(referralActions(coordinator, toMff(status))).toEqual([]);
    }
  });

  it('lets the coordinator only withdraw, and only before it is completed', () => {
    expect(referralActions(coordinator, toMff('SENT'))).toEqual(['WITHDRAW']);
    expect(referralActions(coordinator, toMff('ACKNOWLEDGED'))).toEqual(['WITHDRAW']);
    expect(referralActions(coordinator, toMff('ACCEPTED'))).toEqual(['WITHDRAW']);
    expect(referralActions(coordinator, toMff('IN_SERVICE'))).toEqual(['WITHDRAW']);
    expect(referralActions(coordinator, toMff('COMPLETED'))).toEqual([]);
  });

  it('gives staff of another partner, administrators and viewers nothing to do in any status', () => {
    for (const status of REFERRAL_STATUSES) {
      expect(referralActions(awnStaff, toMff(status))).toEqual([]);
      expect(referralActions({ role: Role.ADMIN }, toMff(status))).toEqual([]);
      expect(referralActions({ role: Role.VIEWER }, toMff(status))).toEqual([]);
      expect(referralActions({ role: Role.PARTNER_STAFF, organization: null }, toMff(status))).toEqual([]);
    }
  });

  it('maps each action to the status the API is asked for', () => {
    expect(ACTION_TARGET).toEqual({
      ACKNOWLEDGE: 'ACKNOWLEDGED',
      ACCEPT: 'ACCEPTED',
      DECLINE: 'DECLINED',
      START: 'IN_SERVICE',
      COMPLETE: 'COMPLETED',
      WITHDRAW: 'WITHDRAWN',
    });
  });
});
