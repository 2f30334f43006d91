import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@shuraka/domain';
import { ar } from './ar';
import { en } from './en';

export { en, ar };
export type { Translation } from './en';
export * from './language';

export const resources = { ar: { translation: ar }, en: { translation: en } } as const;

/** A fresh i18next instance (tests make their own; the app makes one at start). */
export function createI18n(language: Locale): I18n {
  const instance = i18next.createInstance();
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
