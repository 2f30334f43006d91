import { describe, expect, it, vi } from 'vitest';
import { ME_QUERY } from '../modules/auth/graphql/auth.graphql';
import { ORGANIZATIONS_QUERY } from '../modules/organizations/graphql/organizations.graphql';
import { graphQLError, graphqlFetch } from '../test/graphql-fetch';
import { createApolloClient } from './apollo-client';

const me = {
  __typename: 'User',
  id: 'u1',
  email: 'admin@shuraka.test',
  displayName: 'Admin',
  role: 'ADMIN',
  organization: null,
};

describe('createApolloClient', () => {
  it('posts to /graphql with the session cookie, the CSRF header and the UI language, and no token', async () => {
    const api = graphqlFetch({ Me: () => ({ data: { me } }) });
    const client = createApolloClient({ fetch: api.fetch, getLanguage: () => 'en' });
    await client.query({ query: ME_QUERY });

    expect(api.requests).toHaveLength(1);
    const [request] = api.requests;
    expect(request.url).toBe('/graphql');
    expect(request.credentials).toBe('include');
    expect(request.headers.get('apollo-require-preflight')).toBe('true');
    expect(request.headers.get('accept-language')).toBe('en');
    expect(request.headers.get('authorization')).toBeNull();
  });

  it('reports a lost session on ordinary requests, but not on the session check itself', async () => {
    const onUnauthenticated = vi.fn();
    const api = graphqlFetch({
      Me: () => graphQLError('UNAUTHENTICATED'),
      Organizations: () => graphQLError('UNAUTHENTICATED'),
    });
    const client = createApolloClient({ fetch: api.fetch, onUnauthenticated });

    await expect(client.query({ query: ME_QUERY })).rejects.toThrow();
    expect(onUnauthenticated).not.toHaveBeenCalled();

    await expect(client.query({ query: ORGANIZATIONS_QUERY, variables: { first: 20 } })).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('retries a query whose connection dropped, then succeeds', async () => {
    let calls = 0;
    const fetch = vi.fn(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({ data: { me } }), { headers: { 'content-type': 'application/json' } });
    });
    const client = createApolloClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    const result = await client.query({ query: ME_QUERY });
    expect(result.data?.me.displayName).toBe('Admin');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
