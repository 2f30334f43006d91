import type { Locale } from './localized';

/**
 * Intl locale tags. Arabic is pinned to Latin digits: the consortia's own documents use them, users
 * type them, and browsers disagree on the default (`ar` is Latin in recent CLDR, Arabic-Indic before).
 */
export const INTL_LOCALE: Record<Locale, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' };

const longDates = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar date (`Date` scalar, `YYYY-MM-DD`) written out: `15 ديسمبر 2026`, `15 December 2026`. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' });
    longDates.set(locale, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}
