import pino from 'pino';
import { createDataSource } from '../../src/database/data-source';
import { DEMO_APPLICANTS, DEMO_CONSORTIA, DEMO_ORGANIZATIONS, DEMO_USERS } from '../../src/database/demo/demo-data';
import { loadDemoData } from '../../src/database/demo/load-demo';
import { verifyPassword } from '../../src/modules/auth/passwords';
import { capabilityDifference } from '../../src/modules/questionnaires/capabilities/capability-difference';
import { ServiceEntity } from '../../src/modules/services/service.entity';
import { accessFrom } from '../../src/modules/meetings/meeting-access';
import { RecommendationStatus, ReferralStatus } from '@shuraka/domain';
import { RECOMMENDATIONS } from '../../src/database/demo/demo-meetings';
import { scratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { operation, startTestApp } from '../support/test-app';

const DEMO_DASHBOARD = operation<{
  dashboard: {
    referralsTotal: number;
    acceptanceRate: number | null;
    medianDaysToDecision: number | null;
    amountDisbursed: Array<{ amount: string; currency: string }>;
    jobsCreated: number;
    questionnaireCompletionRate: number | null;
    recommendationsOpen: number;
    recommendationsOverdue: number;
    byMonth: Array<{ key: string; referrals: number }>;
    byPartner: Array<{ key: string; referrals: number }>;
  };
}>(`query D($id: ID!) {
  dashboard(consortiumId: $id) {
    referralsTotal referralsByStatus { key count } referralsByCategory { key count } acceptanceRate medianDaysToDecision
    amountDisbursed { amount currency } jobsCreated questionnaireCompletionRate recommendationsOpen recommendationsOverdue
    byGovernorate { key label { en } referrals } byPartner { key label { en } referrals accepted amountDisbursed { amount currency } jobsCreated }
    byMonth { key label { en } referrals accepted completed amountDisbursed { amount currency } jobsCreated }
  }
}`);

describe('demo data', () => {
  let scratch: ScratchDatabase;
  let url: string;
  beforeAll(async () => {
    scratch = await scratchDatabase('demo');
    url = scratch.url;
  });
  afterAll(() => scratch.drop());

  it('loads the consortia of the seed documents once, and not again', async () => {
    const dataSource = createDataSource({ url });
    await dataSource.initialize();
    const logger = pino({ level: 'silent' });
    try {
      expect(await loadDemoData(dataSource, logger, 'demo-password-123')).toBe(true);
      expect(await loadDemoData(dataSource, logger, 'demo-password-123')).toBe(false);
      const [{ count: organizations }] = await dataSource.query('SELECT count(*)::int AS count FROM organization');
      expect(organizations).toBe(DEMO_ORGANIZATIONS.length);
      const consortia = await dataSource.query(
        `SELECT c.name_ar, o.name_ar AS lead FROM consortium c JOIN consortium_member m ON m.consortium_id = c.id AND m.role = 'LEAD'
         JOIN organization o ON o.id = m.organization_id ORDER BY c.created_at`,
      );
      expect(consortia).toHaveLength(DEMO_CONSORTIA.length);
      expect(consortia[0]).toEqual({ name_ar: 'شركاء التمكين والإقراض - حضرموت', lead: expect.stringContaining('SMEPS') });
      const branches = await dataSource.query(
        `SELECT b.governorate FROM organization_branch b JOIN organization o ON o.id = b.organization_id WHERE o.name_ar = 'برنامج الاتحاد للتمويل الأصغر'`,
      );
      expect(new Set(branches.map((row: { governorate: string }) => row.governorate))).toEqual(new Set(['YE-AB', 'YE-HD', 'YE-AD']));
      const users = await dataSource.query('SELECT email, password_hash FROM app_user WHERE active ORDER BY email');
      expect(users.map((user: { email: string }) => user.email)).toEqual(DEMO_USERS.map((user) => user.email).sort());
      expect(await verifyPassword(users[0].password_hash, 'demo-password-123')).toBe(true);

      const [{ count: applicants }] = await dataSource.query('SELECT count(*)::int AS count FROM applicant');
      expect(applicants).toBe(DEMO_APPLICANTS.length);
      // Places taken agree with the referrals holding them, and every referral's history ends in its status.
      const drift = await dataSource.query(
        `SELECT s.id FROM service s WHERE s.capacity_used <> (SELECT count(*) FROM referral r WHERE r.service_id = s.id AND r.status IN ('ACCEPTED','IN_SERVICE'))`,
      );
      expect(drift).toEqual([]);
      const histories = await dataSource.query(
        `SELECT r.status, (SELECT e.to_status FROM referral_event e WHERE e.referral_id = r.id ORDER BY e.at DESC, e.to_status LIMIT 1) AS last FROM referral r`,
      );
      expect(histories.length).toBe(DEMO_APPLICANTS.reduce((sum, applicant) => sum + applicant.referrals.length, 0));
      for (const row of histories) expect(row.last).toBe(row.status);

      // The lending-partners questionnaire: published, assigned to six partners in every state, one overdue.
      const assignments: Array<{ key: string; state: string; overdue: boolean }> = await dataSource.query(
        `SELECT o.name_en AS key, CASE WHEN a.submitted_at IS NOT NULL THEN 'SUBMITTED' WHEN a.revision > 0 THEN 'DRAFT' ELSE 'NOT_STARTED' END AS state,
                a.submitted_at IS NULL AND a.due_on < (now() AT TIME ZONE c.time_zone)::date AS overdue
           FROM questionnaire_assignment a JOIN questionnaire q ON q.id = a.questionnaire_id AND q.published_at IS NOT NULL
           JOIN consortium c ON c.id = q.consortium_id JOIN organization o ON o.id = a.organization_id ORDER BY o.name_en`,
      );
      expect(assignments.map((row) => row.state).sort()).toEqual(['DRAFT', 'NOT_STARTED', 'NOT_STARTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
      expect(assignments.filter((row) => row.overdue).map((row) => row.key)).toEqual(['Nahd Development Foundation']);
      // The Microfinance Fund's answers differ from its services: a difference to review and apply.
      const [mff] = await dataSource.query(
        `SELECT a.answers, q.definition, o.id FROM questionnaire_assignment a JOIN questionnaire q ON q.id = a.questionnaire_id
           JOIN organization o ON o.id = a.organization_id WHERE o.name_en = 'Microfinance Fund (Revolving Fund)'`,
      );
      const services = await dataSource.getRepository(ServiceEntity).find({ where: { organizationId: mff.id }, order: { createdAt: 'ASC', id: 'ASC' } });
      const { changes } = capabilityDifference(mff.definition, mff.answers, services, { organizationGovernorates: ['YE-HD'], defaultCurrency: 'YER' });
      expect(changes.map((change) => change.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);

      // Seed 001's meetings: the partners' meeting of 31/12/2017 with its five recommendations (one done, one overdue).
      const meetings: Array<{ held_on: string; kind: string; attendees: number; committee: string | null; follow_up: number | null }> = await dataSource.query(
        `SELECT to_char(m.held_on, 'YYYY-MM-DD') AS held_on, m.kind, (SELECT count(*)::int FROM meeting_attendee a WHERE a.meeting_id = m.id) AS attendees,
                k.kind::text AS committee, r.number AS follow_up
           FROM meeting m LEFT JOIN committee k ON k.id = m.committee_id LEFT JOIN recommendation r ON r.id = m.follow_up_of_id ORDER BY m.held_on`,
      );
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Aden' }).format(new Date());
      expect(meetings.slice(0, 3)).toEqual([
        { held_on: '2017-12-12', kind: 'PARTNERS_MEETING', attendees: 1, committee: null, follow_up: null },
        { held_on: '2017-12-31', kind: 'PARTNERS_MEETING', attendees: 9, committee: null, follow_up: null },
        { held_on: '2018-01-22', kind: 'COMMITTEE', attendees: 4, committee: 'TEMPORARY', follow_up: 3 },
      ]);
      expect(meetings[3]).toMatchObject({ kind: 'WORKSHOP' });
      expect(meetings[3].held_on > today).toBe(true);
      const recommendations: Array<{ number: number; status: string; overdue: boolean; owners: string[]; about: string | null; notes: number }> = await dataSource.query(
        `SELECT r.number, r.status, coalesce(r.status IN ('OPEN', 'IN_PROGRESS') AND r.due_on < (now() AT TIME ZONE c.time_zone)::date, false) AS overdue,
                (SELECT array_agg(o.name_en ORDER BY o.name_en) FROM recommendation_owner ro JOIN organization o ON o.id = ro.organization_id WHERE ro.recommendation_id = r.id) AS owners,
                coalesce(q.title_en, am.kind::text) AS about, (SELECT count(*)::int FROM recommendation_note n WHERE n.recommendation_id = r.id) AS notes
           FROM recommendation r JOIN consortium c ON c.id = r.consortium_id JOIN meeting m ON m.id = r.meeting_id
           LEFT JOIN questionnaire q ON q.id = r.about_questionnaire_id LEFT JOIN meeting am ON am.id = r.about_meeting_id
          WHERE m.held_on = '2017-12-31' ORDER BY r.number`,
      );
      expect(recommendations.map((row) => row.number)).toEqual([1, 2, 3, 4, 5]);
      expect(recommendations.filter((row) => row.status === 'DONE').map((row) => row.number)).toEqual([3]);
      expect(recommendations.filter((row) => row.overdue).map((row) => row.number)).toEqual([4]);
      expect(recommendations.map((row) => row.about)).toEqual([null, expect.stringContaining('questionnaire'), 'COMMITTEE', null, 'WORKSHOP']);
      expect(recommendations[1].owners).toEqual([expect.stringContaining('SMEPS')]);
      expect(recommendations.every((row) => row.status === 'OPEN' || row.notes > 0)).toBe(true);
      // The committee account of SMEPS manages them; the partners' staff read them.
      const access = async (email: string) => {
        const [user] = await dataSource.query('SELECT id, email, role, organization_id AS "organizationId" FROM app_user WHERE email = $1', [email]);
        const memberships = await dataSource.query('SELECT consortium_id AS "consortiumId", role FROM consortium_member WHERE organization_id = $1', [user.organizationId]);
        return accessFrom(user, memberships);
      };
      const [{ id: hadramout }] = await dataSource.query('SELECT DISTINCT consortium_id AS id FROM meeting');
      expect((await access('smeps@demo.shuraka.org')).manage).toContain(hadramout);
      for (const email of ['mff@demo.shuraka.org', 'awn@demo.shuraka.org', 'nwc@demo.shuraka.org', 'nahd@demo.shuraka.org', 'rawabi@demo.shuraka.org']) {
        expect((await access(email)).read).toContain(hadramout);
      }
    } finally {
      await dataSource.destroy();
    }
  });

  it("gives the Hadramout consortium's committee a dashboard with believable figures", async () => {
    const api = await startTestApp({ databaseUrl: url });
    try {
      const [{ id: consortiumId }] = await api.dataSource.query('SELECT id FROM consortium WHERE name_en = $1', [DEMO_CONSORTIA[0].en]);
      const [{ id: userId }] = await api.dataSource.query(`SELECT id FROM app_user WHERE email = 'smeps@demo.shuraka.org'`);
      const response = await api.gql(DEMO_DASHBOARD, { id: consortiumId }, api.tokenFor(userId));
      expect(response.errors).toBeUndefined();
      const dashboard = response.data!.dashboard;
      if (process.env.SHOW_DEMO_DASHBOARD) console.log(JSON.stringify(dashboard, null, 1));

      // What the demo plans, counted here from its definitions.
      const referrals = DEMO_APPLICANTS.flatMap((applicant) => applicant.referrals);
      const accepted = referrals.filter((referral) => referral.path.includes(ReferralStatus.ACCEPTED)).length;
      const declined = referrals.filter((referral) => referral.path.includes(ReferralStatus.DECLINED)).length;
      expect(dashboard.referralsTotal).toBe(referrals.length);
      expect(dashboard.acceptanceRate).toBeCloseTo(accepted / (accepted + declined), 12);
      expect(dashboard.amountDisbursed).toEqual([
        { amount: String(referrals.reduce((sum, referral) => sum + Number(referral.outcome?.amountDisbursed ?? 0), 0)), currency: 'YER' },
      ]);
      expect(dashboard.jobsCreated).toBe(referrals.reduce((sum, referral) => sum + (referral.outcome?.jobsCreated ?? 0), 0));
      expect(dashboard.jobsCreated).toBeGreaterThan(5);
      // Spread over several months, several partners; decisions take a day in the demo.
      expect(dashboard.byMonth.filter((month) => month.referrals > 0).length).toBeGreaterThanOrEqual(4);
      expect(dashboard.byMonth.reduce((sum, month) => sum + month.referrals, 0)).toBe(referrals.length);
      expect(dashboard.byPartner.length).toBeGreaterThanOrEqual(6);
      expect(dashboard.medianDaysToDecision).toBeCloseTo(1, 9);
      // Three of the six assignments of the lending-partners questionnaire are submitted.
      expect(dashboard.questionnaireCompletionRate).toBeCloseTo(0.5, 12);
      // Seed 001's recommendations: those not done are open; the one due on a date long past is overdue.
      const open = RECOMMENDATIONS.filter((r) => [RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS].includes(r.status));
      expect(dashboard.recommendationsOpen).toBe(open.length);
      expect(dashboard.recommendationsOverdue).toBe(open.filter((r) => r.due && 'on' in r.due && r.due.on < '2026-01-01').length);
      expect(dashboard.recommendationsOverdue).toBe(1);
    } finally {
      await api.close();
    }
  });
});
