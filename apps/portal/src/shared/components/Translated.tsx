import type { ParseKeys } from 'i18next';
import { pickLocalized } from '@shuraka/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/use-locale';

/**
 * A message kept as its key and translated when it renders. Put this, never `t(...)`'s string, in state
 * (form errors): it follows a change of language, since useTranslation re-renders on it (Trans does not).
 */
export function Translated({ i18nKey }: { i18nKey: ParseKeys }) {
  const { t } = useTranslation();
  return <>{t(i18nKey)}</>;
}

/** A message the API wrote in both languages, shown in the current one (and following a change of language). */
export function LocalizedMessage({ text }: { text: { ar: string | null; en: string | null } }) {
  return <>{pickLocalized(text, useLocale())}</>;
}
