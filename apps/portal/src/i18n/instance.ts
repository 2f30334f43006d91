import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@shuraka/domain';
import { ar } from './ar';
import type { Translation } from './en';

/**
 * A fresh i18next instance with the texts given. The app starts with Arabic (the primary language, in the first
 * download) and, for an English reader, English; the other language loads when chosen (`ensureLanguage`).
 */
export function createI18nWith(language: Locale, texts: Partial<Record<Locale, Translation>>): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(texts).map(([lng, translation]) => [lng, { translation }]));
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ar',
    supportedLngs: ['ar', 'en'],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** The texts of one language: Arabic is bundled, English is a chunk of its own. */
export async function loadTranslation(language: Locale): Promise<Translation> {
  return language === 'en' ? (await import('./en')).en : ar;
}

/** Loads a language's texts into the instance unless they are there already (before `changeLanguage`). */
export async function ensureLanguage(i18n: I18n, language: Locale): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await loadTranslation(language), true, true);
}
