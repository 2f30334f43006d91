import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { relayStylePagination } from '@apollo/client/utilities';
import { toApiError } from '../shared/utils/api-errors';

export interface ApolloClientOptions {
  uri?: string;
  /** Current UI language, sent as Accept-Language so API messages can follow it. */
  getLanguage?: () => string;
  /** Called when a request other than the session check finds the session gone. */
  onUnauthenticated?: () => void;
  fetch?: typeof fetch;
}

const SESSION_OPERATIONS = new Set(['Me', 'Login', 'Logout']);

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          organizations: relayStylePagination(['filter']),
          services: relayStylePagination(['filter']),
          consortia: relayStylePagination(),
          applicants: relayStylePagination(['filter']),
          referrals: relayStylePagination(['filter']),
          notifications: relayStylePagination(['unreadOnly']),
          recommendations: relayStylePagination(['filter']),
          organization: { read: (_, { args, toReference }) => toReference({ __typename: 'Organization', id: args?.id }) },
          consortium: { read: (_, { args, toReference }) => toReference({ __typename: 'Consortium', id: args?.id }) },
          applicant: { read: (_, { args, toReference }) => toReference({ __typename: 'Applicant', id: args?.id }) },
          referral: { read: (_, { args, toReference }) => toReference({ __typename: 'Referral', id: args?.id }) },
          allocationPlan: { read: (_, { args, toReference }) => toReference({ __typename: 'AllocationPlan', id: args?.id }) },
        },
      },
      Applicant: { fields: { referrals: { merge: false } } },
      Referral: { fields: { history: { merge: false } } },
      AllocationPlan: { fields: { assignments: { merge: false }, unassignedReasons: { merge: false } } },
      Organization: { fields: { branches: { merge: false }, governorates: { merge: false } } },
      Consortium: { fields: { members: { merge: false } } },
      QuestionnaireAssignment: { fields: { answers: { merge: false } } },
      LocalizedText: { keyFields: false, merge: true },
      Money: { keyFields: false, merge: false },
    },
  });
}

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient {
  const httpLink = new HttpLink({
    uri: options.uri ?? '/graphql',
    // The session is an httpOnly cookie set by `login`; the token never reaches script.
    credentials: 'include',
    // The API's CSRF prevention accepts only requests a plain HTML form cannot send.
    headers: { 'apollo-require-preflight': 'true' },
    fetch: options.fetch,
  });

  const languageLink = new SetContextLink((context) => ({
    headers: { ...context.headers, 'accept-language': options.getLanguage?.() ?? 'ar' },
  }));

  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
    if (toApiError(error).code === 'UNAUTHENTICATED') options.onUnauthenticated?.();
  });

  // Weak connections drop requests: retry reads a few times, never writes.
  const retryLink = new RetryLink({
    delay: { initial: 500, max: 4000, jitter: true },
    attempts: {
      max: 3,
      retryIf: (error, operation) => isQuery(operation) && toApiError(error).code === 'NETWORK',
    },
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionLink, retryLink, languageLink, httpLink]),
    cache: createCache(),
    defaultOptions: { watchQuery: { notifyOnNetworkStatusChange: true } },
  });
}

function isQuery(operation: ApolloLink.Operation): boolean {
  return operation.query.definitions.some(
    (definition) => definition.kind === 'OperationDefinition' && definition.operation === 'query',
  );
}
