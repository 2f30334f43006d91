import { toAsciiDigits } from './digits';

/** International calling codes (ITU-T E.164) of the countries where consortia work, without the +. */
export const CALLING_CODES: Readonly<Record<string, string>> = {
  YE: '967',
  SA: '966',
  BH: '973',
  EG: '20',
  LB: '961',
  SD: '249',
  MA: '212',
  JO: '962',
};

export function callingCodeOf(country: string): string | null {
  return CALLING_CODES[country] ?? null;
}

/** A stored phone number: + and 8 to 15 digits, the first not 0 (E.164). */
export const E164 = /^\+[1-9]\d{7,14}$/;

/**
 * One international form (E.164) for the ways a phone number is written: `777123456`,
 * `0777123456`, `+967 777-123-456`, `00967777123456`, `٧٧٧١٢٣٤٥٦` all give `+967777123456` with
 * the default calling code 967. Numbers without a country prefix need the default code; null when
 * the result is not a possible E.164 number (or there is no code to complete it with).
 */
export function normalizePhoneNumber(raw: string, defaultCallingCode: string | null): string | null {
  const text = toAsciiDigits(raw).trim();
  if (!/^\+?[\d\s\-().]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  let international: string | null;
  if (text.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (!defaultCallingCode) international = null;
  // Written with the country code but without + or 00: longer than any national number of the region.
  else if (digits.startsWith(defaultCallingCode) && digits.length - defaultCallingCode.length >= 8 && digits.length > 10) international = digits;
  else international = defaultCallingCode + digits.replace(/^0+/, '');
  if (international === null) return null;
  const e164 = `+${international}`;
  return E164.test(e164) ? e164 : null;
}
