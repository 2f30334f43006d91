import { addDays } from '../../common/time/clock';

/** A range of calendar days (YYYY-MM-DD, both included); 'infinity' or '-infinity' for no bound. */
export type DayRange = readonly [string, string];

/**
 * Where the rollup holds a period's figures (docs/performance.md "Dashboard at volume"): its whole months in the
 * month rows (`months`: the first days of its first and last whole months), the days of its partial first and last
 * months in the day rows (`days`: at most two ranges, never overlapping the months). `from`/`to` null: unbounded.
 */
export interface RollupRanges {
  months: DayRange | null;
  days: DayRange[];
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonthStart = (day: string) => addDays(monthStart(day), 32).slice(0, 7) + '-01';
const monthEnd = (day: string) => addDays(nextMonthStart(day), -1);
const previousMonthStart = (day: string) => monthStart(addDays(monthStart(day), -1));

export function rollupRanges(from: string | null, to: string | null): RollupRanges {
  if (from && to && to < from) return { months: null, days: [] };
  // The first and last months held whole by the period.
  const first = from === null ? '-infinity' : from === monthStart(from) ? from : nextMonthStart(from);
  const last = to === null ? 'infinity' : to === monthEnd(to) ? monthStart(to) : previousMonthStart(to);
  const hasWholeMonth = first === '-infinity' || last === 'infinity' || first <= last;
  if (!hasWholeMonth) {
    // Within one month, or two partial months side by side.
    if (from!.slice(0, 7) === to!.slice(0, 7)) return { months: null, days: [[from!, to!]] };
    return { months: null, days: [[from!, monthEnd(from!)], [monthStart(to!), to!]] };
  }
  const days: DayRange[] = [];
  if (from !== null && from !== first) days.push([from, monthEnd(from)]);
  if (to !== null && to !== monthEnd(to)) days.push([monthStart(to), to]);
  return { months: [first, last], days };
}
