import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import jwt from 'jsonwebtoken';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { ReferralStatus, Role } from '@shuraka/domain';
import { createDataSource } from '../../../src/database/data-source';
import { EXPIRE_REFERRALS_QUEUE } from '../../../src/modules/referrals/referral-expiry.job';
import { createApplicant, createOrganization, createReferral, createService, createUser, TEST_PASSWORD } from '../../factories';
import { operation, TEST_ENV, type GqlError, type Operation } from '../../support/test-app';

/**
 * Two real API processes (`node apps/api/src/main.ts`, as `npm run dev` starts it) on one database,
 * called over HTTP: limits, capacity and the expiry job must behave as with one process.
 */
const ROOT = resolve(__dirname, '../../../../..');
const LOGIN = operation<{ login: { accessToken: string; user: { id: string } } }>(`mutation L($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`);
const REQUESTS_PER_MINUTE = 40;
const ACCEPT = operation<{ transitionReferral: { id: string; status: string } | null }>(`mutation T($input: TransitionReferralInput!) { transitionReferral(input: $input) { id status } }`);

interface ApiProcess {
  url: string;
  child: ChildProcess;
  output: string[];
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function startApi(port: number, databaseUrl: string): ApiProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TZ: 'UTC',
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: TEST_ENV.JWT_SECRET,
      PII_HASH_KEY: TEST_ENV.PII_HASH_KEY,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      PORTAL_DIR: '/nonexistent',
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_PER_MINUTE: String(REQUESTS_PER_MINUTE),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { url: `http://127.0.0.1:${port}`, child, output };
}

async function waitUntilHealthy(api: ApiProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`the API process exited (${api.child.exitCode}):\n${api.output.join('')}`);
    const healthy = await fetch(`${api.url}/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the API process did not become healthy in ${timeoutMs} ms:\n${api.output.join('')}`);
}

async function stopApi(api: ApiProcess): Promise<void> {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  const exited = new Promise<void>((done) => api.child.once('exit', () => done()));
  api.child.kill('SIGTERM');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function gql<T = unknown>(api: ApiProcess, query: string | Operation<T>, variables: Record<string, unknown>, options: { token?: string; address?: string } = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.address ? { 'x-forwarded-for': options.address } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GqlError[] };
  return { status: response.status, data: body.data, code: body.errors?.[0]?.extensions?.code };
}

const tokenFor = (userId: string) => jwt.sign({ ver: 0 }, TEST_ENV.JWT_SECRET, { algorithm: 'HS256', subject: userId, expiresIn: 600 });
const randomAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

describe('two API processes on one database', () => {
  const databaseUrl = process.env.TEST_DATABASE_URL!;
  let dataSource: DataSource;
  const apis: ApiProcess[] = [];

  beforeAll(async () => {
    dataSource = createDataSource({ url: databaseUrl, poolSize: 4 });
    await dataSource.initialize();
    for (const port of [await freePort(), await freePort()]) apis.push(startApi(port, databaseUrl));
    await Promise.all(apis.map((api) => waitUntilHealthy(api, 120_000)));
  }, 150_000);

  afterAll(async () => {
    await Promise.all(apis.map(stopApi));
    await dataSource?.destroy();
  }, 30_000);

  it('count sign-in attempts together: 20 wrong attempts spread over both reach the password check 10 times', async () => {
    const user = await createUser(dataSource, Role.ADMIN);
    const attacker = randomAddress();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => gql(apis[index % 2], LOGIN, { input: { email: user.email, password: 'guess' } }, { address: attacker })),
    );
    const codes = results.map((result) => result.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(10);
    // The limit holds on either process for the attacker, and neither locks out the owner elsewhere.
    for (const api of apis) {
      expect((await gql(api, LOGIN, { input: { email: user.email, password: TEST_PASSWORD } }, { address: attacker })).code).toBe('TOO_MANY_REQUESTS');
    }
    const owner = await gql(apis[1], LOGIN, { input: { email: user.email, password: TEST_PASSWORD } }, { address: randomAddress() });
    expect(owner.data?.login.user.id).toBe(user.id);
  });

  it('count a user\'s requests together: 50 spread over both, 40 a minute allowed', async () => {
    const token = tokenFor((await createUser(dataSource, Role.VIEWER)).id);
    const results = await Promise.all(Array.from({ length: 50 }, (_, index) => gql<{ me: { id: string } | null }>(apis[index % 2], `{ me { id } }`, {}, { token })));
    expect(results.filter((result) => result.data?.me?.id)).toHaveLength(REQUESTS_PER_MINUTE);
    expect(results.filter((result) => result.code === 'TOO_MANY_REQUESTS')).toHaveLength(50 - REQUESTS_PER_MINUTE);
  });

  it('never accept more referrals than the capacity when acceptances race on both', async () => {
    const coordinator = await createUser(dataSource, Role.COORDINATOR);
    const partner = await createOrganization(dataSource);
    const staff = await createUser(dataSource, Role.PARTNER_STAFF, partner.id);
    const service = await createService(dataSource, partner.id, { capacity: 3 });
    const referrals = [];
    for (let index = 0; index < 20; index += 1) {
      referrals.push(await createReferral(dataSource, await createApplicant(dataSource, coordinator.id), service));
    }
    const token = tokenFor(staff.id);
    const results = await Promise.all(
      referrals.map((referral, index) => gql(apis[index % 2], ACCEPT, { input: { referralId: referral.id, to: 'ACCEPTED' } }, { token })),
    );
    expect(results.filter((result) => result.data?.transitionReferral?.status === 'ACCEPTED')).toHaveLength(3);
    expect(results.filter((result) => result.code === 'CONFLICT')).toHaveLength(17);
    const [row] = await dataSource.query(
      `SELECT s.capacity_used, (SELECT count(*)::int FROM referral r WHERE r.service_id = s.id AND r.status = 'ACCEPTED') AS accepted FROM service s WHERE s.id = $1`,
      [service.id],
    );
    expect(row).toEqual({ capacity_used: 3, accepted: 3 });
  });

  it('expire overdue referrals exactly once with the expiry job running in both', async () => {
    const coordinator = await createUser(dataSource, Role.COORDINATOR);
    const partner = await createOrganization(dataSource);
    const service = await createService(dataSource, partner.id, { decisionDays: 7 });
    const longAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    const overdue = [];
    for (let index = 0; index < 10; index += 1) {
      overdue.push(await createReferral(dataSource, await createApplicant(dataSource, coordinator.id), service, { createdAt: longAgo }));
    }
    const fresh = await createReferral(dataSource, await createApplicant(dataSource, coordinator.id), service, { status: ReferralStatus.ACKNOWLEDGED });

    // Several runs queued at once, as schedules firing on several processes would: both workers take some.
    const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 1, supervise: false, schedule: false, migrate: false });
    await boss.start();
    let jobIds: string[];
    try {
      jobIds = (await Promise.all(Array.from({ length: 8 }, () => boss.send(EXPIRE_REFERRALS_QUEUE, {})))).filter((id): id is string => id !== null);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    expect(jobIds).toHaveLength(8);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [{ open }] = await dataSource.query(`SELECT count(*)::int AS open FROM pgboss.job WHERE id = ANY($1) AND state <> 'completed'`, [jobIds]);
      if (open === 0) break;
      if (Date.now() > deadline) throw new Error(`${open} expiry jobs did not complete`);
      await new Promise((done) => setTimeout(done, 200));
    }

    const ids = overdue.map((referral) => referral.id);
    const statuses: Array<{ status: string }> = await dataSource.query('SELECT status FROM referral WHERE id = ANY($1)', [ids]);
    expect(statuses.map((row) => row.status)).toEqual(Array(10).fill('EXPIRED'));
    const events: Array<{ referral_id: string; n: number }> = await dataSource.query(
      `SELECT referral_id, count(*)::int AS n FROM referral_event WHERE referral_id = ANY($1) AND to_status = 'EXPIRED' GROUP BY referral_id`,
      [ids],
    );
    expect(events).toHaveLength(10);
    expect(events.every((row) => row.n === 1)).toBe(true);
    const [{ status }] = await dataSource.query('SELECT status FROM referral WHERE id = $1', [fresh.id]);
    expect(status).toBe('ACKNOWLEDGED');
  });
});
