import { useDirection } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shuraka/domain';
import { ensureLanguage } from '../../i18n/instance';
import { applyDocumentLanguage, directionOf, storeLanguage } from '../../i18n/language';
import { useLocale } from './use-locale';

export interface LanguageControls {
  language: Locale;
  setLanguage: (language: Locale) => Promise<void>;
  toggleLanguage: () => Promise<void>;
}

/** Changes the language everywhere at once: texts, <html lang dir>, Mantine's direction, and the saved choice. */
export function useLanguage(): LanguageControls {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const language = useLocale();

  const setLanguage = useCallback(
    async (next: Locale) => {
      await ensureLanguage(i18n, next);
      await i18n.changeLanguage(next);
      storeLanguage(next);
      applyDocumentLanguage(next);
      setDirection(directionOf(next));
    },
    [i18n, setDirection],
  );

  const toggleLanguage = useCallback(() => setLanguage(language === 'ar' ? 'en' : 'ar'), [language, setLanguage]);

  return { language, setLanguage, toggleLanguage };
}
