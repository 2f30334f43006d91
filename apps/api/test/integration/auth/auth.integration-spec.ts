import { createHash, randomInt, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Role } from '@shuraka/domain';
import { AuthService } from '../../../src/modules/auth/auth.service';
import { createOrganization, createUser, signedIn, TEST_PASSWORD } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, TEST_ENV, type GqlResponse, type TestApp } from '../../support/test-app';

type User = { id: string; email: string; role: string; organization: { id: string } | null };
type LoginData = { login: { accessToken: string; user: User } };
type MeData = { me: { id: string; email: string; role: string; displayName: string } };

const LOGIN = operation<LoginData>(`mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id email role organization { id } } } }`);
const ME = operation<MeData>(`query { me { id email role displayName } }`);
const CREATE_USER = operation<{ createUser: User }>(
  `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id email role organization { id } } }`,
);

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
    expect(((await byCookie.json()) as Pick<GqlResponse<MeData>, 'data'>).data!.me.id).toBe(user.id);
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
    api = await startTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3', LOGIN_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '3' } });
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

/** A login from a given client address (the test app trusts X-Forwarded-For from loopback). */
async function loginFrom(api: TestApp, address: string, email: string, password: string): Promise<GqlResponse<LoginData>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as Pick<GqlResponse<LoginData>, 'data' | 'errors'>;
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

const randomAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
/** The row of a login limit key, as RateLimits stores it (hashed). */
const limitKey = (prefix: string, raw: string) => `${prefix}:${createHash('sha256').update(raw).digest('base64url')}`;

describe('sign-in under attack (limits counted in PostgreSQL before the password is checked)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('lets at most 10 of 40 parallel wrong attempts reach the password check, and the owner still signs in from elsewhere', async () => {
    const admin = await createUser(api.dataSource, Role.ADMIN);
    const attacker = randomAddress();
    const checks = jest.spyOn(api.app.get(AuthService), 'checkPassword');
    try {
      const results = await Promise.all(Array.from({ length: 40 }, () => loginFrom(api, attacker, admin.email, 'guessed password')));
      expect(checks).toHaveBeenCalledTimes(10);
      const codes = results.map((result) => result.errors?.[0]?.extensions?.code);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
      expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(30);
      expect(results.every((result) => result.status < 500)).toBe(true);

      // The attacker's address stays blocked, even with the right password ...
      checks.mockClear();
      expect((await loginFrom(api, attacker, admin.email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(checks).not.toHaveBeenCalled();
      // ... but the administrator, elsewhere, is not locked out.
      const owner = await loginFrom(api, randomAddress(), admin.email, TEST_PASSWORD);
      expect(owner.errors).toBeUndefined();
      expect(owner.data!.login.user.id).toBe(admin.id);
    } finally {
      checks.mockRestore();
    }
  });
});

describe('sign-in back-off', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '2', LOGIN_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100' } });
  });
  afterAll(() => api.close());

  it('blocks longer each time an (address, account) uses up its attempts again, and a success starts over', async () => {
    const user = await createUser(api.dataSource, Role.VIEWER);
    const address = randomAddress();
    const pairKey = limitKey('login-pair', `p:${address}|${user.email}`);
    const exhaust = async () => {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        expect((await loginFrom(api, address, user.email, 'wrong')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const blocked = await loginFrom(api, address, user.email, 'wrong');
      expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      return blocked.errors![0].extensions!.retryAfterSeconds as number;
    };
    // Ending a block early stands in for waiting it out.
    const endBlock = () => api.dataSource.query('UPDATE rate_limit SET expire = 0 WHERE key = $1', [pairKey]);

    expect(await exhaust()).toBe(60);
    await endBlock();
    expect(await exhaust()).toBe(120);
    await endBlock();
    expect(await exhaust()).toBe(240);
    await endBlock();

    // One wrong attempt, then the right password: the count and the back-off start over.
    expect((await loginFrom(api, address, user.email, 'wrong')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await loginFrom(api, address, user.email, TEST_PASSWORD)).errors).toBeUndefined();
    expect(await exhaust()).toBe(60);
  });
});

describe('sessions end on logout and deactivation; odd tokens are refused', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('logout revokes the token it was called with (and every other token of that user)', async () => {
    const user = await createUser(api.dataSource, Role.COORDINATOR);
    const first = (await api.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } })).data!.login.accessToken;
    const second = (await api.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } })).data!.login.accessToken;
    expect((await api.gql(ME, {}, first)).data!.me.id).toBe(user.id);
    expect((await api.gql(`mutation { logout }`, {}, first)).data).toEqual({ logout: true });
    for (const token of [first, second]) {
      const after = await api.gql(ME, {}, token);
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
      expect(after.errors![0].message).toMatch(/session has ended/);
    }
    const again = (await api.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } })).data!.login.accessToken;
    expect((await api.gql(ME, {}, again)).data!.me.id).toBe(user.id);
  });

  it('deactivateUser (ADMIN) ends the user\'s sessions at once and refuses their sign-in', async () => {
    const { user: admin, token: adminToken } = await signedIn(api, Role.ADMIN);
    const user = await createUser(api.dataSource, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id);
    const session = (await api.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } })).data!.login.accessToken;
    expect((await api.gql(ME, {}, session)).errors).toBeUndefined();

    const DEACTIVATE = operation<{ deactivateUser: { id: string; email: string } }>(`mutation D($id: ID!) { deactivateUser(id: $id) { id email } }`);
    expect(errorCode(await api.gql(DEACTIVATE, { id: user.id }, session))).toBe('FORBIDDEN');
    expect((await api.gql(DEACTIVATE, { id: user.id }, adminToken)).data!.deactivateUser.id).toBe(user.id);
    expect(errorCode(await api.gql(ME, {}, session))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } }))).toBe('UNAUTHENTICATED');
    // Switched back on directly in the database, the old token still does not work.
    await api.dataSource.query('UPDATE app_user SET active = true WHERE id = $1', [user.id]);
    expect(errorCode(await api.gql(ME, {}, session))).toBe('UNAUTHENTICATED');

    expect(errorCode(await api.gql(DEACTIVATE, { id: admin.id }, adminToken))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(DEACTIVATE, { id: randomUUID() }, adminToken))).toBe('NOT_FOUND');
  });

  it('answers UNAUTHENTICATED, never a server error, to a token without expiry, with a subject that is not a UUID, or without a version', async () => {
    const user = await createUser(api.dataSource, Role.VIEWER);
    const secret = TEST_ENV.JWT_SECRET;
    const tokens = [
      jwt.sign({ ver: 0 }, secret, { algorithm: 'HS256', subject: user.id }),
      jwt.sign({ ver: 0 }, secret, { algorithm: 'HS256', subject: 'not-a-uuid', expiresIn: 600 }),
      jwt.sign({ ver: 0 }, secret, { algorithm: 'HS256', subject: "x' OR 1=1 --", expiresIn: 600 }),
      jwt.sign({ ver: 0, sub: 42 }, secret, { algorithm: 'HS256', expiresIn: 600 }),
      jwt.sign({}, secret, { algorithm: 'HS256', subject: user.id, expiresIn: 600 }),
    ];
    for (const token of tokens) {
      const response = await api.gql(ME, {}, token);
      expect(response.status).toBeLessThan(500);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    }
    // The same claims, well formed, do authenticate: the refusals above are about the shape.
    const good = jwt.sign({ ver: 0 }, secret, { algorithm: 'HS256', subject: user.id, expiresIn: 600 });
    expect((await api.gql(ME, {}, good)).data!.me.id).toBe(user.id);
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
