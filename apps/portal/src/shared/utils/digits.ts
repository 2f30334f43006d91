/**
 * Arabic keyboards type Arabic-Indic (٠١٢) or Persian (۰۱۲) digits, and `٫` as the decimal mark.
 * The API takes ASCII decimals, so inputs are normalised as the user types.
 */
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

/** `١٬٥٠٠٫٧٥` → `1500.75`: digits to ASCII, decimal mark to `.`, grouping and spaces dropped. */
export function normalizeAmountInput(text: string): string {
  return toLatinDigits(text)
    .replace(/\u066B/g, '.')
    .replace(/[\u066C,\s\u00A0\u202F]/g, '');
}

/** Whole numbers only: anything that is not a digit is dropped. */
export function normalizeIntegerInput(text: string): string {
  return toLatinDigits(text).replace(/[^0-9]/g, '');
}

/** `''` → null, `'12'` → 12. */
export function parseOptionalInt(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}
