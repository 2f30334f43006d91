import { describe, expect, it } from 'vitest';
import { capacityPercent, formatDate, formatDay, formatList, formatMoney, formatMoneyRange, formatNumber } from './format';

const ARABIC_INDIC = /[\u0660-\u0669]/;

describe('formatMoney', () => {
  it('writes Arabic amounts with the riyal sign and Latin digits, as the seed documents do', () => {
    const text = formatMoney({ amount: '1500000', currency: 'YER' }, 'ar');
    expect(text).toContain('1,500,000');
    expect(text).toContain('ر.ي');
    expect(text).not.toContain('YER');
    expect(text).not.toMatch(ARABIC_INDIC);
  });

  it('writes English amounts with Latin digits and the ISO code', () => {
    const text = formatMoney({ amount: '1500000', currency: 'YER' }, 'en');
    expect(text).toContain('1,500,000');
    expect(text).toContain('YER');
    expect(text).not.toMatch(ARABIC_INDIC);
  });

  it('never rounds through a float: fifteen integer digits and three decimals survive', () => {
    // As a JavaScript number this is 123456789012345.67 (precision lost).
    expect(formatMoney({ amount: '123456789012345.678', currency: 'SAR' }, 'en')).toContain('123,456,789,012,345.678');
  });

  it('keeps fractions and drops needless zeros', () => {
    expect(formatMoney({ amount: '2500.5', currency: 'USD' }, 'en')).toContain('2,500.5');
    expect(formatMoney({ amount: '2500', currency: 'USD' }, 'en')).not.toContain('.');
  });

  it('shows what came when Intl refuses the currency', () => {
    expect(formatMoney({ amount: '10', currency: 'not a currency' }, 'en')).toBe('10 not a currency');
  });
});

describe('formatMoneyRange', () => {
  it('writes one currency for a range in one currency', () => {
    const text = formatMoneyRange({ amount: '100000', currency: 'YER' }, { amount: '500000', currency: 'YER' }, 'en');
    expect(text).toContain('100,000');
    expect(text).toContain('500,000');
    expect(text.match(/YER/g)).toHaveLength(1);
  });

  it('writes both currencies when they differ', () => {
    const text = formatMoneyRange({ amount: '100', currency: 'USD' }, { amount: '5000', currency: 'SAR' }, 'en');
    expect(text).toContain('USD');
    expect(text).toContain('SAR');
  });
});

describe('formatDate', () => {
  it('writes the committee date of seed 001 in Arabic and English, without a time-zone shift', () => {
    expect(formatDate('2018-01-22', 'ar')).toBe('22 يناير 2018');
    expect(formatDate('2018-01-22', 'en')).toBe('22 January 2018');
  });

  it('leaves text that is not a date alone', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});

describe('formatDay', () => {
  it('writes the day of an instant in the given time zone, with Latin digits in Arabic', () => {
    expect(formatDay('2018-01-21T22:30:00Z', 'en', 'UTC')).toBe('21 Jan 2018');
    // In Aden it is already the 22nd.
    expect(formatDay('2018-01-21T22:30:00Z', 'en', 'Asia/Aden')).toBe('22 Jan 2018');
    const arabic = formatDay('2018-01-22T09:00:00Z', 'ar', 'UTC');
    expect(arabic).toContain('2018');
    expect(arabic).not.toMatch(ARABIC_INDIC);
  });
});

describe('formatNumber and formatList', () => {
  it('follows the language', () => {
    expect(formatNumber(145000, 'ar')).toBe('145,000');
    expect(formatNumber(0.99, 'ar')).toBe('0.99');
    expect(formatNumber(145000, 'en')).toBe('145,000');
    expect(formatList(['أبين', 'عدن', 'حضرموت'], 'ar')).toBe('أبين وعدن وحضرموت');
    expect(formatList(['Abyan', 'Aden', 'Hadramout'], 'en')).toBe('Abyan, Aden and Hadramout');
  });
});

describe('formatNumber without Intl for whole numbers', () => {
  it('writes every whole number as Intl does, in both languages', () => {
    const samples = [0, 1, 7, 12, 99, 100, 999, 1000, 1001, 9999, 10000, 12345, 99999, 100000, 145000, 999999, 1000000, 1234567, 98765432, 123456789012];
    for (let value = 1; value < Number.MAX_SAFE_INTEGER / 7; value = value * 7 + 3) samples.push(value);
    samples.push(Number.MAX_SAFE_INTEGER);
    for (const locale of ['ar', 'en'] as const) {
      const intl = new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { maximumFractionDigits: 2 });
      for (const value of samples) expect(formatNumber(value, locale)).toBe(intl.format(value));
    }
  });

  it('leaves fractions, negative and unsafe numbers to Intl', () => {
    const intl = new Intl.NumberFormat('ar-u-nu-latn', { maximumFractionDigits: 2 });
    for (const value of [-1, -12345, 0.5, 1234.567, Number.MAX_SAFE_INTEGER + 2, -0]) expect(formatNumber(value, 'ar')).toBe(intl.format(value));
  });
});

describe('capacityPercent', () => {
  it('is the rounded share in use, kept within 0–100', () => {
    expect(capacityPercent(30, 120)).toBe(25);
    expect(capacityPercent(2, 3)).toBe(67);
    expect(capacityPercent(130, 120)).toBe(100);
    expect(capacityPercent(0, 0)).toBe(0);
    expect(capacityPercent(1, 0)).toBe(100);
  });
});
