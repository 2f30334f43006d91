import type { Locale } from '@shuraka/domain';

export const DEFAULT_LANGUAGE: Locale = 'ar';
export const LANGUAGE_STORAGE_KEY = 'shuraka.language';
/** The same choice as a cookie, so the server can send the sign-in page already in it (apps/api common/http/portal.ts). */
export const LANGUAGE_COOKIE = 'shuraka_language';

export type Direction = 'rtl' | 'ltr';

export function isLocale(value: unknown): value is Locale {
  return value === 'ar' || value === 'en';
}

export function directionOf(language: Locale): Direction {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The language chosen earlier on this device, or Arabic. */
export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Locale {
  return readLanguageChoice(storage) ?? DEFAULT_LANGUAGE;
}

/** The language chosen earlier on this device, if one was. */
export function readLanguageChoice(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Locale | undefined {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(
  language: Locale,
  storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage(),
  doc: Pick<Document, 'cookie'> | undefined = typeof document === 'undefined' ? undefined : document,
): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing or a full quota: the choice simply lasts for this visit.
  }
  // Not secret and read by the server only to choose the sign-in page's language: a year, the whole site.
  if (doc) doc.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/** Sets `<html lang dir>` so the browser, screen readers and CSS logical properties follow the language. */
export function applyDocumentLanguage(language: Locale, doc: Document = document): void {
  doc.documentElement.lang = language;
  doc.documentElement.dir = directionOf(language);
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
