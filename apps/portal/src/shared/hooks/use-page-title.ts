import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the browser tab and history entry after the page, in the chosen language («المتقدمون — شركاء»),
 * so that tabs, history and screen readers tell pages apart. Titles name the kind of page, never a
 * person: browser history outlives the session on a shared phone.
 */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const appName = t('common.appName');
  useEffect(() => {
    document.title = title ? `${title} — ${appName}` : appName;
  }, [title, appName]);
}
