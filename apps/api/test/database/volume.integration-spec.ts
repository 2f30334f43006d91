import { Client } from 'pg';
import { ReferralStatus } from '@shuraka/domain';
import { generateVolume, type VolumeHandles } from '../../bench/volume/generate';
import { applicantSearchText } from '../../src/modules/applicants/applicants.service';
import { SYSTEM_USER_ID } from '../../src/modules/users/system-user';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { operation, startTestApp, type TestApp } from '../support/test-app';

interface Connection {
  totalCount?: number;
  edges: Array<{ cursor: string; node: { id: string; fullName: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const APPLICANTS = operation<{ applicants: Connection }>(`query A($filter: ApplicantFilter, $first: Int, $after: String, $withCount: Boolean! = true) {
  applicants(filter: $filter, first: $first, after: $after) { totalCount @include(if: $withCount) edges { cursor node { id fullName } } pageInfo { hasNextPage endCursor } }
}`);
const APPLICANT = operation<{ applicant: { id: string } }>(`query One($id: ID!) { applicant(id: $id) { id } }`);
const INBOX = operation<{ referrals: { totalCount: number; edges: Array<{ node: { id: string; organization: { id: string } } }> }; referralStatusCounts: Array<{ key: string; count: number }> }>(
  `query Inbox { referrals(first: 50) { totalCount edges { node { id organization { id } } } } referralStatusCounts { key count } }`,
);

const SIZE = { applicants: 2_000, referrals: 2_000, organizations: 20, services: 40, coordinators: 5, seed: 3 };

/** The generator's output at a small size: the app's invariants hold, and the lists answer through GraphQL with the right counts. */
describe('volume generator (2,000 applicants, 2,000 referrals)', () => {
  let scratch: ScratchDatabase;
  let db: Client;
  let api: TestApp;
  let handles: VolumeHandles;

  beforeAll(async () => {
    scratch = await scratchDatabase('volume');
    db = new Client({ connectionString: scratch.url });
    await db.connect();
    handles = await generateVolume(db, { ...SIZE, asOf: new Date() });
    api = await startTestApp({ databaseUrl: scratch.url });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.end();
    await scratch?.drop();
  });

  const one = async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0] as T;

  it('is deterministic and refuses to fill a database twice', async () => {
    const { count } = await one<{ count: number }>(`SELECT count(*)::int AS count FROM applicant`);
    expect(count).toBe(SIZE.applicants);
    await expect(generateVolume(db, SIZE)).rejects.toThrow(/already has applicants/);
    // Ids come from the seed: the busy coordinator is coordinator 1, whoever generates.
    expect(await one(`SELECT role FROM app_user WHERE id = $1`, [handles.busyCoordinatorId])).toEqual({ role: 'COORDINATOR' });
  });

  it('folds search_text exactly as the API does when it registers an applicant', async () => {
    const { rows } = await db.query<{ full_name: string; phone: string | null; search_text: string }>(`SELECT full_name, phone, search_text FROM applicant`);
    const wrong = rows.filter((row) => row.search_text !== applicantSearchText(row.full_name, row.phone));
    expect(wrong).toEqual([]);
    expect(rows.some((row) => row.phone === null)).toBe(true);
    expect(rows.every((row) => row.phone === null || /^\+9677\d{8}$/.test(row.phone))).toBe(true);
  });

  it('keeps the consortium, referral and lifecycle invariants', async () => {
    const problems = await one<Record<string, number>>(`SELECT
      (SELECT count(*)::int FROM applicant a JOIN app_user u ON u.id = a.registered_by_id
        WHERE u.role <> 'COORDINATOR' OR NOT EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = a.consortium_id AND m.organization_id = u.organization_id)) AS applicants_outside,
      (SELECT count(*)::int FROM referral r JOIN service s ON s.id = r.service_id JOIN applicant a ON a.id = r.applicant_id
        WHERE r.organization_id <> s.organization_id OR r.referred_by_id <> a.registered_by_id
           OR NOT EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = a.consortium_id AND m.organization_id = s.organization_id)) AS referrals_outside,
      (SELECT count(*)::int FROM referral r WHERE r.created_at < (SELECT created_at FROM applicant WHERE id = r.applicant_id) OR r.updated_at < r.created_at) AS out_of_time,
      (SELECT count(*)::int FROM referral r WHERE r.version <> (SELECT count(*) FROM referral_event e WHERE e.referral_id = r.id)
         OR r.status <> (SELECT e.to_status FROM referral_event e WHERE e.referral_id = r.id ORDER BY e.at DESC, e.from_status IS NULL LIMIT 1)) AS history_mismatch,
      (SELECT count(*)::int FROM referral r WHERE (r.decided_at IS NOT NULL) <> (r.status IN ('ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED', 'EXPIRED'))) AS decided_mismatch,
      (SELECT count(*)::int FROM referral_event e JOIN referral r ON r.id = e.referral_id
        WHERE (e.to_status = 'EXPIRED' AND e.by_id <> $1) OR (e.to_status IN ('SENT', 'WITHDRAWN') AND e.by_id <> r.referred_by_id)
           OR (e.to_status IN ('ACKNOWLEDGED', 'ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED')
               AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = e.by_id AND u.role = 'PARTNER_STAFF' AND u.organization_id = r.organization_id))) AS wrong_actor,
      (SELECT count(*)::int FROM service s WHERE s.capacity_used <> (SELECT count(*) FROM referral r WHERE r.service_id = s.id AND r.status IN ('ACCEPTED', 'IN_SERVICE'))
         OR s.capacity_used > s.capacity) AS capacity_mismatch,
      (SELECT count(*)::int FROM referral r JOIN service s ON s.id = r.service_id
        WHERE r.status IN ('SENT', 'ACKNOWLEDGED') AND r.created_at + make_interval(days => s.decision_days) <= now()) AS overdue`, [SYSTEM_USER_ID]);
    expect(problems).toEqual({ applicants_outside: 0, referrals_outside: 0, out_of_time: 0, history_mismatch: 0, decided_mismatch: 0, wrong_actor: 0, capacity_mismatch: 0, overdue: 0 });
    const statuses = (await db.query<{ status: string }>(`SELECT DISTINCT status::text FROM referral ORDER BY 1`)).rows.map((row) => row.status);
    expect(statuses).toEqual(Object.values(ReferralStatus).sort());
    // The secondary indexes were rebuilt after the load (the one-open-referral-per-pair index among them).
    expect(await one(`SELECT count(*)::int AS count FROM pg_indexes WHERE indexname = 'referral_one_open_per_applicant_service'`)).toEqual({ count: 1 });
  });

  it("answers the coordinator's list, next pages and search through GraphQL, with the counts of what they may see", async () => {
    const token = api.tokenFor(handles.busyCoordinatorId);
    const { count: visible } = await one<{ count: number }>(`SELECT count(*)::int AS count FROM applicant WHERE registered_by_id = $1`, [handles.busyCoordinatorId]);
    expect(visible).toBeGreaterThan(200);
    const ids: string[] = [];
    let after: string | null = null;
    let first = true;
    for (;;) {
      const response = await api.gql(APPLICANTS, { first: 100, after, withCount: first }, token);
      const page: Connection = response.data!.applicants;
      if (first) expect(page.totalCount).toBe(visible);
      else expect(page.totalCount).toBeUndefined();
      first = false;
      ids.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const expected = (await db.query<{ id: string }>(`SELECT id FROM applicant WHERE registered_by_id = $1 ORDER BY created_at DESC, id DESC`, [handles.busyCoordinatorId])).rows.map((row) => row.id);
    expect(ids).toEqual(expected);

    const { full_name: name, phone } = await one<{ full_name: string; phone: string }>(
      `SELECT full_name, phone FROM applicant WHERE registered_by_id = $1 AND phone IS NOT NULL ORDER BY created_at LIMIT 1`,
      [handles.busyCoordinatorId],
    );
    const fragment = name.split(' ').slice(-2).join(' ').slice(0, -1); // "father family" less its last letter, as typed
    const byName = (await api.gql(APPLICANTS, { filter: { search: fragment }, first: 100 }, token)).data!.applicants;
    const { count: named } = await one<{ count: number }>(`SELECT count(*)::int AS count FROM applicant WHERE registered_by_id = $1 AND search_text LIKE $2`, [
      handles.busyCoordinatorId,
      `%${applicantSearchText(fragment, null)}%`,
    ]);
    expect(byName.totalCount).toBe(named);
    expect(byName.edges.length).toBe(Math.min(named, 100));
    expect(byName.edges.some((edge) => edge.node.fullName === name)).toBe(true);
    const byPhone = (await api.gql(APPLICANTS, { filter: { search: phone.slice(-6) } }, token)).data!.applicants;
    expect(byPhone.edges.map((edge) => edge.node.fullName)).toContain(name);

    // Another coordinator sees none of these.
    const other = api.tokenFor(handles.coordinatorId);
    expect((await api.gql(APPLICANT, { id: expected[0] }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const theirs = (await api.gql(APPLICANTS, { first: 100 }, other)).data!.applicants;
    expect(theirs.edges.some((edge) => expected.includes(edge.node.id))).toBe(false);
  });

  it("answers the partner's inbox with its counts by status", async () => {
    const inbox = (await api.gql(INBOX, {}, api.tokenFor(handles.busyPartnerId))).data!;
    const { rows } = await db.query<{ status: string; count: number }>(`SELECT status::text, count(*)::int AS count FROM referral WHERE organization_id = $1 GROUP BY status`, [
      handles.busyPartnerOrganizationId,
    ]);
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBeGreaterThan(50);
    expect(inbox.referrals.totalCount).toBe(total);
    expect(inbox.referrals.edges.every((edge) => edge.node.organization.id === handles.busyPartnerOrganizationId)).toBe(true);
    expect(inbox.referralStatusCounts.filter((row) => row.count > 0).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      rows.map((row) => ({ key: row.status, count: row.count })).sort((a, b) => a.key.localeCompare(b.key)),
    );
  });
});
