import { describe, expect, it } from 'vitest';
import { normalizeAmountInput, normalizeIntegerInput, parseOptionalInt, toLatinDigits } from './digits';

describe('digits typed on Arabic keyboards', () => {
  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toLatinDigits('عمر ٢٥ سنة')).toBe('عمر 25 سنة');
  });

  it('normalises an amount: Arabic decimal mark, grouping separators and spaces', () => {
    expect(normalizeAmountInput('١٬٥٠٠٫٧٥')).toBe('1500.75');
    expect(normalizeAmountInput('1,500,000')).toBe('1500000');
    expect(normalizeAmountInput(' 2 500.5 ')).toBe('2500.5');
  });

  it('keeps only digits in a whole number', () => {
    expect(normalizeIntegerInput('١٢٠ مقعد')).toBe('120');
    expect(normalizeIntegerInput('-5')).toBe('5');
  });

  it('parses optional whole numbers', () => {
    expect(parseOptionalInt('')).toBeNull();
    expect(parseOptionalInt('  ')).toBeNull();
    expect(parseOptionalInt('18')).toBe(18);
    expect(parseOptionalInt('99999999999999999999')).toBeNull();
  });
});
