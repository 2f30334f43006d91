import type { i18n as I18n } from 'i18next';
import { StrictMode } from 'react';
import type { CurrentUser } from '../modules/auth/hooks/use-current-user';
import { App } from './App';
import { AppProviders } from './providers';
import type { SessionApi } from './session-api';

export interface RootProps {
  i18n: I18n;
  api: SessionApi;
  /** The server's answer to "who is signed in" for this page (app/boot.ts); undefined: ask the API. */
  initialUser?: CurrentUser | null;
}

/** The whole portal, as the browser renders it (main.tsx) and as the build renders the sign-in page (prerender.tsx). */
export function Root({ i18n, api, initialUser }: RootProps) {
  return (
    <StrictMode>
      <AppProviders i18n={i18n} api={api}>
        <App initialUser={initialUser} />
      </AppProviders>
    </StrictMode>
  );
}
