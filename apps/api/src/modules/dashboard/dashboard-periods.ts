import { addDays } from '../../common/time/clock';

/**
 * One range of rollup rows a period reads: rows of `grain` (Y year, M month, D day) whose bucket (the first day of
 * the year or month, or the day) is in [from, to] ('-infinity'/'infinity': no bound). `purpose`: ALL (every figure),
 * FIGURES (every figure but the month breakdown: year rows), MONTH (the month breakdown only: the months of the
 * year rows).
 */
export interface RollupRange {
  grain: 'Y' | 'M' | 'D';
  from: string;
  to: string;
  purpose: 'ALL' | 'FIGURES' | 'MONTH';
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonthStart = (day: string) => addDays(monthStart(day), 32).slice(0, 7) + '-01';
const monthEnd = (day: string) => addDays(nextMonthStart(day), -1);
const previousMonthStart = (day: string) => monthStart(addDays(monthStart(day), -1));
const year = (day: string) => Number(day.slice(0, 4));

/** [from, to] as whole months (month rows) and the days of its partial first and last months (day rows). */
function monthsAndDays(from: string | null, to: string | null): RollupRange[] {
  const first = from === null ? '-infinity' : from === monthStart(from) ? from : nextMonthStart(from);
  const last = to === null ? 'infinity' : to === monthEnd(to) ? monthStart(to) : previousMonthStart(to);
  const days = (start: string, end: string): RollupRange => ({ grain: 'D', from: start, to: end, purpose: 'ALL' });
  if (!(first === '-infinity' || last === 'infinity' || first <= last)) {
    // Within one month, or two partial months side by side.
    if (from!.slice(0, 7) === to!.slice(0, 7)) return [days(from!, to!)];
    return [days(from!, monthEnd(from!)), days(monthStart(to!), to!)];
  }
  const ranges: RollupRange[] = [{ grain: 'M', from: first, to: last, purpose: 'ALL' }];
  if (from !== null && from !== first) ranges.push(days(from, monthEnd(from)));
  if (to !== null && to !== monthEnd(to)) ranges.push(days(monthStart(to), to));
  return ranges;
}

/**
 * Where the rollup holds the figures of the period [from, to] (null: unbounded; docs/dashboard.md "The rollup"): its
 * whole years from the year rows (and, for the month breakdown, their month rows), the whole months of its partial
 * first and last years from the month rows, the days of its partial first and last months from the day rows. Every
 * day of the period is read once for each figure, and no other day.
 */
export function rollupRanges(from: string | null, to: string | null): RollupRange[] {
  if (from && to && to < from) return [];
  const first = from === null ? '-infinity' : from.endsWith('-01-01') ? from : `${year(from) + 1}-01-01`;
  const last = to === null ? 'infinity' : to.endsWith('-12-31') ? `${year(to)}-01-01` : `${year(to) - 1}-01-01`;
  if (!(first === '-infinity' || last === 'infinity' || first <= last)) return monthsAndDays(from, to);
  const ranges: RollupRange[] = [
    { grain: 'Y', from: first, to: last, purpose: 'FIGURES' },
    { grain: 'M', from: first, to: last === 'infinity' ? last : `${year(last)}-12-01`, purpose: 'MONTH' },
  ];
  if (from !== null && from !== first) ranges.push(...monthsAndDays(from, `${year(from)}-12-31`));
  if (to !== null && last !== 'infinity' && !to.endsWith('-12-31')) ranges.push(...monthsAndDays(`${year(to)}-01-01`, to));
  return ranges;
}
