import { Role } from '@shuraka/domain';
import { createOrganization, signedIn } from '../../factories';
import { errorCode, fieldErrors, startTestApp, type TestApp } from '../../support/test-app';

describe('request limits and error hygiene', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp();
    admin = (await signedIn(api, Role.ADMIN)).token;
  });
  afterAll(() => api.close());

  it('rejects a query over the complexity budget, counting every alias', async () => {
    const one = `a0: organizations(first: 100) { edges { node { services { id name { ar en } organization { id } } branches { governorate } } } }`;
    const many = `{ ${Array.from({ length: 12 }, (_, index) => one.replace('a0', `a${index}`)).join(' ')} }`;
    const response = await api.gql(many, {}, admin);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/too complex/);
    expect(response.status).toBe(400);
    expect((await api.gql(`{ ${one} }`, {}, admin)).errors).toBeUndefined();
  });

  it('refuses bodies over 1 MB without a server error', async () => {
    const big = JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } });
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: big });
    expect(response.status).toBe(413);
    expect(await response.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses names over 300 characters and notes over 10,000', async () => {
    const organization = await createOrganization(api.dataSource);
    const name = await api.gql(
      `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
      { id: organization.id, input: { name: { ar: 'ا'.repeat(301) } } },
      admin,
    );
    expect(fieldErrors(name)).toEqual([expect.objectContaining({ field: 'name.ar', constraint: 'maxLength' })]);
    const purpose = await api.gql(
      `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { id } }`,
      { input: { name: { ar: 'اتحاد' }, country: 'YE', leadOrganizationId: organization.id, purpose: { ar: 'ب'.repeat(10_001) } } },
      admin,
    );
    expect(fieldErrors(purpose)).toEqual([expect.objectContaining({ field: 'purpose.ar', constraint: 'maxLength' })]);
  });

  it('refuses batched requests and (CSRF prevention) simple-request content types', async () => {
    const batched = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batched.status).toBe(400);
    const plain = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ me { id } }"}' });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/CSRF|preflight/i);
  });

  it('never sends stack traces, even for errors GraphQL itself raises', async () => {
    const responses = [
      await api.gql(`{ nonsense }`, {}, admin),
      await api.gql(`{ organizations(first: "x") { totalCount } }`, {}, admin),
      await api.gql(`mutation { createOrganization }`, {}, admin),
    ];
    for (const response of responses) {
      expect(response.status).toBeLessThan(500);
      expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+/);
    }
  });

  it('answers /health with 200 once the database is reachable', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('query depth limit', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    // A generous cost budget, so that only the depth decides.
    api = await startTestApp({ env: { GRAPHQL_MAX_COMPLEXITY: '100000000' } });
    admin = (await signedIn(api, Role.ADMIN)).token;
  });
  afterAll(() => api.close());

  it('rejects a query deeper than 10 levels before running it', async () => {
    // Ten levels of selection: organizations › edges › node › consortia › members › organization › consortia › members › organization › id.
    const ten = `{ organizations(first: 1) { edges { node { consortia { members { organization { consortia { members { organization { id } } } } } } } } } }`;
    expect((await api.gql(ten, {}, admin)).errors).toBeUndefined();
    const eleven = ten.replace('organization { id }', 'organization { consortia { id } }');
    const response = await api.gql(eleven, {}, admin);
    expect(response.data).toBeUndefined();
    expect(response.errors![0].message).toBe('Query is too deep: 11 levels, at most 10.');
    expect(response.status).toBe(400);
  });

});

describe('per-user request rate limit', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(() => api.close());

  it('answers TOO_MANY_REQUESTS past the budget, for that user only', async () => {
    const first = (await signedIn(api, Role.VIEWER)).token;
    const second = (await signedIn(api, Role.VIEWER)).token;
    for (let request = 0; request < 5; request += 1) expect((await api.gql(`{ me { id } }`, {}, first)).errors).toBeUndefined();
    const over = await api.gql(`{ me { id } }`, {}, first);
    expect(errorCode(over)).toBe('TOO_MANY_REQUESTS');
    expect(over.status).toBe(429);
    expect((await api.gql(`{ me { id } }`, {}, second)).errors).toBeUndefined();
  });
});

describe('production posture', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => api.close());

  it('turns off introspection and GraphiQL', async () => {
    const viewer = (await signedIn(api, Role.VIEWER)).token;
    const introspection = await api.gql(`{ __schema { types { name } } }`, {}, viewer);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors![0].message).toMatch(/introspection/i);
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});
