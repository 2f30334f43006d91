import { Client } from 'pg';
import { Role } from '@shuraka/domain';
import { createOrganization, createService, signedIn } from '../../factories';
import { errorCode, operation, startTestApp, type TestApp } from '../../support/test-app';

const UPDATE = operation<{ updateService: { id: string; capacity: number } }>(`mutation($id: ID!) { updateService(id: $id, input: { capacity: 7 }) { id capacity } }`);

/** Holds a row lock from outside the API, so that the API's statement on that row waits. */
async function lockServiceRow(serviceId: string): Promise<Client> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT id FROM service WHERE id = $1 FOR UPDATE', [serviceId]);
  return client;
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await run();
  return { result, ms: Date.now() - started };
}

describe('time limits', () => {
  describe('statement_timeout (DB_STATEMENT_TIMEOUT_MS)', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ env: { DB_STATEMENT_TIMEOUT_MS: '300', REQUEST_TIMEOUT_MS: '20000' } });
    });
    afterAll(() => api.close());

    it('cancels a statement that runs too long on the API’s connections', async () => {
      const { result, ms } = await timed(() => api.dataSource.query('SELECT pg_sleep(5)').then(() => 'finished', (error: { code?: string }) => error.code));
      expect(result).toBe('57014');
      expect(ms).toBeLessThan(3000);
      expect(await api.dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    });

    it('gives a GraphQL request stuck on a lock a clean SERVICE_UNAVAILABLE error, writes nothing, and frees the connection', async () => {
      const admin = await signedIn(api, Role.ADMIN);
      const service = await createService(api.dataSource, (await createOrganization(api.dataSource)).id, { capacity: 3 });
      const blocker = await lockServiceRow(service.id);
      try {
        const { result, ms } = await timed(() => api.gql(UPDATE, { id: service.id }, admin.token));
        expect(result.status).toBe(200);
        expect(errorCode(result)).toBe('SERVICE_UNAVAILABLE');
        expect(JSON.stringify(result.errors)).not.toMatch(/pg_|statement|stack/i);
        expect(ms).toBeLessThan(3000);
      } finally {
        await blocker.query('ROLLBACK');
        await blocker.end();
      }
      const [{ capacity }] = await api.dataSource.query('SELECT capacity FROM service WHERE id = $1', [service.id]);
      expect(capacity).toBe(3);
      // Every pooled connection is usable again (10 at once, the pool's size), each on a row of its
      // own: updates of one row would queue behind each other and meet the 300 ms limit on a busy machine.
      const others = await Promise.all(Array.from({ length: 10 }, async () => (await createService(api.dataSource, service.organizationId, { capacity: 3 })).id));
      const answers = await Promise.all(others.map((id) => api.gql<{ updateService: { capacity: number } }>(UPDATE, { id }, admin.token)));
      expect(answers.map((answer) => answer.data?.updateService.capacity)).toEqual(Array(10).fill(7));
    });
  });

  describe('request timeout (REQUEST_TIMEOUT_MS)', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ env: { DB_STATEMENT_TIMEOUT_MS: '4000', REQUEST_TIMEOUT_MS: '500' } });
    });
    afterAll(() => api.close());

    it('answers 503 with a JSON error when a request is not done in time, and keeps serving others', async () => {
      const admin = await signedIn(api, Role.ADMIN);
      const service = await createService(api.dataSource, (await createOrganization(api.dataSource)).id, { capacity: 3 });
      const blocker = await lockServiceRow(service.id);
      try {
        const { result, ms } = await timed(() => api.gql(UPDATE, { id: service.id }, admin.token));
        expect(result.status).toBe(503);
        expect(result.headers.get('retry-after')).toBe('5');
        expect(errorCode(result)).toBe('SERVICE_UNAVAILABLE');
        expect(ms).toBeGreaterThanOrEqual(450);
        expect(ms).toBeLessThan(2500);
        const health = await fetch(`${api.url}/health`);
        expect(health.status).toBe(200);
      } finally {
        await blocker.query('ROLLBACK');
        await blocker.end();
      }
      const fine = await api.gql<{ me: { id: string } }>(`{ me { id } }`, {}, admin.token);
      expect(fine.data?.me.id).toBe(admin.user.id);
    });
  });
});
