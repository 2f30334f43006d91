/** A month calendar as weeks of ISO days, and dated items placed on their days. Pure: no time zone is involved. */

export interface GridDay {
  /** `YYYY-MM-DD` */
  date: string;
  /** Part of the month shown (not a leading or trailing day of a neighbouring month). */
  inMonth: boolean;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** `2018-01` for a `YYYY-MM` or `YYYY-MM-DD` text; null when it is not one. */
export function parseMonth(text: string | null | undefined): string | null {
  const match = MONTH.exec((text ?? '').slice(0, 7));
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${match[1]}-${match[2]}` : null;
}

function utcDay(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function split(month: string): [number, number] {
  const [year, monthNumber] = month.split('-').map(Number);
  return [year, monthNumber - 1];
}

/** First and last day of the month, as the API's `from`/`to` (inclusive). */
export function monthRange(month: string): { from: string; to: string } {
  const [year, monthIndex] = split(month);
  return { from: iso(utcDay(year, monthIndex, 1)), to: iso(utcDay(year, monthIndex + 1, 0)) };
}

/** The month `delta` months away: `shiftMonth('2018-01', -1)` is `2017-12`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthIndex] = split(month);
  return iso(utcDay(year, monthIndex + delta, 1)).slice(0, 7);
}

/**
 * Whole weeks covering the month, each starting on `firstDayOfWeek` (0 Sunday … 6 Saturday; Yemen's
 * week starts on Saturday). Days of the neighbouring months fill the first and last weeks.
 */
export function monthGrid(month: string, firstDayOfWeek: number): GridDay[][] {
  const [year, monthIndex] = split(month);
  const first = utcDay(year, monthIndex, 1);
  const lead = (first.getUTCDay() - firstDayOfWeek + 7) % 7;
  const daysInMonth = utcDay(year, monthIndex + 1, 0).getUTCDate();
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7;
  const weeks: GridDay[][] = [];
  for (let index = 0; index < cells; index++) {
    const date = utcDay(year, monthIndex, 1 - lead + index);
    if (index % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push({ date: iso(date), inMonth: date.getUTCMonth() === monthIndex });
  }
  return weeks;
}

/** The weekday of each column, for headings (0 Sunday … 6 Saturday). */
export function weekdayOrder(firstDayOfWeek: number): number[] {
  return Array.from({ length: 7 }, (_, index) => (firstDayOfWeek + index) % 7);
}

/** Items grouped by their day, in the order given; items without a date or off the grid are left out. */
export function placeOnDays<Item>(
  weeks: readonly GridDay[][],
  items: readonly Item[],
  dayOf: (item: Item) => string | null | undefined,
): Map<string, Item[]> {
  const shown = new Set(weeks.flat().map((day) => day.date));
  const byDay = new Map<string, Item[]>();
  for (const item of items) {
    const day = dayOf(item)?.slice(0, 10);
    if (!day || !shown.has(day)) continue;
    const list = byDay.get(day) ?? [];
    list.push(item);
    byDay.set(day, list);
  }
  return byDay;
}
