import { describe, expect, it } from 'vitest';
import { formatAmount, formatCount, formatDays, formatMonth, formatRate, matchingPreset, presetPeriod } from './dashboard-format';

describe('dashboard figures in Arabic and English', () => {
  it('writes Arabic-Indic digits in Arabic and Latin ones in English', () => {
    expect(formatCount(1234, 'ar')).toBe('١٬٢٣٤');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatDays(12.25, 'ar')).toBe('١٢٫٣');
    expect(formatDays(12.25, 'en')).toBe('12.3');
  });

  it('writes rates as percentages', () => {
    expect(formatRate(0.756, 'ar')).toMatch(/^٧٥٫٦\s?٪/);
    expect(formatRate(0.756, 'en')).toBe('75.6%');
  });

  it('names months in the reader’s language', () => {
    expect(formatMonth('2018-01', 'ar')).toBe('يناير ٢٠١٨');
    expect(formatMonth('2018-01', 'en')).toBe('January 2018');
    expect(formatMonth('2017-12', 'en', true)).toBe('Dec 2017');
  });

  it('formats amounts from their decimal string, with the currency', () => {
    expect(formatAmount({ amount: '1500000', currency: 'YER' }, 'en')).toBe('YER\u00a01,500,000');
    expect(formatAmount({ amount: '1500000', currency: 'YER' }, 'ar')).toContain('١٬٥٠٠٬٠٠٠');
  });
});

describe('period presets', () => {
  it('ends today and starts at the month, three months or year start', () => {
    expect(presetPeriod('thisMonth', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(presetPeriod('last3Months', '2026-02-15')).toEqual({ from: '2025-12-01', to: '2026-02-15' });
    expect(presetPeriod('thisYear', '2026-02-15')).toEqual({ from: '2026-01-01', to: '2026-02-15' });
    expect(presetPeriod('allTime', '2026-02-15')).toEqual({ from: null, to: null });
  });

  it('recognises a period that is a preset', () => {
    expect(matchingPreset('2026-01-01', '2026-02-15', '2026-02-15')).toBe('thisYear');
    expect(matchingPreset(null, null, '2026-02-15')).toBe('allTime');
    expect(matchingPreset('2026-01-02', '2026-02-15', '2026-02-15')).toBeNull();
  });
});
