import type { i18n as I18n } from 'i18next';
import type { Locale } from '@shuraka/domain';
import { ar } from './ar';
import { en } from './en';
import { createI18nWith } from './instance';

export { en, ar };
export type { Translation } from './en';
export * from './language';

export const resources = { ar: { translation: ar }, en: { translation: en } } as const;

/**
 * A fresh i18next instance with both languages (tests and tools). The app itself starts with `createI18nWith`
 * (i18n/instance.ts) so that English is downloaded only by those who read it.
 */
export function createI18n(language: Locale): I18n {
  return createI18nWith(language, { ar, en });
}
