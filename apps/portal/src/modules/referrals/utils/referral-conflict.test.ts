import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import type { ApiError } from '../../../shared/utils/api-errors';
import { classifyReferralConflict, conflictNeedsReload, eligibilityReasons } from './referral-conflict';

const conflict = (message: string, details?: Record<string, unknown>): ApiError => ({
  code: 'CONFLICT',
  message,
  fieldErrors: [],
  ...(details ? { details } : {}),
});

describe('classifyReferralConflict', () => {
  it('recognises a stale version: the API reports a newer version than the one sent', () => {
    const error = conflict('The referral has changed since you saw it (version 3, not 2); reload it', { version: 3, status: 'ACCEPTED' });
    expect(classifyReferralConflict(error, 2)).toBe('STALE');
    expect(conflictNeedsReload('STALE')).toBe(true);
  });

  it('tells an illegal move (same version) from a stale one', () => {
    const error = conflict('A referral cannot go from COMPLETED to ACCEPTED', { status: 'COMPLETED', version: 5 });
    expect(classifyReferralConflict(error, 5)).toBe('ILLEGAL');
    expect(conflictNeedsReload('ILLEGAL')).toBe(true);
  });

  it('recognises a full service, an ineligible applicant and anything else', () => {
    expect(classifyReferralConflict(conflict('The service has no places left', { reason: 'CAPACITY_FULL' }), 1)).toBe('CAPACITY_FULL');
    expect(conflictNeedsReload('CAPACITY_FULL')).toBe(false);
    expect(classifyReferralConflict(conflict('not eligible', { reasons: [{ code: 'GENDER', message: 'x' }] }))).toBe('NOT_ELIGIBLE');
    expect(classifyReferralConflict(conflict('The applicant already has an open referral to this service'))).toBe('OTHER');
  });

  it('is null for errors that are not conflicts', () => {
    expect(classifyReferralConflict({ code: 'FORBIDDEN', message: '', fieldErrors: [] }, 1)).toBeNull();
    expect(conflictNeedsReload(null)).toBe(false);
  });

  it('has a message telling the user the referral changed and was reloaded, in Arabic and English', () => {
    const ar = createI18n('ar');
    const en = createI18n('en');
    const kind = classifyReferralConflict(conflict('stale', { version: 2 }), 1);
    expect(kind).toBe('STALE');
    expect(ar.t(`referrals.conflicts.${kind!}`)).toBe(
      'غيّر شخص آخر هذه الإحالة بعد أن فتحتها. أُعيد تحميلها: راجع حالتها الآن ثم حاول مرة أخرى.',
    );
    expect(en.t(`referrals.conflicts.${kind!}`)).toContain('changed this referral after you opened it');
  });
});

describe('eligibilityReasons', () => {
  it('reads the reasons a refused referral gives, skipping malformed ones', () => {
    const error = conflict('not eligible', {
      reasons: [{ code: 'GENDER', message: 'الخدمة مخصصة لفئة: أنثى' }, { code: 'AGE' }, null, { message: 'بلا رمز' }],
    });
    expect(eligibilityReasons(error)).toEqual([
      { code: 'GENDER', message: 'الخدمة مخصصة لفئة: أنثى' },
      { code: '', message: 'بلا رمز' },
    ]);
    expect(eligibilityReasons(conflict('x'))).toEqual([]);
  });
});
