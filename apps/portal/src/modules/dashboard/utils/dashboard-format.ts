import type { Locale } from '@shuraka/domain';

/**
 * The dashboard writes its figures the way an Arabic report does: Arabic-Indic digits and Arabic month names
 * (the rest of the portal keeps Latin digits, which people type into forms; these figures are only read).
 */
const DASHBOARD_LOCALE: Record<Locale, string> = { ar: 'ar-u-nu-arab', en: 'en-GB' };

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(DASHBOARD_LOCALE[locale], options);
    formats.set(key, format);
  }
  return format;
}

export function formatCount(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A share from 0 to 1 as a percentage (`٧٥٫٦٪`, `75.6%`). */
export function formatRate(rate: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** Days with one decimal at most. */
export function formatDays(days: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(days);
}

/** An amount (decimal string, never through a float) in its currency. */
export function formatAmount(money: { amount: string; currency: string }, locale: Locale): string {
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: locale === 'ar' ? 'symbol' : 'code',
      maximumFractionDigits: 0,
    }).format(money.amount as `${number}`);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

/** `2018-01` → `يناير ٢٠١٨` / `January 2018`; `short` gives the month alone, for chart axes. */
export function formatMonth(key: string, locale: Locale, short = false): string {
  const [year, month] = key.split('-').map(Number);
  if (!year || !month) return key;
  const options: Intl.DateTimeFormatOptions = short ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(DASHBOARD_LOCALE[locale], options).format(new Date(Date.UTC(year, month - 1, 1)));
}

export type PeriodPreset = 'thisMonth' | 'last3Months' | 'thisYear' | 'allTime';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['thisMonth', 'last3Months', 'thisYear', 'allTime'];

function isoDay(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month, day));
  return date.toISOString().slice(0, 10);
}

/** A preset as inclusive days, ending today (`today` is the reader's calendar day, `YYYY-MM-DD`). */
export function presetPeriod(preset: PeriodPreset, today: string): { from: string | null; to: string | null } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'thisMonth':
      return { from: isoDay(year, month - 1, 1), to: today };
    case 'last3Months':
      return { from: isoDay(year, month - 3, 1), to: today };
    case 'thisYear':
      return { from: isoDay(year, 0, 1), to: today };
    case 'allTime':
      return { from: null, to: null };
  }
}

/** The preset a period is, if any (so its button shows as chosen). */
export function matchingPreset(from: string | null, to: string | null, today: string): PeriodPreset | null {
  return PERIOD_PRESETS.find((preset) => {
    const period = presetPeriod(preset, today);
    return period.from === from && period.to === to;
  }) ?? null;
}

/** Today in the browser's calendar, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return isoDay(now.getFullYear(), now.getMonth(), now.getDate());
}
