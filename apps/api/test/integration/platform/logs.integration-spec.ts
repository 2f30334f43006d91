import { Role } from '@shuraka/domain';
import { Writable } from 'node:stream';
import { signedIn, TEST_PASSWORD, uniqueTag } from '../../factories';
import { errorCode, startTestApp, type TestApp } from '../../support/test-app';
import { failOnceFor, REGISTER, registration } from '../../support/forced-failure';

/** What reaches the log when a request fails inside PostgreSQL, signs in, or carries credentials. */
describe('no personal data in logs', () => {
  let api: TestApp;
  const lines: string[] = [];
  const log = () => lines.join('');

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    api = await startTestApp({ env: { LOG_LEVEL: 'info' }, logStream: stream });
  });
  afterAll(() => api.close());

  it("a database error in registerApplicant is logged usefully, without the applicant's name, phone or national id", async () => {
    const { token } = await signedIn(api, Role.COORDINATOR);
    const applicant = registration();
    await failOnceFor(api, applicant.fullName, async (constraint) => {
      const response = await api.gql(REGISTER, { input: applicant }, token);
      expect(errorCode(response)).toBe('INTERNAL_SERVER_ERROR');

      const text = log();
      const errorLine = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unexpected error in GraphQL request');
      // Still useful: which statement failed where, on which constraint, and the stack.
      expect(errorLine).toMatchObject({ level: 50, err: { type: 'QueryFailedError', code: '23514', constraint, table: 'applicant' } });
      expect(errorLine.err.message).toContain(constraint);
      expect(errorLine.err.query).toMatch(/INSERT INTO "applicant"/);
      expect(errorLine.err.stack).toMatch(/\n\s+at /);
      // Without what PostgreSQL and TypeORM attach to it.
      expect(text).not.toContain(applicant.fullName);
      expect(text).not.toContain(applicant.phone.replace(/\s/g, ''));
      expect(text).not.toContain(applicant.phone.slice(-7));
      expect(text).not.toContain(applicant.nationalId);
      expect(text).not.toMatch(/[0-9a-f]{64}/); // the national id's keyed hash
      expect(text).not.toMatch(/Failing row|"parameters"|"detail"/);
    });
  });

  it('logs one line per request (method, path, status, time), none for /health', async () => {
    const { token } = await signedIn(api, Role.COORDINATOR);
    const tag = uniqueTag();
    await fetch(`${api.url}/health?probe=${tag}`);
    await api.gql('query Me { me { id } }', {}, token);
    await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}&tag=${tag}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    await new Promise((done) => setImmediate(done));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'request completed');
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 30, req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 }, responseTime: expect.any(Number) }),
        expect.objectContaining({ level: 30, req: { method: 'GET', url: '/graphql' }, res: { statusCode: 200 }, responseTime: expect.any(Number) }),
      ]),
    );
    expect(log()).not.toContain(tag);
    expect(entries.some((entry) => (entry.req as { url: string }).url.startsWith('/health'))).toBe(false);
  });

  it('never logs the variables of a sign-in, a bearer token or a session cookie', async () => {
    const password = `wrong-${uniqueTag()}-password`;
    await api.gql('mutation L($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: `nobody-${uniqueTag()}@test.org`, password } });
    const { user, token } = await signedIn(api, Role.ADMIN);
    const login = await api.gql<{ login: { accessToken: string } }>('mutation L($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    const session = login.headers.get('set-cookie') ?? '';
    expect(session).toMatch(/shuraka_session=/);
    await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}&variables=${encodeURIComponent(JSON.stringify({ password }))}`, {
      headers: { authorization: `Bearer ${token}`, cookie: session.split(';')[0], 'apollo-require-preflight': 'true' },
    });
    const text = log();
    expect(text).toContain('"url":"/graphql"');
    expect(text).not.toContain(password);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain(token);
    expect(text).not.toContain(login.data?.login.accessToken);
  });
});
