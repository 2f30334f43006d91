import { ApolloProvider } from '@apollo/client/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Role } from '@shuraka/domain';
import { createApolloClient } from '../app/apollo-client';
import { AppProviders } from '../app/providers';
import { createSessionApi } from '../app/session-api';
import { applyDocumentLanguage, createI18n } from '../i18n';
import type { Locale } from '@shuraka/domain';
import { SessionContext, type CurrentUser } from '../modules/auth/hooks/use-current-user';
import { graphqlFetch, type OperationHandler } from './graphql-fetch';

export function testUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'user-1',
    email: 'admin@shuraka.test',
    displayName: 'سالم باوزير',
    role: Role.ADMIN,
    organization: null,
    ...overrides,
  };
}

export interface RenderAppOptions {
  language?: Locale;
  handlers?: Record<string, OperationHandler>;
  /** Signed-in user; null renders without a session (for the auth gate itself). */
  user?: CurrentUser | null;
  /** Routes and the URL to start at; without them `ui` is rendered as is. */
  routes?: RouteObject[];
  path?: string;
}

export function renderApp(ui: ReactNode, options: RenderAppOptions = {}) {
  const language = options.language ?? 'ar';
  applyDocumentLanguage(language);
  const i18n = createI18n(language);
  const api = graphqlFetch(options.handlers ?? {});
  const client = createApolloClient({ uri: 'http://portal.test/graphql', fetch: api.fetch, getLanguage: () => i18n.language });
  const sessionApi = createSessionApi({ uri: 'http://portal.test/graphql', fetch: api.fetch, getLanguage: () => i18n.language, retryDelaysMs: [] });
  const user = options.user === undefined ? testUser() : options.user;
  const content = options.routes ? (
    <RouterProvider router={createMemoryRouter(options.routes, { initialEntries: [options.path ?? '/'] })} />
  ) : (
    ui
  );
  const tree = user ? (
    <SessionContext.Provider value={{ user, signOut: async () => undefined }}>{content}</SessionContext.Provider>
  ) : (
    content
  );
  const result: RenderResult = render(
    <AppProviders i18n={i18n} api={sessionApi}>
      <ApolloProvider client={client}>{tree}</ApolloProvider>
    </AppProviders>,
  );
  return { ...result, i18n, client, requests: api.requests };
}
