import { describe, expect, it } from 'vitest';
import { cohortFilterFromParams, datesReversed, filterKey, planAllocationInput, withAllowance } from './cohort';

describe('the cohort filter', () => {
  it('reads the list filters and the cohort ones from the URL, leaving out what is empty or malformed', () => {
    expect(
      cohortFilterFromParams(new URLSearchParams('q=%20سالم%20&category=DROPOUT&governorate=YE-HD&from=2026-01-01&to=2026-02-28&notReferred=1')),
    ).toEqual({
      search: 'سالم',
      category: 'DROPOUT',
      governorate: 'YE-HD',
      registeredFrom: '2026-01-01',
      registeredTo: '2026-02-28',
      notYetReferred: true,
    });
    expect(cohortFilterFromParams(new URLSearchParams('from=yesterday&to=&notReferred=0&plan=p1'))).toEqual({});
  });

  it('keys a filter whatever the order of its fields', () => {
    expect(filterKey({ category: 'DROPOUT', registeredFrom: '2026-01-01' })).toBe(filterKey({ registeredFrom: '2026-01-01', category: 'DROPOUT' }));
    expect(filterKey({ category: 'DROPOUT' })).not.toBe(filterKey({ category: 'DROPOUT', notYetReferred: true }));
  });

  it('sees dates the wrong way round', () => {
    expect(datesReversed({ registeredFrom: '2026-03-01', registeredTo: '2026-01-31' })).toBe(true);
    expect(datesReversed({ registeredFrom: '2026-01-31', registeredTo: '2026-01-31' })).toBe(false);
    expect(datesReversed({ registeredTo: '2026-01-31' })).toBe(false);
  });
});

describe('the planAllocation input', () => {
  it('names the cohort by filter with no ids, or by ids; services and allowances only when there are any', () => {
    expect(planAllocationInput({ cohort: { governorate: 'YE-HD' }, serviceIds: [], allowSecondOfKind: [] })).toEqual({
      applicantIds: [],
      cohort: { governorate: 'YE-HD' },
    });
    expect(planAllocationInput({ applicantIds: ['a1'], serviceIds: ['s1'], allowSecondOfKind: [{ applicantId: 'a1', reason: 'r' }] })).toEqual({
      applicantIds: ['a1'],
      serviceIds: ['s1'],
      allowSecondOfKind: [{ applicantId: 'a1', reason: 'r' }],
    });
  });

  it('replaces an applicant’s earlier allowance and keeps the others', () => {
    const request = { cohort: {}, serviceIds: [], allowSecondOfKind: [{ applicantId: 'a1', reason: 'old' }, { applicantId: 'a2', reason: 'b' }] };
    expect(withAllowance(request, { applicantId: 'a1', reason: 'new' }).allowSecondOfKind).toEqual([
      { applicantId: 'a2', reason: 'b' },
      { applicantId: 'a1', reason: 'new' },
    ]);
  });
});
