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

// Arabic, Arabic Supplement, Arabic Extended-A and the Arabic presentation forms.
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Whether a text has Arabic letters (or Arabic punctuation, digits); the English side of a name must not. */
export function hasArabicScript(text: string | null | undefined): boolean {
  return Boolean(text && ARABIC_SCRIPT.test(text));
}
