import fc from 'fast-check';
import { ApplicantCategory, MemberRole, ReferralStatus, Role } from '@shuraka/domain';
import { dayIn } from '../../../src/common/time/clock';
import type { ServiceEntity } from '../../../src/modules/services/service.entity';
import { createConsortium, createOrganization, createService, createUser, signedIn } from '../../factories';
import { rawReferralFigures } from '../../support/dashboard-raw';
import { operation, startTestApp, type TestApp } from '../../support/test-app';

/**
 * The dashboard reads a rollup the database keeps (migration DashboardRollup): after every kind of change, its
 * referral figures equal the old query's over the raw referrals (test/support/dashboard-raw.ts), for bounded periods
 * and for all time.
 */
const BREAKDOWN = 'key label { ar en } referrals accepted declined completed amountDisbursed { amount currency } jobsCreated';
const FIGURES = `referralsTotal referralsByStatus { key count } referralsByCategory { key count } acceptanceRate medianDaysToDecision
  amountDisbursed { amount currency } jobsCreated byGovernorate { ${BREAKDOWN} } byPartner { ${BREAKDOWN} } byMonth { ${BREAKDOWN} }`;
const DASHBOARD = operation<{ dashboard: Record<string, unknown> }>(`query D($id: ID!, $from: Date, $to: Date) {
  dashboard(consortiumId: $id, from: $from, to: $to) { ${FIGURES} }
}`);
const CREATE = operation<{ createReferral: { id: string; version: number } }>(
  `mutation C($input: CreateReferralInput!) { createReferral(input: $input) { id version } }`,
);
const MOVE = operation<{ transitionReferral: { id: string } }>(`mutation T($input: TransitionReferralInput!) { transitionReferral(input: $input) { id } }`);

const STATUSES = Object.values(ReferralStatus);
const CATEGORIES = Object.values(ApplicantCategory);
const GOVERNORATES = ['YE-HD', 'YE-AD', 'YE-SN', 'YE-TA'];
const TIME_ZONES = ['Asia/Aden', 'UTC', 'America/New_York', 'Pacific/Kiritimati'];
const CURRENCIES = ['YER', 'USD', 'SAR'];
const PERIODS: Array<[string | null, string | null]> = [
  [null, null],
  ['2026-01-01', '2026-03-31'],
  ['2026-01-15', '2026-02-10'],
  ['2026-02-03', '2026-02-20'],
  ['2025-12-31', null],
  [null, '2026-02-28'],
];

/** Plain data: GraphQL's objects and the oracle's compared field by field. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const referralRow = fc.record({
  minutes: fc.integer({ min: 0, max: 170 * 24 * 60 }), // from 2025-11-20, in minutes
  status: fc.constantFrom(...STATUSES),
  decidedAfterMinutes: fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 }), { nil: null }),
  money: fc.option(fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom(...CURRENCIES)), { nil: null }),
  jobs: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
  category: fc.constantFrom(...CATEGORIES),
  governorate: fc.constantFrom(...GOVERNORATES),
  service: fc.nat(),
  elsewhere: fc.constantFrom(false, false, false, true), // another consortium's applicant
});

const FIRST_ROW = {
  minutes: 60_000,
  status: ReferralStatus.ACCEPTED,
  decidedAfterMinutes: 3_000,
  money: [1_500_000, 'YER'] as [number, string],
  jobs: 2,
  category: ApplicantCategory.DROPOUT,
  governorate: 'YE-AD',
  service: 0,
  elsewhere: false,
};

type Change =
  | { kind: 'insert'; rows: Array<typeof referralRow extends fc.Arbitrary<infer T> ? T : never> }
  | { kind: 'update'; pick: number; status: ReferralStatus; decidedAfterMinutes: number | null; money: [number, string] | null; jobs: number | null }
  | { kind: 'expireMany'; every: number }
  | { kind: 'move'; pick: number; minutes: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'applicant'; pick: number; category: ApplicantCategory; governorate: string; consortium: 'same' | 'other' | 'none' }
  | { kind: 'timeZone'; timeZone: string };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), rows: fc.array(referralRow, { minLength: 1, maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('update' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...STATUSES),
    decidedAfterMinutes: fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 }), { nil: null }),
    money: fc.option(fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom(...CURRENCIES)), { nil: null }),
    jobs: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('expireMany' as const), every: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), minutes: fc.integer({ min: 0, max: 170 * 24 * 60 }) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('applicant' as const),
    pick: fc.nat(),
    category: fc.constantFrom(...CATEGORIES),
    governorate: fc.constantFrom(...GOVERNORATES),
    consortium: fc.constantFrom('same' as const, 'same' as const, 'other' as const, 'none' as const),
  }),
  fc.record({ kind: fc.constant('timeZone' as const), timeZone: fc.constantFrom(...TIME_ZONES) }),
);

describe('the dashboard rollup', () => {
  let api: TestApp;
  let adminToken: string;
  let coordinatorId: string;
  let services: ServiceEntity[];
  let otherConsortiumId: string;

  beforeAll(async () => {
    api = await startTestApp();
    const ds = api.dataSource;
    adminToken = (await signedIn(api, Role.ADMIN)).token;
    const partners = [await createOrganization(ds), await createOrganization(ds), await createOrganization(ds)];
    services = [];
    for (const partner of partners) services.push(await createService(ds, partner.id, { capacity: 1000 }));
    coordinatorId = (await createUser(ds, Role.COORDINATOR, partners[0].id)).id;
    otherConsortiumId = (await createConsortium(ds, partners[1].id)).id;
  });
  afterAll(() => api.close());

  /** The rollup-based dashboard and the raw query agree on every period. */
  async function expectSameFigures(consortiumId: string, when: string) {
    const [{ time_zone: timeZone }] = await api.dataSource.query('SELECT time_zone FROM consortium WHERE id = $1', [consortiumId]);
    const today = dayIn(timeZone, new Date());
    for (const [from, to] of PERIODS) {
      const response = await api.gql(DASHBOARD, { id: consortiumId, from, to }, adminToken);
      expect(response.errors).toBeUndefined();
      const expected = await rawReferralFigures(api.dataSource, consortiumId, timeZone, today, from, to);
      try {
        expect(plain(response.data!.dashboard)).toEqual(plain(expected));
      } catch (error) {
        throw new Error(`after ${when}, period ${from} – ${to}: ${(error as Error).message}`);
      }
    }
  }

  /** Applies one change to the referrals of this run's applicants (`applicants`, added to by inserts). */
  async function apply(consortiumId: string, step: Change, applicants: string[]): Promise<void> {
    const ds = api.dataSource;
    const ids = async () => (await ds.query(`SELECT id FROM referral WHERE applicant_id = ANY($1) ORDER BY id`, [applicants])).map((row: { id: string }) => row.id) as string[];
    switch (step.kind) {
      case 'insert': {
        // One statement for the applicants, one for the referrals (a bulk insert, as the volume generator does).
        const added: Array<{ id: string }> = await ds.query(
          `INSERT INTO applicant (full_name, category, gender, governorate, consent_given_at, registered_by_id, consortium_id, search_text)
           SELECT 'متقدم', c::applicant_category, 'FEMALE', g, now(), $3, CASE WHEN e THEN $5::uuid ELSE $4::uuid END, 'متقدم'
           FROM unnest($1::text[], $2::text[], $6::boolean[]) WITH ORDINALITY AS t (c, g, e, n) ORDER BY n RETURNING id`,
          [step.rows.map((row) => row.category), step.rows.map((row) => row.governorate), coordinatorId, consortiumId, otherConsortiumId, step.rows.map((row) => row.elsewhere)],
        );
        const service = (index: number) => services[step.rows[index].service % services.length];
        await ds.query(
          `INSERT INTO referral (applicant_id, service_id, organization_id, referred_by_id, status, created_at, decided_at, amount_disbursed, disbursed_currency, jobs_created)
           SELECT a, s, o, $4, st::referral_status, timestamptz '2025-11-20T00:00:00Z' + make_interval(mins => m), timestamptz '2025-11-20T00:00:00Z' + make_interval(mins => m + d),
                  am, cu, j
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $5::text[], $6::int[], $7::int[], $8::numeric[], $9::text[], $10::int[]) AS t (a, s, o, st, m, d, am, cu, j)`,
          [
            added.map((row) => row.id),
            step.rows.map((_, index) => service(index).id),
            step.rows.map((_, index) => service(index).organizationId),
            coordinatorId,
            step.rows.map((row) => row.status),
            step.rows.map((row) => row.minutes),
            step.rows.map((row) => row.decidedAfterMinutes),
            step.rows.map((row) => (row.money ? (row.money[0] / 1000).toFixed(3) : null)),
            step.rows.map((row) => row.money?.[1] ?? null),
            step.rows.map((row) => row.jobs),
          ],
        );
        applicants.push(...added.map((row) => row.id));
        return;
      }
      case 'update': {
        const all = await ids();
        if (all.length === 0) return;
        await ds.query(
          `UPDATE referral SET status = $2, decided_at = CASE WHEN $3::int IS NULL THEN NULL ELSE created_at + make_interval(mins => $3::int) END,
                  amount_disbursed = $4, disbursed_currency = $5, jobs_created = $6 WHERE id = $1`,
          [all[step.pick % all.length], step.status, step.decidedAfterMinutes, step.money ? (step.money[0] / 1000).toFixed(3) : null, step.money?.[1] ?? null, step.jobs],
        );
        return;
      }
      case 'expireMany':
        // Many rows in one statement, as the scheduled expiry does.
        await ds.query(
          `UPDATE referral SET status = 'EXPIRED', decided_at = created_at + interval '3 days'
           WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM referral WHERE applicant_id = ANY($1)) x WHERE n % $2 = 0)`,
          [applicants, step.every],
        );
        return;
      case 'move': {
        const all = await ids();
        if (all.length === 0) return;
        await ds.query(`UPDATE referral SET created_at = timestamptz '2025-11-20T00:00:00Z' + make_interval(mins => $2) WHERE id = $1`, [all[step.pick % all.length], step.minutes]);
        return;
      }
      case 'delete': {
        const all = await ids();
        if (all.length === 0) return;
        await ds.query('DELETE FROM referral WHERE id = $1', [all[step.pick % all.length]]);
        return;
      }
      case 'applicant': {
        if (applicants.length === 0) return;
        const target = { same: consortiumId, other: otherConsortiumId, none: null }[step.consortium];
        await ds.query('UPDATE applicant SET category = $2, governorate = $3, consortium_id = $4 WHERE id = $1', [
          applicants[step.pick % applicants.length], step.category, step.governorate, target,
        ]);
        return;
      }
      case 'timeZone':
        await ds.query('UPDATE consortium SET time_zone = $2 WHERE id = $1', [consortiumId, step.timeZone]);
        return;
    }
  }

  it('equals the raw query after inserts, updates, deletes, applicant changes and time zone changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 7 }), async (changes) => {
        const lead = await createOrganization(api.dataSource);
        const consortiumId = (await createConsortium(api.dataSource, lead.id)).id;
        const applicants: string[] = [];
        // Referrals first, then changes of every kind (the backfill's path is the time zone rebuild's).
        const first: Change = { kind: 'insert', rows: [FIRST_ROW, { ...FIRST_ROW, minutes: 90_000, status: ReferralStatus.DECLINED }] };
        const steps = changes[0].kind === 'insert' ? changes : [first, ...changes];
        for (const [index, step] of steps.entries()) {
          await apply(consortiumId, step, applicants);
          await expectSameFigures(consortiumId, `change ${index + 1} of ${JSON.stringify(steps.map((c) => c.kind))}`);
        }
        await expectSameFigures(otherConsortiumId, 'all changes (the other consortium)');
      }),
      { numRuns: 10 },
    );
  }, 240_000);

  it('loses no count when many requests add to the same figures at once', async () => {
    const ds = api.dataSource;
    const lead = await createOrganization(ds);
    const consortiumId = (await createConsortium(ds, lead.id, [{ organizationId: services[0].organizationId, role: MemberRole.MEMBER }])).id;
    const coordinator = await signedIn(api, Role.COORDINATOR, lead.id);
    const staff = await signedIn(api, Role.PARTNER_STAFF, services[0].organizationId);
    const applicants: Array<{ id: string }> = await ds.query(
      `INSERT INTO applicant (full_name, category, gender, governorate, consent_given_at, registered_by_id, consortium_id, search_text)
       SELECT 'متقدم', 'DROPOUT', 'MALE', 'YE-HD', now(), $1, $2, 'متقدم' FROM generate_series(1, 16) RETURNING id`,
      [coordinator.user.id, consortiumId],
    );
    const created = await Promise.all(
      applicants.map((applicant) => api.gql(CREATE, { input: { applicantId: applicant.id, serviceId: services[0].id } }, coordinator.token)),
    );
    for (const response of created) expect(response.errors).toBeUndefined();
    // Then the partner acknowledges and accepts them all at once: updates of the same rollup rows.
    const ids = created.map((response) => response.data!.createReferral.id);
    for (const to of ['ACKNOWLEDGED', 'ACCEPTED']) {
      const moved = await Promise.all(ids.map((referralId) => api.gql(MOVE, { input: { referralId, to } }, staff.token)));
      for (const response of moved) expect(response.errors).toBeUndefined();
    }

    const dashboard = (await api.gql(DASHBOARD, { id: consortiumId }, adminToken)).data!.dashboard as { referralsTotal: number; referralsByStatus: Array<{ key: string; count: number }> };
    expect(dashboard.referralsTotal).toBe(16);
    expect(dashboard.referralsByStatus.find((entry) => entry.key === 'ACCEPTED')!.count).toBe(16);
    await expectSameFigures(consortiumId, 'parallel requests');
  });
});
