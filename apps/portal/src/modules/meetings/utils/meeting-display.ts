import type { Locale } from '@shuraka/domain';
import { intlLocale } from '../../../shared/utils/format';

/** `09:00–11:30`, `09:00`, or null: the meeting's local times as entered (already in the consortium's zone). */
export function meetingTimeRange(startsAt: string | null | undefined, endsAt: string | null | undefined): string | null {
  const start = startsAt?.slice(0, 5);
  const end = endsAt?.slice(0, 5);
  if (start && end) return `${start}–${end}`;
  return start || null;
}

/** The zone's name in the reader's language (`Arabian Standard Time`), or its IANA id when Intl has none. */
export function timeZoneName(timeZone: string, locale: Locale, at: Date = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat(intlLocale(locale), { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** `يناير 2018` / `January 2018` for a `YYYY-MM` month. */
export function formatMonth(month: string, locale: Locale): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  );
}

/** Short weekday names (`السبت`, `Sat`) by weekday number, 0 Sunday … 6 Saturday. */
export function weekdayName(weekday: number, locale: Locale, style: 'long' | 'short' | 'narrow' = 'short'): string {
  // 7 January 2018 was a Sunday.
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2018, 0, 7 + weekday)));
}

/** The day of the month as the reader writes it. */
export function dayOfMonth(isoDate: string, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(Number(isoDate.slice(8, 10)));
}

export interface RecommendationCounts {
  total: number;
  open: number;
  overdue: number;
}

export function recommendationCounts(recommendations: ReadonlyArray<{ status: string; overdue: boolean }>): RecommendationCounts {
  return {
    total: recommendations.length,
    open: recommendations.filter((item) => item.status === 'OPEN' || item.status === 'IN_PROGRESS').length,
    overdue: recommendations.filter((item) => item.overdue).length,
  };
}
