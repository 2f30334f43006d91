import { INTL_LOCALE, formatCalendarDate, type Locale } from '@shuraka/domain';

export interface MoneyValue {
  amount: string;
  currency: string;
}


export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Both languages write numbers with Latin digits and a comma every three (`ar-u-nu-latn`, `en-GB`): a whole,
 * non-negative number is written here as Intl writes it (a test compares them), without building an
 * `Intl.NumberFormat`, whose first Arabic instance costs about 0.15 s on a slow phone while a page renders its
 * counts. Fractions, negative numbers and anything larger go through Intl.
 */
function groupedInteger(value: number): string | undefined {
  if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) return undefined;
  const digits = String(value);
  if (digits.length <= 3) return digits;
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let index = grouped.length; index < digits.length; index += 3) grouped += `,${digits.slice(index, index + 3)}`;
  return grouped;
}

export function formatNumber(value: number, locale: Locale): string {
  return groupedInteger(value) ?? numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * Formats a Money value. The amount is a decimal string and is handed to Intl as a string, so
 * large or fractional amounts are never rounded through a float.
 */
export function formatMoney(money: MoneyValue, locale: Locale): string {
  try {
    return moneyFormat(money.currency, locale).format(money.amount as `${number}`);
  } catch {
    // An amount or currency Intl refuses: show it as it came rather than nothing.
    return `${money.amount} ${money.currency}`;
  }
}

/** `YER 1,000–5,000`: one currency sign for a range in one currency, both in full otherwise. */
export function formatMoneyRange(min: MoneyValue, max: MoneyValue, locale: Locale): string {
  if (min.currency === max.currency) {
    try {
      return moneyFormat(min.currency, locale).formatRange(min.amount as `${number}`, max.amount as `${number}`);
    } catch {
      // formatRange refuses a start above the end in some engines; fall through to two amounts.
    }
  }
  return `${formatMoney(min, locale)} – ${formatMoney(max, locale)}`;
}

function moneyFormat(currency: string, locale: Locale): Intl.NumberFormat {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    // Arabic readers know «ر.ي.»; in English the ISO code avoids guessing between dollars and riyals.
    currencyDisplay: locale === 'ar' ? 'symbol' : 'code',
    minimumFractionDigits: 0,
    maximumFractionDigits: 3,
  });
}

/** A calendar date (`Date` scalar, `2018-01-22`) shown in the reader's language; no time-zone shift. */
export function formatDate(isoDate: string, locale: Locale): string {
  return formatCalendarDate(isoDate, locale);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per kind, language and zone: a list formats a date per row, and building one costs far more than using it. */
function dateTimeFormat(kind: 'day' | 'dayAndTime', locale: Locale, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone ?? ''}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), kind === 'day' ? { dateStyle: 'medium', timeZone } : { dateStyle: 'medium', timeStyle: 'short', timeZone });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** An instant (`DateTime` scalar) in the reader's language and time zone. */
export function formatDateTime(isoDateTime: string, locale: Locale, timeZone?: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return dateTimeFormat('dayAndTime', locale, timeZone).format(date);
}

/** The day of an instant (`DateTime` scalar), without the time: `14 Mar 2018`. */
export function formatDay(isoDateTime: string, locale: Locale, timeZone?: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return dateTimeFormat('day', locale, timeZone).format(date);
}

/** Share of capacity in use, 0–100, safe when the capacity is zero. */
export function capacityPercent(used: number, capacity: number): number {
  if (capacity <= 0) return used > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, Math.round((used / capacity) * 100)));
}

/** `أبين وعدن وحضرموت` / `Abyan, Aden and Hadramout`. */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}
