import { describe, expect, it } from 'vitest';
import { LOGIN, ME_QUERY } from '../modules/auth/graphql/auth.graphql';
import { toApiError } from '../shared/utils/api-errors';
import { graphQLError, graphqlFetch } from '../test/graphql-fetch';
import { createApolloClient } from './apollo-client';
import { createSessionApi } from './session-api';

const me = { id: 'u1', email: 'admin@shuraka.test', displayName: 'Admin', role: 'ADMIN', organization: null };

describe('createSessionApi (the requests of the sign-in page, without Apollo Client)', () => {
  it('sends what the Apollo client sends: /graphql, the session cookie, the CSRF header, the language, no token', async () => {
    const viaApollo = graphqlFetch({ Me: () => ({ data: { me } }) });
    await createApolloClient({ fetch: viaApollo.fetch, getLanguage: () => 'en' }).query({ query: ME_QUERY });
    const viaSessionApi = graphqlFetch({ Me: () => ({ data: { me } }) });
    const answer = await createSessionApi({ fetch: viaSessionApi.fetch, getLanguage: () => 'en' }).request(ME_QUERY);

    expect(answer.me.email).toBe('admin@shuraka.test');
    const [apollo] = viaApollo.requests;
    const [plain] = viaSessionApi.requests;
    for (const request of [apollo, plain]) {
      expect(request.url).toBe('/graphql');
      expect(request.credentials).toBe('include');
      expect(request.headers.get('apollo-require-preflight')).toBe('true');
      expect(request.headers.get('accept-language')).toBe('en');
      expect(request.headers.get('authorization')).toBeNull();
    }
    expect(plain.operationName).toBe(apollo.operationName);
  });

  it('throws what toApiError reads, with the codes and field errors of the API', async () => {
    const api = createSessionApi({
      fetch: graphqlFetch({
        Me: () => graphQLError('UNAUTHENTICATED'),
        Login: () => graphQLError('BAD_USER_INPUT', 'Invalid', { fieldErrors: [{ field: 'email', message: 'must be an email' }] }),
      }).fetch,
      retryDelaysMs: [],
    });
    const session = await api.request(ME_QUERY).catch((error: unknown) => toApiError(error));
    expect(session).toMatchObject({ code: 'UNAUTHENTICATED' });
    const login = await api.request(LOGIN, { input: { email: 'x', password: 'y' } }).catch((error: unknown) => toApiError(error));
    expect(login).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'email', message: 'must be an email' }] });
  });

  it('retries a query whose connection dropped, never a write', async () => {
    let meCalls = 0;
    let loginCalls = 0;
    const dropping = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
      if (operationName === 'Login') loginCalls += 1;
      if (operationName === 'Me' && ++meCalls === 3) return new Response(JSON.stringify({ data: { me } }), { status: 200 });
      throw new TypeError('Failed to fetch');
    };
    const api = createSessionApi({ fetch: dropping as typeof fetch, retryDelaysMs: [1, 1] });

    expect((await api.request(ME_QUERY)).me.id).toBe('u1');
    expect(meCalls).toBe(3);
    const login = await api.request(LOGIN, { input: { email: 'x', password: 'y' } }).catch((error: unknown) => toApiError(error));
    expect(login).toMatchObject({ code: 'NETWORK' });
    expect(loginCalls).toBe(1);
  });

  it('reads an HTML page from a proxy as "the API was not reached"', async () => {
    const proxy = async () => new Response('<html>gateway</html>', { status: 502 });
    const error = await createSessionApi({ fetch: proxy as typeof fetch, retryDelaysMs: [] })
      .request(ME_QUERY)
      .catch((failure: unknown) => toApiError(failure));
    expect(error).toMatchObject({ code: 'NETWORK' });
  });
});
