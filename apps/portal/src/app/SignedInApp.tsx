import { ApolloProvider } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './apollo-client';
import { appRoutes } from './routes';
import { announceSessionExpired } from './session-events';

/**
 * Everything behind the sign-in page: Apollo Client, the router, the shell and its pages. Loaded (lazily, by App)
 * once someone is signed in, so the sign-in page downloads none of it. A new session gets a new client: nothing
 * cached for the previous user survives a sign-out or an expired session.
 */
export function SignedInApp() {
  const { i18n } = useTranslation();
  const [client] = useState(() =>
    createApolloClient({
      getLanguage: () => i18n.resolvedLanguage ?? i18n.language,
      onUnauthenticated: () => announceSessionExpired(),
    }),
  );
  const router = useMemo(() => createBrowserRouter(appRoutes), []);
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
