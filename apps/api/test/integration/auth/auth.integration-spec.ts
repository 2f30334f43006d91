import { Role } from '@shuraka/domain';
import { createOrganization, createUser, signedIn, TEST_PASSWORD } from '../../factories';
import { errorCode, fieldErrors, startTestApp, type TestApp } from '../../support/test-app';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id email role organization { id } } } }`;
const ME = `query { me { id email role displayName } }`;
const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id email role organization { id } } }`;

describe('sign-in', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('returns a token that authenticates `me`, and sets an httpOnly session cookie', async () => {
    const user = await createUser(api.dataSource, Role.COORDINATOR);
    const login = await api.gql(LOGIN, { input: { email: user.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user).toMatchObject({ id: user.id, role: 'COORDINATOR' });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/shuraka_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);

    const me = await api.gql(ME, {}, login.data!.login.accessToken);
    expect(me.data!.me).toMatchObject({ id: user.id, email: user.email, role: 'COORDINATOR' });

    const byCookie = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await byCookie.json()) as any).data.me.id).toBe(user.id);
  });

  it('refuses a wrong password, an unknown email, a missing and a forged token with UNAUTHENTICATED', async () => {
    const user = await createUser(api.dataSource, Role.VIEWER);
    expect(errorCode(await api.gql(LOGIN, { input: { email: user.email, password: 'wrong password' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(LOGIN, { input: { email: 'nobody@test.shuraka.org', password: 'x' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(ME, {}, 'not.a.token'))).toBe('UNAUTHENTICATED');
    const forged = api.tokenFor(user.id).slice(0, -2) + 'xx';
    expect(errorCode(await api.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
  });

  it('logout clears the session cookie', async () => {
    const response = await api.gql(`mutation { logout }`);
    expect(response.data).toEqual({ logout: true });
    expect(response.headers.get('set-cookie')).toMatch(/shuraka_session=;.*Expires=Thu, 01 Jan 1970/);
  });
});

describe('sign-in rate limits', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => api.close());

  it('blocks an email after its failed attempts, even with the right password, and then the address too', async () => {
    const user = await createUser(api.dataSource, Role.VIEWER);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(errorCode(await api.gql(LOGIN, { input: { email: user.email, password: 'wrong' } }))).toBe('UNAUTHENTICATED');
    }
    const blocked = await api.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);

    // The three failures came from this address, so another account is refused from here as well.
    const other = await createUser(api.dataSource, Role.VIEWER);
    expect(errorCode(await api.gql(LOGIN, { input: { email: other.email, password: TEST_PASSWORD } }))).toBe('TOO_MANY_REQUESTS');
  });
});

describe('createUser', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('lets an ADMIN create a partner staff member who can then sign in', async () => {
    const { token } = await signedIn(api, Role.ADMIN);
    const organization = await createOrganization(api.dataSource);
    const email = `staff-${Date.now()}@test.shuraka.org`;
    const created = await api.gql(
      CREATE_USER,
      { input: { email, password: 'a-long-password', displayName: 'خولة', role: 'PARTNER_STAFF', organizationId: organization.id } },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser).toMatchObject({ email, role: 'PARTNER_STAFF', organization: { id: organization.id } });
    const login = await api.gql(LOGIN, { input: { email, password: 'a-long-password' } });
    expect(login.data!.login.user.email).toBe(email);
  });

  it('is FORBIDDEN to other roles', async () => {
    for (const role of [Role.COORDINATOR, Role.PARTNER_STAFF, Role.COMMITTEE_MEMBER, Role.VIEWER]) {
      const { token } = await signedIn(api, role);
      const response = await api.gql(
        CREATE_USER,
        { input: { email: `x-${role}@test.shuraka.org`, password: 'a-long-password', displayName: 'x', role: 'ADMIN' } },
        token,
      );
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    }
  });

  it('names each bad field and refuses a duplicate email with CONFLICT', async () => {
    const { token } = await signedIn(api, Role.ADMIN);
    const bad = await api.gql(CREATE_USER, { input: { email: 'not-an-email', password: 'short', displayName: '', role: 'PARTNER_STAFF' } }, token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(bad).map((error) => error.field).sort()).toEqual(['displayName', 'email', 'password']);

    const noOrganization = await api.gql(
      CREATE_USER,
      { input: { email: 'staff-without-org@test.shuraka.org', password: 'a-long-password', displayName: 'x', role: 'PARTNER_STAFF' } },
      token,
    );
    expect(fieldErrors(noOrganization)).toEqual([expect.objectContaining({ field: 'organizationId', constraint: 'isNotEmpty' })]);

    const existing = await createUser(api.dataSource, Role.VIEWER);
    const duplicate = await api.gql(
      CREATE_USER,
      { input: { email: existing.email, password: 'a-long-password', displayName: 'x', role: 'VIEWER' } },
      token,
    );
    expect(errorCode(duplicate)).toBe('CONFLICT');
  });
});
