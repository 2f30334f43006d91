import { describe, expect, it } from 'vitest';
import { emptyProgressValues, progressInput, validateProgress } from './recommendation-forms';
import { moveNeedsReason, nextStatuses } from './recommendation-status';

describe('status moves', () => {
  it('offers the lifecycle moves and never DONE ↔ DROPPED directly', () => {
    expect(nextStatuses('OPEN')).toEqual(['IN_PROGRESS', 'DONE', 'DROPPED']);
    expect(nextStatuses('IN_PROGRESS')).toEqual(['OPEN', 'DONE', 'DROPPED']);
    expect(nextStatuses('DONE')).toEqual(['OPEN', 'IN_PROGRESS']);
    expect(nextStatuses('DROPPED')).toEqual(['OPEN', 'IN_PROGRESS']);
  });

  it('needs a reason to drop and to reopen, not to progress or finish', () => {
    expect(moveNeedsReason('OPEN', 'DROPPED')).toBe(true);
    expect(moveNeedsReason('IN_PROGRESS', 'DROPPED')).toBe(true);
    expect(moveNeedsReason('DONE', 'OPEN')).toBe(true);
    expect(moveNeedsReason('DROPPED', 'IN_PROGRESS')).toBe(true);
    expect(moveNeedsReason('OPEN', 'IN_PROGRESS')).toBe(false);
    expect(moveNeedsReason('IN_PROGRESS', 'DONE')).toBe(false);
    expect(moveNeedsReason('IN_PROGRESS', 'OPEN')).toBe(false);
  });
});

describe('validateProgress', () => {
  it('refuses a drop or a reopening without a reason (blank counts as none)', () => {
    expect(validateProgress('IN_PROGRESS', { status: 'DROPPED', progressNote: '   ', percent: '' })).toEqual({ progressNote: 'reasonRequired' });
    expect(validateProgress('DONE', { status: 'OPEN', progressNote: '', percent: '' })).toEqual({ progressNote: 'reasonRequired' });
    expect(validateProgress('IN_PROGRESS', { status: 'DROPPED', progressNote: 'لا تمويل', percent: '' })).toEqual({});
  });

  it('lets a recommendation be finished without a note', () => {
    expect(validateProgress('OPEN', { status: 'DONE', progressNote: '', percent: '100' })).toEqual({});
  });

  it('wants something to report when the status does not move', () => {
    expect(validateProgress('OPEN', emptyProgressValues())).toEqual({ progressNote: 'isNotEmpty' });
    expect(validateProgress('OPEN', { status: null, progressNote: '', percent: '40' })).toEqual({});
  });

  it('keeps the percent between 0 and 100', () => {
    expect(validateProgress('OPEN', { status: null, progressNote: 'x', percent: '101' })).toEqual({ percent: 'percentRange' });
    expect(validateProgress('OPEN', { status: null, progressNote: 'x', percent: '0' })).toEqual({});
  });
});

describe('progressInput', () => {
  it('sends the version seen, the move, the trimmed note and the percent', () => {
    expect(progressInput(4, 'OPEN', { status: 'DONE', progressNote: ' تم التسليم ', percent: '100' })).toEqual({
      expectedVersion: 4,
      status: 'DONE',
      progressNote: 'تم التسليم',
      percent: 100,
    });
  });

  it('leaves out the status when it does not change, and empty fields', () => {
    expect(progressInput(2, 'OPEN', { status: null, progressNote: 'اجتماع أول', percent: '' })).toEqual({
      expectedVersion: 2,
      progressNote: 'اجتماع أول',
    });
  });
});
