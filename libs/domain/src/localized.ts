/** Text a partner writes in two languages; at least one is set. */
export interface LocalizedText {
  ar?: string | null;
  en?: string | null;
}

export type Locale = 'ar' | 'en';

export const LOCALES: readonly Locale[] = ['ar', 'en'];

/** The text in the wanted language, falling back to the other one. */
export function pickLocalized(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  return text[locale]?.trim() || text[other]?.trim() || '';
}
