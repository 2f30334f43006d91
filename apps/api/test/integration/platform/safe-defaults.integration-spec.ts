import { Role } from '@shuraka/domain';
import { signedIn, TEST_PASSWORD } from '../../factories';
import { failOnceFor, REGISTER, registration } from '../../support/forced-failure';
import { errorCode, startTestApp, type TestApp } from '../../support/test-app';

const LOGIN = 'mutation L($input: LoginInput!) { login(input: $input) { accessToken } }';

/** Signs in over HTTP with extra headers; returns the session cookie as set. */
async function sessionCookie(api: TestApp, email: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password: TEST_PASSWORD } } }),
  });
  const cookie = response.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^shuraka_session=/);
  return cookie;
}

/**
 * What the API does when nothing says otherwise: NODE_ENV unset, as `npm start` and
 * `node dist/.../main.js` run it (the process test checks the same headers on the real `npm start`).
 */
describe('safe by default (NODE_ENV unset)', () => {
  let api: TestApp;
  beforeAll(async () => {
    // No proxy is trusted (the test apps trust loopback's X-Forwarded-For by default).
    api = await startTestApp({ env: { NODE_ENV: '', TRUST_PROXY: '' } });
  });
  afterAll(() => api.close());

  it('sends CSP and the other helmet headers', async () => {
    const response = await fetch(`${api.url}/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses introspection and does not serve GraphiQL', async () => {
    const { token } = await signedIn(api, Role.ADMIN);
    const introspection = await api.gql('{ __schema { queryType { name } } }', {}, token);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });

  it('answers an unexpected error with a generic message, no detail', async () => {
    const { token } = await signedIn(api, Role.COORDINATOR);
    const applicant = registration();
    await failOnceFor(api, applicant.fullName, async (constraint) => {
      const response = await api.gql(REGISTER, { input: applicant }, token);
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
      expect(response.errors).toEqual([{ message: 'Internal server error', path: ['registerApplicant'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(response)).not.toContain(constraint);
    });
  });

  it('does not believe X-Forwarded-Proto without TRUST_PROXY (anyone can send it)', async () => {
    const { user } = await signedIn(api, Role.VIEWER);
    expect(await sessionCookie(api, user.email, { 'x-forwarded-proto': 'https' })).not.toMatch(/;\s*Secure/i);
  });
});

describe('behind a trusted proxy (TRUST_PROXY=1)', () => {
  let behindProxy: TestApp;
  beforeAll(async () => {
    behindProxy = await startTestApp({ env: { NODE_ENV: '', TRUST_PROXY: '1' } });
  });
  afterAll(() => behindProxy.close());

  it('marks the session cookie Secure when the proxy reports HTTPS, and not otherwise', async () => {
    const { user } = await signedIn(behindProxy, Role.VIEWER);
    const https = { 'x-forwarded-proto': 'https' };
    expect(await sessionCookie(behindProxy, user.email, https)).toMatch(/;\s*Secure/i);
    expect(await sessionCookie(behindProxy, user.email)).not.toMatch(/;\s*Secure/i);
    const loggedOut = await fetch(`${behindProxy.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...https },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(loggedOut.headers.get('set-cookie')).toMatch(/shuraka_session=;.*Secure/i);
  });

});

describe('COOKIE_SECURE=true', () => {
  it('marks the cookie Secure over plain HTTP too', async () => {
    const forced = await startTestApp({ env: { NODE_ENV: '', COOKIE_SECURE: 'true' } });
    try {
      const { user } = await signedIn(forced, Role.VIEWER);
      expect(await sessionCookie(forced, user.email)).toMatch(/;\s*Secure/i);
    } finally {
      await forced.close();
    }
  });
});

/** The contrast that shows the checks above can fail: `npm run dev`'s posture. */
describe('development posture (npm run dev)', () => {
  let development: TestApp;
  beforeAll(async () => {
    development = await startTestApp({ env: { NODE_ENV: 'development' } });
  });
  afterAll(() => development.close());

  it('allows introspection, leaves CSP off for GraphiQL and shows error details', async () => {
    const { token } = await signedIn(development, Role.COORDINATOR);
    expect((await development.gql('{ __schema { queryType { name } } }', {}, token)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await fetch(`${development.url}/health`)).headers.get('content-security-policy')).toBeNull();
    const applicant = registration();
    await failOnceFor(development, applicant.fullName, async (constraint) => {
      const response = await development.gql(REGISTER, { input: applicant }, token);
      expect(response.errors?.[0].message).toContain(constraint);
    });
  });
});
