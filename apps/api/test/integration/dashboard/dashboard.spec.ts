import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ApplicantCategory, MemberRole, RecommendationStatus, ReferralStatus, Role } from '@shuraka/domain';
import type { OrganizationEntity } from '../../../src/modules/organizations/organization.entity';
import { DeclineReason } from '../../../src/modules/referrals/referral-lifecycle';
import type { ServiceEntity } from '../../../src/modules/services/service.entity';
import {
  createApplicant,
  createAssignment,
  createConsortium,
  createMeeting,
  createOrganization,
  createQuestionnaire,
  createRecommendation,
  createReferral,
  createService,
  createUser,
  signedIn,
} from '../../factories';
import { addDays, dayIn } from '../../../src/common/time/clock';
import { StatementCounter } from '../../support/statement-counter';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

interface Money {
  amount: string;
  currency: string;
}
interface Breakdown {
  key: string;
  label: { ar: string | null; en: string | null } | null;
  referrals: number;
  accepted: number;
  declined: number;
  completed: number;
  amountDisbursed: Money[];
  jobsCreated: number;
}
interface Dashboard {
  from: string | null;
  to: string | null;
  referralsTotal: number;
  referralsByStatus: Array<{ key: string; count: number }>;
  referralsByCategory: Array<{ key: string; count: number }>;
  acceptanceRate: number | null;
  medianDaysToDecision: number | null;
  amountDisbursed: Money[];
  jobsCreated: number;
  questionnaireCompletionRate: number | null;
  recommendationsOpen: number;
  recommendationsOverdue: number;
  byGovernorate: Breakdown[];
  byPartner: Breakdown[];
  byMonth: Breakdown[];
}

const BREAKDOWN = 'key label { ar en } referrals accepted declined completed amountDisbursed { amount currency } jobsCreated';
const DASHBOARD = operation<{ dashboard: Dashboard }>(`query D($id: ID!, $from: Date, $to: Date) {
  dashboard(consortiumId: $id, from: $from, to: $to) {
    from to referralsTotal
    referralsByStatus { key count } referralsByCategory { key count }
    acceptanceRate medianDaysToDecision amountDisbursed { amount currency } jobsCreated
    questionnaireCompletionRate recommendationsOpen recommendationsOverdue
    byGovernorate { ${BREAKDOWN} } byPartner { ${BREAKDOWN} } byMonth { ${BREAKDOWN} }
  }
}`);
const EXPORT = operation<{ dashboard: Dashboard & { export: { fileName: string; contentType: string; base64: string } } }>(`
query E($id: ID!, $from: Date, $to: Date, $table: DashboardTable!, $format: ExportFormat!, $language: String) {
  dashboard(consortiumId: $id, from: $from, to: $to) {
    referralsByStatus { key count } referralsByCategory { key count }
    byGovernorate { ${BREAKDOWN} } byPartner { ${BREAKDOWN} } byMonth { ${BREAKDOWN} }
    export(table: $table, format: $format, language: $language) { fileName contentType base64 }
  }
}`);

/** A moment given as the consortium's local time (Asia/Aden, UTC+3 all year). */
const aden = (local: string) => new Date(`${local}+03:00`);
const DAY = 24 * 60 * 60 * 1000;

const PERIOD = { from: '2026-01-01', to: '2026-03-31' };

describe('the consortium dashboard', () => {
  const counter = new StatementCounter();
  let api: TestApp;
  let consortiumId: string;
  let otherConsortiumId: string;
  let lead: OrganizationEntity;
  let partner1: OrganizationEntity;
  let partner2: OrganizationEntity;
  let member: OrganizationEntity;
  let outsider: OrganizationEntity;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApp({ sqlLogger: counter });
    const ds = api.dataSource;
    lead = await createOrganization(ds);
    partner1 = await createOrganization(ds, { nameAr: 'مؤسسة الأمل', nameEn: 'Al-Amal Foundation' });
    partner2 = await createOrganization(ds, { nameAr: 'بنك الكريمي', nameEn: 'Al-Kuraimi Bank' });
    member = await createOrganization(ds);
    outsider = await createOrganization(ds);
    const consortium = await createConsortium(ds, lead.id, [
      { organizationId: partner1.id, role: MemberRole.MEMBER },
      { organizationId: partner2.id, role: MemberRole.MEMBER },
      { organizationId: member.id, role: MemberRole.MEMBER },
    ]);
    consortiumId = consortium.id;
    otherConsortiumId = (await createConsortium(ds, outsider.id, [{ organizationId: partner1.id, role: MemberRole.MEMBER }])).id;
    adminToken = (await signedIn(api, Role.ADMIN)).token;

    const coordinator = await createUser(ds, Role.COORDINATOR, lead.id);
    const service1 = await createService(ds, partner1.id);
    const service2 = await createService(ds, partner2.id);
    const refer = async (
      service: ServiceEntity,
      at: Date,
      options: {
        consortium?: string | null;
        status?: ReferralStatus;
        category?: ApplicantCategory;
        governorate?: string;
        decidedAfterDays?: number;
        amount?: [string, string];
        jobs?: number;
        declineReason?: DeclineReason;
      } = {},
    ) => {
      const applicant = await createApplicant(ds, coordinator.id, {
        consortiumId: options.consortium === undefined ? consortiumId : options.consortium,
        category: options.category ?? ApplicantCategory.UNIVERSITY_GRADUATE,
        governorate: options.governorate ?? 'YE-HD',
      });
      const referral = await createReferral(ds, applicant, service, {
        status: options.status ?? ReferralStatus.SENT,
        decidedAt: options.decidedAfterDays === undefined ? null : new Date(at.getTime() + options.decidedAfterDays * DAY),
        amountDisbursed: options.amount?.[0] ?? null,
        disbursedCurrency: options.amount?.[1] ?? null,
        jobsCreated: options.jobs ?? null,
        declineReason: options.declineReason ?? null,
      });
      // The sending time is what the period applies to; set it as history would have.
      await ds.query('UPDATE referral SET created_at = $2 WHERE id = $1', [referral.id, at]);
    };

    // In the period (7 referrals).
    await refer(service1, aden('2026-01-10T10:00:00'), {
      status: ReferralStatus.COMPLETED, decidedAfterDays: 2, amount: ['500000', 'YER'], jobs: 3,
    });
    await refer(service1, aden('2026-01-20T09:00:00'), {
      status: ReferralStatus.ACCEPTED, category: ApplicantCategory.DROPOUT, decidedAfterDays: 1, amount: ['100', 'USD'],
    });
    await refer(service2, aden('2026-02-05T12:00:00'), {
      status: ReferralStatus.DECLINED, category: ApplicantCategory.WOMAN_HEAD_OF_HOUSEHOLD, governorate: 'YE-AD',
      decidedAfterDays: 4, declineReason: DeclineReason.NO_CAPACITY,
    });
    await refer(service2, aden('2026-02-06T12:00:00'), { governorate: 'YE-AD' });
    // 23:30 on the last day of the period, local time (20:30 UTC): inside.
    await refer(service1, aden('2026-03-31T23:30:00'), {
      status: ReferralStatus.IN_SERVICE, category: ApplicantCategory.PRODUCTIVE_FAMILY, decidedAfterDays: 0.5,
      amount: ['250000.5', 'YER'], jobs: 2,
    });
    // 00:10 on the first day, local time (still 31 December in UTC): inside. Expired: no decision of the partner.
    await refer(service2, aden('2026-01-01T00:10:00'), {
      status: ReferralStatus.EXPIRED, category: ApplicantCategory.DROPOUT, governorate: 'YE-SN', decidedAfterDays: 7,
    });
    // Withdrawn by the coordinator: decided_at is set, but it is no decision of the partner.
    await refer(service2, aden('2026-02-14T08:00:00'), { status: ReferralStatus.WITHDRAWN, decidedAfterDays: 3 });

    // The consortium's, outside the period.
    // 00:30 local the day after the period (still 31 March in UTC): outside.
    await refer(service1, aden('2026-04-01T00:30:00'), {
      status: ReferralStatus.COMPLETED, decidedAfterDays: 1, amount: ['999', 'YER'], jobs: 10,
    });
    // 23:50 local the day before the period: outside.
    await refer(service1, aden('2025-12-31T23:50:00'), {
      status: ReferralStatus.ACCEPTED, decidedAfterDays: 10, amount: ['777', 'YER'],
    });
    // Another consortium's, and an applicant of no consortium, in the period.
    await refer(service1, aden('2026-02-01T10:00:00'), {
      consortium: otherConsortiumId, status: ReferralStatus.COMPLETED, decidedAfterDays: 1, amount: ['12345', 'YER'], jobs: 5,
    });
    await refer(service1, aden('2026-02-02T10:00:00'), { consortium: null, status: ReferralStatus.DECLINED, decidedAfterDays: 1 });

    // Questionnaire assignments: three due in the period (two submitted), two outside, one of another consortium.
    const author = await createUser(ds, Role.PARTNER_STAFF, lead.id);
    const questionnaire = await createQuestionnaire(ds, consortiumId, author.id);
    const second = await createQuestionnaire(ds, consortiumId, author.id);
    const foreign = await createQuestionnaire(ds, otherConsortiumId, author.id);
    const submitted = { submittedAt: new Date(), revision: 1 };
    await createAssignment(ds, questionnaire.id, partner1.id, { dueOn: '2026-01-01', ...submitted });
    await createAssignment(ds, questionnaire.id, partner2.id, { dueOn: '2026-03-31' });
    await createAssignment(ds, questionnaire.id, member.id, { dueOn: '2026-02-01', ...submitted });
    await createAssignment(ds, second.id, partner1.id, { dueOn: '2026-04-01', ...submitted });
    await createAssignment(ds, second.id, partner2.id, { dueOn: '2025-12-31' });
    await createAssignment(ds, foreign.id, partner1.id, { dueOn: '2026-02-01' });

    // Recommendations: counted by their meeting's date; overdue by the consortium's today.
    const today = dayIn('Asia/Aden', new Date());
    const meeting = await createMeeting(ds, consortiumId, author.id, { heldOn: '2026-02-10' });
    await createRecommendation(ds, meeting, { status: RecommendationStatus.OPEN, dueOn: addDays(today, -1) }); // overdue
    await createRecommendation(ds, meeting, { status: RecommendationStatus.IN_PROGRESS, dueOn: today }); // due today: not overdue
    await createRecommendation(ds, meeting, { status: RecommendationStatus.OPEN, dueOn: null });
    await createRecommendation(ds, meeting, { status: RecommendationStatus.DONE, dueOn: '2026-01-01' });
    await createRecommendation(ds, meeting, { status: RecommendationStatus.DROPPED, dueOn: '2026-01-01', statusReason: 'superseded' });
    const lastDay = await createMeeting(ds, consortiumId, author.id, { heldOn: '2026-03-31' });
    await createRecommendation(ds, lastDay, { status: RecommendationStatus.IN_PROGRESS, dueOn: '2026-03-01' }); // overdue
    const dayAfter = await createMeeting(ds, consortiumId, author.id, { heldOn: '2026-04-01' });
    await createRecommendation(ds, dayAfter, { status: RecommendationStatus.OPEN, dueOn: '2026-01-01' }); // overdue, outside the period
    const foreignMeeting = await createMeeting(ds, otherConsortiumId, author.id, { heldOn: '2026-02-10' });
    await createRecommendation(ds, foreignMeeting, { status: RecommendationStatus.OPEN, dueOn: '2026-01-01' });
  });
  afterAll(() => api.close());

  const dashboard = async (variables: Record<string, unknown>, token = adminToken) => {
    const response = await api.gql(DASHBOARD, { id: consortiumId, ...variables }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.dashboard;
  };

  it('computes every figure of the period in the consortium time zone', async () => {
    const figures = await dashboard(PERIOD);
    expect(figures.from).toBe('2026-01-01');
    expect(figures.to).toBe('2026-03-31');
    expect(figures.referralsTotal).toBe(7);
    expect(figures.referralsByStatus).toEqual([
      { key: 'SENT', count: 1 },
      { key: 'ACKNOWLEDGED', count: 0 },
      { key: 'ACCEPTED', count: 1 },
      { key: 'IN_SERVICE', count: 1 },
      { key: 'COMPLETED', count: 1 },
      { key: 'DECLINED', count: 1 },
      { key: 'WITHDRAWN', count: 1 },
      { key: 'EXPIRED', count: 1 },
    ]);
    expect(figures.referralsByCategory).toEqual([
      { key: 'UNIVERSITY_GRADUATE', count: 3 },
      { key: 'INSTITUTE_GRADUATE', count: 0 },
      { key: 'DROPOUT', count: 2 },
      { key: 'WOMAN_HEAD_OF_HOUSEHOLD', count: 1 },
      { key: 'PRODUCTIVE_FAMILY', count: 1 },
    ]);
    // Accepted or later: completed, accepted, in service (3); declined: 1.
    expect(figures.acceptanceRate).toBe(0.75);
    // Partner decisions after 2, 1, 4 and 0.5 days (the expired and the withdrawn one do not count): median 1.5.
    expect(figures.medianDaysToDecision).toBeCloseTo(1.5, 9);
    expect(figures.amountDisbursed).toEqual([
      { amount: '100', currency: 'USD' },
      { amount: '750000.5', currency: 'YER' },
    ]);
    expect(figures.jobsCreated).toBe(5);
    // Due in the period: 1 January (submitted), 1 February (submitted), 31 March (not).
    expect(figures.questionnaireCompletionRate).toBeCloseTo(2 / 3, 12);
    // Open or in progress, of the meetings of 10 February and 31 March: three and one; overdue: one of each.
    expect(figures.recommendationsOpen).toBe(4);
    expect(figures.recommendationsOverdue).toBe(2);

    const row = (key: string, label: Breakdown['label'], counts: number[], amountDisbursed: Money[], jobsCreated: number): Breakdown => ({
      key, label, referrals: counts[0], accepted: counts[1], declined: counts[2], completed: counts[3], amountDisbursed, jobsCreated,
    });
    expect(figures.byGovernorate).toEqual([
      row('YE-HD', { ar: 'حضرموت', en: 'Hadramout' }, [4, 3, 0, 1], [{ amount: '100', currency: 'USD' }, { amount: '750000.5', currency: 'YER' }], 5),
      row('YE-AD', { ar: 'عدن', en: 'Aden' }, [2, 0, 1, 0], [], 0),
      row('YE-SN', { ar: 'صنعاء', en: "Sana'a" }, [1, 0, 0, 0], [], 0),
    ]);
    expect(figures.byPartner).toEqual([
      row(partner2.id, { ar: 'بنك الكريمي', en: 'Al-Kuraimi Bank' }, [4, 0, 1, 0], [], 0),
      row(partner1.id, { ar: 'مؤسسة الأمل', en: 'Al-Amal Foundation' }, [3, 3, 0, 1], [{ amount: '100', currency: 'USD' }, { amount: '750000.5', currency: 'YER' }], 5),
    ]);
    expect(figures.byMonth).toEqual([
      row('2026-01', { ar: 'يناير 2026', en: 'January 2026' }, [3, 2, 0, 1], [{ amount: '100', currency: 'USD' }, { amount: '500000', currency: 'YER' }], 3),
      row('2026-02', { ar: 'فبراير 2026', en: 'February 2026' }, [3, 0, 1, 0], [], 0),
      row('2026-03', { ar: 'مارس 2026', en: 'March 2026' }, [1, 1, 0, 0], [{ amount: '250000.5', currency: 'YER' }], 2),
    ]);
  });

  it('lists every month of the period, empty ones included, by the local calendar', async () => {
    const figures = await dashboard({ from: '2025-11-15', to: '2026-04-10' });
    expect(figures.byMonth.map((month) => [month.key, month.referrals])).toEqual([
      ['2025-11', 0],
      ['2025-12', 1],
      ['2026-01', 3],
      ['2026-02', 3],
      ['2026-03', 1],
      ['2026-04', 1],
    ]);
    expect(figures.byMonth[0]).toEqual({
      key: '2025-11', label: { ar: 'نوفمبر 2025', en: 'November 2025' }, referrals: 0, accepted: 0, declined: 0, completed: 0, amountDisbursed: [], jobsCreated: 0,
    });
    expect(figures.referralsTotal).toBe(9);
  });

  it('without bounds counts the whole history of the consortium, and no other', async () => {
    const figures = await dashboard({});
    expect(figures.from).toBeNull();
    expect(figures.to).toBeNull();
    expect(figures.referralsTotal).toBe(9);
    // Accepted or later: the 3 of the period, the completed one of April and the accepted one of December; declined 1.
    expect(figures.acceptanceRate).toBeCloseTo(5 / 6, 12);
    // Decisions after 0.5, 1, 1, 2, 4 and 10 days: median (1 + 2) / 2.
    expect(figures.medianDaysToDecision).toBeCloseTo(1.5, 9);
    expect(figures.amountDisbursed).toEqual([
      { amount: '100', currency: 'USD' },
      { amount: '751776.5', currency: 'YER' },
    ]);
    expect(figures.jobsCreated).toBe(15);
    // From the first month with a referral to the current month of the consortium's calendar, empty ones included.
    const currentMonth = dayIn('Asia/Aden', new Date()).slice(0, 7);
    const keys = figures.byMonth.map((month) => month.key);
    expect(keys.slice(0, 5)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
    expect(keys[keys.length - 1]).toBe(currentMonth);
    expect(keys).toEqual([...new Set(keys)].sort());
    expect(figures.byMonth.slice(5).every((month) => month.referrals === 0)).toBe(true);
    const [year, month] = currentMonth.split('-').map(Number);
    expect(keys).toHaveLength((year - 2025) * 12 + month - 12 + 1);
    expect(figures.questionnaireCompletionRate).toBeCloseTo(3 / 5, 12);
    // With the meeting of 1 April.
    expect(figures.recommendationsOpen).toBe(5);
    expect(figures.recommendationsOverdue).toBe(3);
  });

  it('gives nulls and zeros for a period without anything', async () => {
    const figures = await dashboard({ from: '2030-01-01', to: '2030-01-31' });
    expect(figures).toMatchObject({
      referralsTotal: 0, acceptanceRate: null, medianDaysToDecision: null, amountDisbursed: [], jobsCreated: 0,
      questionnaireCompletionRate: null, recommendationsOpen: 0, recommendationsOverdue: 0, byGovernorate: [], byPartner: [],
    });
    expect(figures.referralsByStatus.every((status) => status.count === 0)).toBe(true);
    expect(figures.byMonth).toEqual([
      { key: '2030-01', label: { ar: 'يناير 2030', en: 'January 2030' }, referrals: 0, accepted: 0, declined: 0, completed: 0, amountDisbursed: [], jobsCreated: 0 },
    ]);
  });

  it('lists only the months with referrals when the period spans more than twenty years', async () => {
    const figures = await dashboard({ from: '1900-01-01', to: '9999-12-31' });
    expect(figures.referralsTotal).toBe(9);
    expect(figures.byMonth.map((month) => month.key)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await api.gql(DASHBOARD, { id: consortiumId, from: '2026-03-01', to: '2026-02-28' }, adminToken);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(response).map((error) => error.field)).toEqual(['to']);
  });

  it('shows the other consortium its own referrals only', async () => {
    const figures = await dashboard({ id: otherConsortiumId, ...PERIOD });
    expect(figures.referralsTotal).toBe(1);
    expect(figures.amountDisbursed).toEqual([{ amount: '12345', currency: 'YER' }]);
    expect(figures.jobsCreated).toBe(5);
    expect(figures.questionnaireCompletionRate).toBe(0);
    expect(figures.recommendationsOpen).toBe(1);
    expect(figures.recommendationsOverdue).toBe(1);
  });

  it('sends the same few statements whatever the period and the data', async () => {
    const committee = (await signedIn(api, Role.COMMITTEE_MEMBER, member.id)).token;
    const statementsFor = async (variables: Record<string, unknown>, token = adminToken) => {
      counter.reset();
      await dashboard(variables, token);
      return counter.count;
    };
    for (const variables of [{ from: '2030-01-01', to: '2030-01-31' }, PERIOD, {}]) {
      // The user (authentication), the consortium, the referral figures, the rest …
      expect(await statementsFor(variables)).toBe(4);
      // … and the user's memberships, for anyone but ADMIN.
      expect(await statementsFor(variables, committee)).toBe(5);
    }
  });

  describe('who sees it', () => {
    const status = async (token: string | undefined, id = consortiumId) => {
      const response = await api.gql(DASHBOARD, { id, ...PERIOD }, token);
      return response.errors ? errorCode(response) : 'OK';
    };

    it('ADMIN, the lead staff and the committee members of member organisations; nobody else', async () => {
      const as = async (role: Role, organization: OrganizationEntity | null) => (await signedIn(api, role, organization?.id ?? null)).token;
      expect(await status(adminToken)).toBe('OK');
      expect(await status(await as(Role.PARTNER_STAFF, lead))).toBe('OK');
      expect(await status(await as(Role.COMMITTEE_MEMBER, lead))).toBe('OK');
      expect(await status(await as(Role.COMMITTEE_MEMBER, member))).toBe('OK');
      expect(await status(await as(Role.COMMITTEE_MEMBER, partner1))).toBe('OK');

      expect(await status(await as(Role.PARTNER_STAFF, partner1))).toBe('NOT_FOUND');
      expect(await status(await as(Role.COORDINATOR, lead))).toBe('NOT_FOUND');
      expect(await status(await as(Role.VIEWER, lead))).toBe('NOT_FOUND');
      expect(await status(await as(Role.COMMITTEE_MEMBER, outsider))).toBe('NOT_FOUND');
      expect(await status(await as(Role.COMMITTEE_MEMBER, null))).toBe('NOT_FOUND');
      const outsiderLead = await as(Role.PARTNER_STAFF, outsider);
      expect(await status(outsiderLead)).toBe('NOT_FOUND');
      expect(await status(outsiderLead, otherConsortiumId)).toBe('OK');
      expect(await status(adminToken, '00000000-0000-4000-8000-000000000000')).toBe('NOT_FOUND');
      expect(await status(undefined)).toBe('UNAUTHENTICATED');
    });
  });

  describe('export', () => {
    const download = async (table: string, format: string, language?: string) => {
      const response = await api.gql(EXPORT, { id: consortiumId, ...PERIOD, table, format, language }, adminToken);
      expect(response.errors).toBeUndefined();
      const { export: file, ...figures } = response.data!.dashboard;
      return { file, figures, content: Buffer.from(file.base64, 'base64') };
    };
    const breakdownRows = (rows: Breakdown[], locale: 'ar' | 'en') => {
      const currencies = [...new Set(rows.flatMap((row) => row.amountDisbursed.map((money) => money.currency)))].sort();
      return {
        currencies,
        rows: rows.map((row) => [
          row.key,
          row.label![locale],
          row.referrals,
          row.accepted,
          row.declined,
          row.completed,
          ...currencies.map((currency) => Number(row.amountDisbursed.find((money) => money.currency === currency)?.amount ?? 0)),
          row.jobsCreated,
        ]),
      };
    };

    it('writes each table as CSV with a byte order mark, in the language asked for', async () => {
      const { file, figures, content } = await download('GOVERNORATE', 'CSV', 'en');
      expect(file.contentType).toBe('text/csv; charset=utf-8');
      expect(file.fileName).toBe('dashboard-governorate-2026-01-01-2026-03-31-en.csv');
      const text = content.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      const expected = breakdownRows(figures.byGovernorate, 'en');
      expect(expected.currencies).toEqual(['USD', 'YER']);
      expect(parsed).toEqual([
        ['Code', 'Governorate', 'Referrals', 'Accepted', 'Declined', 'Completed', 'Amount disbursed (USD)', 'Amount disbursed (YER)', 'Jobs created'],
        ...expected.rows.map((row) => row.map(String)),
      ]);

      const statuses = await download('STATUS', 'CSV', 'ar');
      const statusRows = Papa.parse<string[]>(statuses.content.toString('utf8').slice(1), { skipEmptyLines: true }).data;
      expect(statusRows[0]).toEqual(['الرمز', 'الحالة', 'الإحالات']);
      expect(statusRows.slice(1).map((row) => [row[0], Number(row[2])])).toEqual(statuses.figures.referralsByStatus.map((row) => [row.key, row.count]));
      expect(statusRows[1][1]).toBe('مُرسلة');
    });

    it('writes each table as XLSX, numbers as numbers, right to left in Arabic', async () => {
      for (const [table, list] of [
        ['PARTNER', 'byPartner'],
        ['MONTH', 'byMonth'],
      ] as const) {
        const { file, figures, content } = await download(table, 'XLSX', 'ar');
        expect(file.fileName).toMatch(/\.xlsx$/);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(content as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0];
        expect(sheet.views[0].rightToLeft).toBe(true);
        const rows: unknown[][] = [];
        sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
        const expected = breakdownRows(figures[list], 'ar');
        expect(rows.slice(1)).toEqual(expected.rows);
        expect(rows[0]).toEqual([
          'الرمز', table === 'PARTNER' ? 'الجهة المستقبِلة' : 'الشهر', 'الإحالات', 'المقبولة', 'المرفوضة', 'المكتملة',
          ...expected.currencies.map((currency) => `المبلغ المصروف (${currency})`), 'فرص العمل',
        ]);
      }
      const categories = await download('CATEGORY', 'XLSX', 'en');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(categories.content as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(workbook.worksheets[0].views[0].rightToLeft).toBe(false);
      expect(rows.slice(1).map((row) => [row[0], row[2]])).toEqual(categories.figures.referralsByCategory.map((row) => [row.key, row.count]));
    });

    it('refuses a language other than ar or en', async () => {
      const response = await api.gql(EXPORT, { id: consortiumId, table: 'STATUS', format: 'CSV', language: 'fr' }, adminToken);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(response).map((error) => error.field)).toEqual(['language']);
    });
  });
});
