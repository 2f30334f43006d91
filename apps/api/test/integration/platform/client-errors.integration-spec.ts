import { Role } from '@shuraka/domain';
import { signedIn } from '../../factories';
import { errorCode, fieldErrors, startTestApp, type GqlResponse, type TestApp } from '../../support/test-app';

const TYPO_FIELD = `{ me { emial } }`;
const TYPO_ENUM = `{ organizations(filter: { kind: NGOO }) { totalCount } }`;
const TYPO_VARIABLE = `mutation L($input: LoginInput!) { login(input: $input) { accessToken } }`;
const TYPO_INPUT = { input: { emial: 'someone@example.org', email: 'someone@example.org', password: 'x' } };

/** Every message a response carries, field errors included. */
const messages = (response: GqlResponse) => JSON.stringify([response.errors?.map((error) => error.message), fieldErrors(response)]);

describe('requests Shuraka does not serve get client errors', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    token = (await signedIn(api, Role.VIEWER)).token;
  });
  afterAll(() => api.close());

  async function post(body: unknown) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> }) };
  }

  it('answers persisted queries, with a wrong hash or none, PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    for (const body of [
      { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'not-the-hash-of-the-query' } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } } },
      { query: '{ me { id } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } },
    ]) {
      const response = await post(body);
      // 200 is Apollo's answer here, so that clients using persisted queries fall back to plain ones.
      expect(response.status).toBe(200);
      expect(response.errors).toEqual([{ message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }]);
    }
  });

  it('refuses subscription operations at validation', async () => {
    const response = await api.gql(`subscription { me { id } }`, {}, token);
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).toBe('This API serves no subscription operations.');
  });

  it('suggests field names outside production', async () => {
    expect(messages(await api.gql(TYPO_FIELD, {}, token))).toMatch(/Did you mean \\"email\\"\?/);
    expect(messages(await api.gql(TYPO_ENUM, {}, token))).toMatch(/Did you mean the enum value \\"NGO\\"\?/);
    expect(messages(await api.gql(TYPO_VARIABLE, TYPO_INPUT))).toMatch(/Did you mean \\"email\\"\?/);
  });
});

describe('field suggestions in production', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp({ env: { NODE_ENV: 'production' } });
    token = (await signedIn(api, Role.VIEWER)).token;
  });
  afterAll(() => api.close());

  it('are not sent: they would give away the schema that disabled introspection hides', async () => {
    const field = await api.gql(TYPO_FIELD, {}, token);
    expect(errorCode(field)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(field.errors![0].message).toBe('Cannot query field "emial" on type "User".');
    const enumValue = await api.gql(TYPO_ENUM, {}, token);
    expect(enumValue.errors![0].message).toBe('Value "NGOO" does not exist in "OrganizationKind" enum.');
    // Variables are checked while executing, past validation: the error formatter removes these.
    const variable = await api.gql(TYPO_VARIABLE, TYPO_INPUT);
    expect(errorCode(variable)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(variable)).toEqual([expect.objectContaining({ field: 'emial', constraint: 'whitelistValidation' })]);
    for (const response of [field, enumValue, variable]) expect(messages(response)).not.toMatch(/Did you mean/);
  });
});
