import { DirectionProvider, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { directionOf, isLocale, DEFAULT_LANGUAGE } from '../i18n/language';
import type { SessionApi } from './session-api';
import { SessionApiContext } from './session-api';
import { theme } from './theme';

// Toasts are drawn by a component that loads after the first page (it brings its transitions); a toast shown
// before then (`notifications.show`, a small store) appears as soon as it has.
const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

export interface AppProvidersProps {
  i18n: I18n;
  /** Requests before sign-in; Apollo Client comes with the signed-in app (SignedInApp), not with the first page. */
  api: SessionApi;
  children: ReactNode;
}

export function AppProviders({ i18n, api, children }: AppProvidersProps) {
  const language = isLocale(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
        <LocalizedMantine>
          <ToastContainer />
          <SessionApiContext.Provider value={api}>{children}</SessionApiContext.Provider>
        </LocalizedMantine>
      </DirectionProvider>
    </I18nextProvider>
  );
}

const subscribeToNothing = () => () => undefined;

/**
 * The toasts' container, in the browser only: the sign-in page rendered at build time (prerender.tsx) has none, and
 * the browser's hydration of it renders none either (the server's value), then adds it.
 */
function ToastContainer() {
  const inBrowser = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  if (!inBrowser) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-center" limit={3} />
    </Suspense>
  );
}

/**
 * The theme, plus names in the reader's language for Mantine's icon-only buttons: close (toasts, dialogs, drawers)
 * and the clear button of clearable fields (dates, selects, files).
 */
function LocalizedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common.actions.close');
  const clear = t('common.actions.clear');
  const localized = useMemo(() => {
    const closeButtonProps = { 'aria-label': close };
    return mergeThemeOverrides(theme, {
      components: {
        Notification: { defaultProps: { closeButtonProps } },
        Modal: { defaultProps: { closeButtonProps } },
        Drawer: { defaultProps: { closeButtonProps } },
        InputClearButton: { defaultProps: { 'aria-label': clear } },
      },
    });
    // A new theme only when the words change (with the language).
  }, [close, clear]);
  return <MantineProvider theme={localized}>{children}</MantineProvider>;
}
