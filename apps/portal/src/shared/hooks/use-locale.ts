import { useTranslation } from 'react-i18next';
import type { Locale } from '@shuraka/domain';
import { DEFAULT_LANGUAGE, isLocale } from '../../i18n/language';

/** The current UI language as a domain Locale (for labels, pickLocalized and Intl). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : DEFAULT_LANGUAGE;
}
