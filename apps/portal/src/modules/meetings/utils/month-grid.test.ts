import { describe, expect, it } from 'vitest';
import { monthGrid, monthRange, parseMonth, placeOnDays, shiftMonth, weekdayOrder } from './month-grid';

describe('monthGrid', () => {
  it('lays January 2018 out in weeks starting on Saturday, as Yemeni calendars do', () => {
    const weeks = monthGrid('2018-01', 6);
    // 1 January 2018 was a Monday: Saturday 30 and Sunday 31 December lead the first week.
    expect(weeks[0].map((day) => day.date)).toEqual(['2017-12-30', '2017-12-31', '2018-01-01', '2018-01-02', '2018-01-03', '2018-01-04', '2018-01-05']);
    expect(weeks[0][0].inMonth).toBe(false);
    expect(weeks[0][2].inMonth).toBe(true);
    expect(weeks).toHaveLength(5);
    expect(weeks[4].map((day) => day.date)).toEqual(['2018-01-27', '2018-01-28', '2018-01-29', '2018-01-30', '2018-01-31', '2018-02-01', '2018-02-02']);
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(31);
  });

  it('starts on Monday for English readers and needs no leading days when the month starts on one', () => {
    const weeks = monthGrid('2018-01', 1);
    expect(weeks[0][0]).toEqual({ date: '2018-01-01', inMonth: true });
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('handles February of a leap year and six-week months', () => {
    expect(monthGrid('2024-02', 6).flat().filter((day) => day.inMonth)).toHaveLength(29);
    // December 2017 starts on a Friday: with Saturday first it needs six rows.
    expect(monthGrid('2017-12', 6)).toHaveLength(6);
  });

  it('orders the weekday headings from the first day', () => {
    expect(weekdayOrder(6)).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(weekdayOrder(1)).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });
});

describe('months', () => {
  it('moves across years and gives inclusive ranges', () => {
    expect(shiftMonth('2018-01', -1)).toBe('2017-12');
    expect(shiftMonth('2017-12', 1)).toBe('2018-01');
    expect(shiftMonth('2018-01', 14)).toBe('2019-03');
    expect(monthRange('2018-02')).toEqual({ from: '2018-02-01', to: '2018-02-28' });
    expect(monthRange('2017-12')).toEqual({ from: '2017-12-01', to: '2017-12-31' });
  });

  it('reads a month from the URL, or nothing', () => {
    expect(parseMonth('2018-01')).toBe('2018-01');
    expect(parseMonth('2018-01-22')).toBe('2018-01');
    expect(parseMonth('2018-13')).toBeNull();
    expect(parseMonth('january')).toBeNull();
    expect(parseMonth(null)).toBeNull();
  });
});

describe('placeOnDays', () => {
  const weeks = monthGrid('2018-01', 6);

  it('puts each item on its own day, keeping their order, including days of the neighbouring months shown', () => {
    const items = [
      { id: 'committee', date: '2018-01-22' },
      { id: 'due', date: '2018-01-22T00:00:00Z' },
      { id: 'partners', date: '2017-12-31' },
      { id: 'workshop', date: '2018-02-02' },
    ];
    const byDay = placeOnDays(weeks, items, (item) => item.date);
    expect(byDay.get('2018-01-22')?.map((item) => item.id)).toEqual(['committee', 'due']);
    expect(byDay.get('2017-12-31')?.map((item) => item.id)).toEqual(['partners']);
    expect(byDay.get('2018-02-02')?.map((item) => item.id)).toEqual(['workshop']);
    expect(byDay.get('2018-01-21')).toBeUndefined();
  });

  it('leaves out items off the grid or without a date', () => {
    const byDay = placeOnDays(weeks, [{ date: '2018-03-01' }, { date: null }, { date: '2017-12-29' }], (item) => item.date);
    expect(byDay.size).toBe(0);
  });
});
