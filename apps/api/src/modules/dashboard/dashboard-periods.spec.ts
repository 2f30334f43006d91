import fc from 'fast-check';
import { addDays } from '../../common/time/clock';
import { rollupRanges } from './dashboard-periods';

/** Every day a period's ranges cover, months expanded to their days; the open ends bounded by `within`. */
function coveredDays(from: string | null, to: string | null, within: [string, string]): string[] {
  const { months, days } = rollupRanges(from, to);
  const covered: string[] = [];
  for (let day = within[0]; day <= within[1]; day = addDays(day, 1)) {
    const month = `${day.slice(0, 7)}-01`;
    const inMonths = months !== null && (months[0] === '-infinity' || month >= months[0]) && (months[1] === 'infinity' || month <= months[1]);
    const inDays = days.filter(([start, end]) => day >= start && day <= end).length;
    if ((inMonths ? 1 : 0) + inDays > 1) throw new Error(`${day} counted twice`);
    if (inMonths || inDays === 1) covered.push(day);
  }
  return covered;
}

describe('rollupRanges', () => {
  it('reads whole months from month rows and the partial ones from day rows', () => {
    expect(rollupRanges(null, null)).toEqual({ months: ['-infinity', 'infinity'], days: [] });
    expect(rollupRanges('2026-01-01', '2026-03-31')).toEqual({ months: ['2026-01-01', '2026-03-01'], days: [] });
    expect(rollupRanges('2026-01-15', '2026-03-10')).toEqual({ months: ['2026-02-01', '2026-02-01'], days: [['2026-01-15', '2026-01-31'], ['2026-03-01', '2026-03-10']] });
    expect(rollupRanges('2026-01-15', '2026-02-10')).toEqual({ months: null, days: [['2026-01-15', '2026-01-31'], ['2026-02-01', '2026-02-10']] });
    expect(rollupRanges('2026-02-03', '2026-02-20')).toEqual({ months: null, days: [['2026-02-03', '2026-02-20']] });
    expect(rollupRanges('2025-11-02', null)).toEqual({ months: ['2025-12-01', 'infinity'], days: [['2025-11-02', '2025-11-30']] });
    expect(rollupRanges(null, '2024-02-28')).toEqual({ months: ['-infinity', '2024-01-01'], days: [['2024-02-01', '2024-02-28']] });
  });

  it('covers every day of any period exactly once, and no other', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((offset) => addDays('2024-01-01', offset));
    fc.assert(
      fc.property(fc.option(day), fc.option(day), (from, to) => {
        const within: [string, string] = ['2023-12-01', '2026-04-30'];
        const expected: string[] = [];
        if (!(from && to && to < from)) {
          for (let d = within[0]; d <= within[1]; d = addDays(d, 1)) if ((from === null || d >= from) && (to === null || d <= to)) expected.push(d);
        }
        expect(coveredDays(from, to, within)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
