import { formatCalendarDate } from './dates';

describe('formatCalendarDate', () => {
  it('writes a calendar date out in Arabic (Latin digits) and English, whatever the time zone of the process', () => {
    expect(formatCalendarDate('2026-12-15', 'ar')).toBe('15 ديسمبر 2026');
    expect(formatCalendarDate('2026-12-15', 'en')).toBe('15 December 2026');
    expect(formatCalendarDate('2018-01-01', 'en')).toBe('1 January 2018');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatCalendarDate('soon', 'en')).toBe('soon');
  });
});
