import { randomUUID } from 'node:crypto';
import { Role } from '@shuraka/domain';
import { createApplicant, createOrganization, createReferral, createService, createUser } from '../factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** The SQLSTATE and constraint of a statement PostgreSQL refuses, or 'accepted'. */
async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'accepted';
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    return `${code} ${constraint}`;
  }
}

describe('invariants kept by the database itself', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('keeps capacity_used between 0 and capacity, whatever writes it', async () => {
    const service = await createService(api.dataSource, (await createOrganization(api.dataSource)).id, { capacity: 2 });
    const update = (sql: string) => () => api.dataSource.query(`UPDATE service SET ${sql} WHERE id = $1`, [service.id]);
    expect(await refusal(update('capacity_used = 3'))).toBe('23514 service_capacity_used_within');
    expect(await refusal(update('capacity_used = 2'))).toBe('accepted');
    expect(await refusal(update('capacity = 1'))).toBe('23514 service_capacity_used_within');
    expect(await refusal(update('capacity_used = -1'))).toBe('23514 service_capacity_non_negative');
  });

  it('refuses a referral whose receiving organisation does not exist (foreign key, ON DELETE RESTRICT)', async () => {
    const coordinator = await createUser(api.dataSource, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const service = await createService(api.dataSource, partner.id);
    const applicant = await createApplicant(api.dataSource, coordinator.id);
    const orphan = await refusal(() => createReferral(api.dataSource, applicant, service, { organizationId: randomUUID() }));
    expect(orphan).toMatch(/^23503 /);
    // RESTRICT: an organisation that received referrals cannot be deleted from under them.
    const [{ fk }] = await api.dataSource.query(
      `SELECT count(*)::int AS fk FROM pg_constraint WHERE contype = 'f' AND conrelid = 'referral'::regclass AND conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = 'referral'::regclass AND attname = 'organization_id')]::int2[] AND confdeltype = 'r'`,
    );
    expect(fk).toBe(1);
  });
});
