import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * A message kept as its key and translated when it renders. Put this, never `t(...)`'s string, in state
 * (form errors): it follows a change of language, since useTranslation re-renders on it (Trans does not).
 */
export function Translated({ i18nKey }: { i18nKey: ParseKeys }) {
  const { t } = useTranslation();
  return <>{t(i18nKey)}</>;
}
