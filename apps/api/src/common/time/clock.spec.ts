import { addDays, dayIn } from './clock';

describe('calendar days', () => {
  it("gives a time zone's date, which may differ from UTC's", () => {
    const at = new Date('2026-12-01T22:30:00Z');
    expect(dayIn('UTC', at)).toBe('2026-12-01');
    expect(dayIn('Asia/Aden', at)).toBe('2026-12-02');
    expect(dayIn('America/New_York', at)).toBe('2026-12-01');
  });

  it('adds days across months, years and leap days, and subtracts', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-01', 0)).toBe('2026-12-01');
  });
});
