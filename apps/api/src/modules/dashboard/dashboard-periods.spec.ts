import fc from 'fast-check';
import { addDays } from '../../common/time/clock';
import { rollupRanges, type RollupRange } from './dashboard-periods';

const bucketOf = (grain: RollupRange['grain'], day: string) => (grain === 'Y' ? `${day.slice(0, 4)}-01-01` : grain === 'M' ? `${day.slice(0, 7)}-01` : day);
const inRange = (range: RollupRange, day: string) => {
  const bucket = bucketOf(range.grain, day);
  return (range.from === '-infinity' || bucket >= range.from) && (range.to === 'infinity' || bucket <= range.to);
};

/** The days each kind of figure reads, within `within`; a day read twice for one of them throws. */
function coveredDays(from: string | null, to: string | null, within: [string, string]): { figures: string[]; months: string[] } {
  const ranges = rollupRanges(from, to);
  const figures: string[] = [];
  const months: string[] = [];
  for (let day = within[0]; day <= within[1]; day = addDays(day, 1)) {
    const forFigures = ranges.filter((range) => range.purpose !== 'MONTH' && inRange(range, day)).length;
    // The month breakdown reads month and day rows only.
    const forMonths = ranges.filter((range) => range.purpose !== 'FIGURES' && range.grain !== 'Y' && inRange(range, day)).length;
    if (forFigures > 1 || forMonths > 1) throw new Error(`${day} read twice`);
    if (forFigures === 1) figures.push(day);
    if (forMonths === 1) months.push(day);
  }
  return { figures, months };
}

describe('rollupRanges', () => {
  it('reads whole years from year rows, whole months from month rows and the rest from day rows', () => {
    expect(rollupRanges(null, null)).toEqual([
      { grain: 'Y', from: '-infinity', to: 'infinity', purpose: 'FIGURES' },
      { grain: 'M', from: '-infinity', to: 'infinity', purpose: 'MONTH' },
    ]);
    expect(rollupRanges('2026-01-01', '2026-03-31')).toEqual([{ grain: 'M', from: '2026-01-01', to: '2026-03-01', purpose: 'ALL' }]);
    expect(rollupRanges('2026-01-15', '2026-03-10')).toEqual([
      { grain: 'M', from: '2026-02-01', to: '2026-02-01', purpose: 'ALL' },
      { grain: 'D', from: '2026-01-15', to: '2026-01-31', purpose: 'ALL' },
      { grain: 'D', from: '2026-03-01', to: '2026-03-10', purpose: 'ALL' },
    ]);
    expect(rollupRanges('2026-02-03', '2026-02-20')).toEqual([{ grain: 'D', from: '2026-02-03', to: '2026-02-20', purpose: 'ALL' }]);
    expect(rollupRanges('2025-11-02', null)).toEqual([
      { grain: 'Y', from: '2026-01-01', to: 'infinity', purpose: 'FIGURES' },
      { grain: 'M', from: '2026-01-01', to: 'infinity', purpose: 'MONTH' },
      { grain: 'M', from: '2025-12-01', to: '2025-12-01', purpose: 'ALL' },
      { grain: 'D', from: '2025-11-02', to: '2025-11-30', purpose: 'ALL' },
    ]);
  });

  it('reads every day of any period exactly once for each figure, and no other day', () => {
    const day = fc.integer({ min: 0, max: 1200 }).map((offset) => addDays('2024-01-01', offset));
    fc.assert(
      fc.property(fc.option(day), fc.option(day), (from, to) => {
        const within: [string, string] = ['2023-12-01', '2027-06-30'];
        const expected: string[] = [];
        if (!(from && to && to < from)) {
          for (let d = within[0]; d <= within[1]; d = addDays(d, 1)) if ((from === null || d >= from) && (to === null || d <= to)) expected.push(d);
        }
        expect(coveredDays(from, to, within)).toEqual({ figures: expected, months: expected });
      }),
      { numRuns: 300 },
    );
  });
});
