import { RecommendationStatus as S } from '@shuraka/domain';
import { isOverdue, reasonMissing, statusMove } from './recommendation-lifecycle';

describe('statusMove', () => {
  it('does not move to the same status', () => {
    for (const status of Object.values(S)) expect(statusMove(status, status)).toEqual({ kind: 'none' });
  });

  it('moves forward without a reason', () => {
    expect(statusMove(S.OPEN, S.IN_PROGRESS)).toEqual({ kind: 'move', closes: false, reopens: false, needsReason: false });
    expect(statusMove(S.IN_PROGRESS, S.OPEN)).toEqual({ kind: 'move', closes: false, reopens: false, needsReason: false });
    expect(statusMove(S.OPEN, S.DONE)).toEqual({ kind: 'move', closes: true, reopens: false, needsReason: false });
    expect(statusMove(S.IN_PROGRESS, S.DONE)).toEqual({ kind: 'move', closes: true, reopens: false, needsReason: false });
  });

  it('needs a reason to drop', () => {
    expect(statusMove(S.OPEN, S.DROPPED)).toEqual({ kind: 'move', closes: true, reopens: false, needsReason: true });
    expect(statusMove(S.IN_PROGRESS, S.DROPPED)).toEqual({ kind: 'move', closes: true, reopens: false, needsReason: true });
  });

  it('needs a reason to reopen', () => {
    for (const from of [S.DONE, S.DROPPED]) {
      for (const to of [S.OPEN, S.IN_PROGRESS]) {
        expect(statusMove(from, to)).toEqual({ kind: 'move', closes: false, reopens: true, needsReason: true });
      }
    }
  });

  it('refuses DONE ↔ DROPPED directly', () => {
    expect(statusMove(S.DONE, S.DROPPED).kind).toBe('refused');
    expect(statusMove(S.DROPPED, S.DONE).kind).toBe('refused');
  });
});

describe('reasonMissing', () => {
  it('names dropping and reopening in both languages', () => {
    expect(reasonMissing(S.OPEN, S.DROPPED)).toEqual({ en: 'say why the recommendation is dropped', ar: 'اذكر سبب إلغاء التوصية' });
    expect(reasonMissing(S.DONE, S.OPEN).en).toContain('done recommendation is reopened');
    expect(reasonMissing(S.DROPPED, S.IN_PROGRESS).ar).toBe('اذكر سبب إعادة فتح التوصية');
  });
});

describe('isOverdue', () => {
  it('is past due while open or in progress', () => {
    expect(isOverdue(S.OPEN, '2018-02-15', '2018-02-16')).toBe(true);
    expect(isOverdue(S.IN_PROGRESS, '2018-02-15', '2018-02-16')).toBe(true);
  });
  it('is not on the due date itself, without a date, or once closed', () => {
    expect(isOverdue(S.OPEN, '2018-02-15', '2018-02-15')).toBe(false);
    expect(isOverdue(S.OPEN, null, '2018-02-16')).toBe(false);
    expect(isOverdue(S.DONE, '2018-02-15', '2018-02-16')).toBe(false);
    expect(isOverdue(S.DROPPED, '2018-02-15', '2018-02-16')).toBe(false);
  });
});
