import { describe, expect, it } from 'vitest';
import { eventReason, isSystemUser } from './event-reason';

describe('eventReason', () => {
  it('keeps what people wrote, translates what the API wrote itself, and drops the outcome summary', () => {
    expect(eventReason({ from: 'SENT', to: 'DECLINED', reason: 'انتقل إلى عدن' })).toEqual({ kind: 'text', text: 'انتقل إلى عدن' });
    expect(eventReason({ from: null, to: 'SENT', reason: 'Cohort allocation' })).toEqual({ kind: 'system', key: 'cohortAllocation' });
    expect(eventReason({ from: 'SENT', to: 'EXPIRED', reason: "No answer within the service's decision time" })).toEqual({
      kind: 'system',
      key: 'expired',
    });
    expect(eventReason({ from: 'IN_SERVICE', to: 'IN_SERVICE', reason: 'Outcome recorded: disbursed 450000 YER' })).toBeNull();
    expect(eventReason({ from: 'SENT', to: 'ACCEPTED', reason: null })).toBeNull();
  });

  it('recognises the account the API records its own changes under', () => {
    expect(isSystemUser({ id: '00000000-0000-4000-8000-000000000001' })).toBe(true);
    expect(isSystemUser({ id: 'user-sara' })).toBe(false);
  });
});
