import { Role } from '@shuraka/domain';
import { Clock } from '../../../src/common/time/clock';
import { QuestionnaireRemindersJob } from '../../../src/modules/notifications/questionnaire-reminders.job';
import { createAssignment, createQuestionnaire, createUser } from '../../factories';
import { errorCode, operation, startTestApp, type TestApp } from '../../support/test-app';
import { questionnaireSetting } from '../questionnaires/setting';

const REMIND = operation<{ remindQuestionnaireAssignees: number }>('mutation R($id: ID!) { remindQuestionnaireAssignees(questionnaireId: $id) }');
const ASSIGN = operation<{ assignQuestionnaire: Array<{ id: string; organization: { id: string } }> }>(
  'mutation A($input: AssignQuestionnaireInput!) { assignQuestionnaire(input: $input) { id organization { id } } }',
);
const REOPEN = operation<{ reopenQuestionnaireResponse: { id: string } }>(
  'mutation R($input: ReopenQuestionnaireResponseInput!) { reopenQuestionnaireResponse(input: $input) { id } }',
);
const LIST = operation<{ notifications: { edges: Array<{ node: { kind: string; title: { ar: string; en: string }; body: { ar: string; en: string } | null; link: string } }> } }>(
  '{ notifications(first: 50) { edges { node { kind title { ar en } body { ar en } link } } } }',
);

/**
 * Due dates here lie years ahead, so that the hourly scheduled run of any test process (judged as of
 * the real clock) leaves them alone; `runNow(asOf, consortiumId)` judges as of the given instant.
 */
describe('questionnaire reminders', () => {
  let api: TestApp;
  let job: QuestionnaireRemindersJob;
  beforeAll(async () => {
    api = await startTestApp();
    job = api.app.get(QuestionnaireRemindersJob);
  });
  afterAll(() => api.close());

  /** A pass over the test's own consortium only: far-off dates would remind every other test's partners. */
  const run = (consortiumId: string, asOf: string) => job.runNow(new Date(asOf), consortiumId);
  const kindsOf = async (userId: string) =>
    (
      await api.dataSource.query('SELECT kind, link, body_en FROM notification WHERE user_id = $1 ORDER BY created_at, kind', [userId])
    ) as Array<{ kind: string; link: string; body_en: string }>;

  it("reminds the partner's active staff once when the due date is 3 days away in the consortium's time zone, and once when it has passed", async () => {
    const setting = await questionnaireSetting(api);
    const inactive = await createUser(api.dataSource, Role.PARTNER_STAFF, setting.partnerA.id);
    await api.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [inactive.id]);
    const questionnaire = await createQuestionnaire(api.dataSource, setting.consortium.id, setting.leadStaff.user.id);
    // Asia/Aden is UTC+3: 2031-03-09T22:00Z is already 10 March there.
    const assignment = await createAssignment(api.dataSource, questionnaire.id, setting.partnerA.id, { dueOn: '2031-03-13' });

    await run(setting.consortium.id, '2031-03-09T20:59:00Z');
    expect(await kindsOf(setting.staffA.user.id)).toEqual([]);

    expect(await run(setting.consortium.id, '2031-03-09T21:00:00Z')).toEqual({ dueSoon: 1, overdue: 0 });
    const again = await Promise.all([run(setting.consortium.id, '2031-03-10T08:00:00Z'), run(setting.consortium.id, '2031-03-11T08:00:00Z')]);
    expect(again).toEqual([{ dueSoon: 0, overdue: 0 }, { dueSoon: 0, overdue: 0 }]);
    await run(setting.consortium.id, '2031-03-13T20:00:00Z'); // still the 13th in Aden: due today, not overdue
    const soon = { kind: 'QUESTIONNAIRE_DUE_SOON', link: `/assignments/${assignment.id}`, body_en: 'It is due on 13 March 2031. Please complete and submit your answers by then.' };
    expect(await kindsOf(setting.staffA.user.id)).toEqual([soon]);
    expect(await kindsOf(setting.staffA2.user.id)).toEqual([soon]);
    expect(await kindsOf(inactive.id)).toEqual([]);
    for (const other of [setting.staffB, setting.leadStaff, setting.committee]) expect(await kindsOf(other.user.id)).toEqual([]);

    const racing = await Promise.all([
      run(setting.consortium.id, '2031-03-13T21:00:00Z'),
      run(setting.consortium.id, '2031-03-13T21:00:00Z'),
      run(setting.consortium.id, '2031-03-20T00:00:00Z'),
    ]);
    expect(racing.reduce((total, outcome) => total + outcome.overdue + outcome.dueSoon, 0)).toBe(1);
    await run(setting.consortium.id, '2031-04-01T00:00:00Z');
    expect((await kindsOf(setting.staffA.user.id)).map((row) => row.kind)).toEqual(['QUESTIONNAIRE_DUE_SOON', 'QUESTIONNAIRE_OVERDUE']);

    const list = await api.gql(LIST, {}, setting.staffA.token);
    expect(list.data?.notifications.edges[0].node).toMatchObject({
      kind: 'QUESTIONNAIRE_OVERDUE',
      title: { en: `Questionnaire "${questionnaire.titleEn}" is overdue`, ar: `فات موعد تسليم الاستبيان «${questionnaire.titleAr}»` },
      link: `/assignments/${assignment.id}`,
    });
  });

  it('is scheduled hourly in pg-boss', async () => {
    const [schedule] = await api.dataSource.query(`SELECT cron FROM pgboss.schedule WHERE name = 'questionnaire-reminders'`);
    expect(schedule).toEqual({ cron: '7 * * * *' });
  });

  it('reminds again for a new due date, and never about a submitted questionnaire', async () => {
    const setting = await questionnaireSetting(api);
    // Titled in Arabic only: the English text quotes the Arabic title.
    const questionnaire = await createQuestionnaire(api.dataSource, setting.consortium.id, setting.leadStaff.user.id, {
      definition: { title: { ar: 'استبيان القدرات' }, questions: [{ name: 'staff', type: 'INTEGER', label: { ar: 'عدد الموظفين' }, required: true }] },
    });
    const moved = await createAssignment(api.dataSource, questionnaire.id, setting.partnerA.id, { dueOn: '2031-05-10' });
    await createAssignment(api.dataSource, questionnaire.id, setting.partnerB.id, { dueOn: '2031-05-10', submittedAt: new Date('2031-05-01T00:00:00Z') });

    await run(setting.consortium.id, '2031-05-08T12:00:00Z');
    await api.dataSource.query(`UPDATE questionnaire_assignment SET due_on = '2031-05-20' WHERE id = $1`, [moved.id]);
    await run(setting.consortium.id, '2031-05-12T12:00:00Z');
    await run(setting.consortium.id, '2031-05-18T12:00:00Z');
    await run(setting.consortium.id, '2031-05-25T12:00:00Z');
    expect((await kindsOf(setting.staffA.user.id)).map((row) => `${row.kind} ${/\d+ [A-Z][a-z]+ \d{4}/.exec(row.body_en)?.[0]}`)).toEqual([
      'QUESTIONNAIRE_DUE_SOON 10 May 2031',
      'QUESTIONNAIRE_DUE_SOON 20 May 2031',
      'QUESTIONNAIRE_OVERDUE 20 May 2031',
    ]);
    expect(await kindsOf(setting.staffB.user.id)).toEqual([]);
    const [title] = await api.dataSource.query(`SELECT title_en FROM notification WHERE user_id = $1 AND kind = 'QUESTIONNAIRE_OVERDUE'`, [setting.staffA.user.id]);
    expect(title).toEqual({ title_en: 'Questionnaire "استبيان القدرات" is overdue' });
  });

  it('remindQuestionnaireAssignees: the lead reminds pending partners once a day; others may not', async () => {
    const setting = await questionnaireSetting(api);
    const questionnaire = await createQuestionnaire(api.dataSource, setting.consortium.id, setting.leadStaff.user.id);
    await createAssignment(api.dataSource, questionnaire.id, setting.partnerA.id, { dueOn: '2099-12-31' });
    await createAssignment(api.dataSource, questionnaire.id, setting.partnerB.id, { dueOn: '2099-12-31', submittedAt: new Date() });
    const draft = await createQuestionnaire(api.dataSource, setting.consortium.id, setting.leadStaff.user.id, { published: false });

    const parallel = await Promise.all([1, 2, 3].map(() => api.gql(REMIND, { id: questionnaire.id }, setting.leadStaff.token)));
    expect(parallel.map((response) => response.data?.remindQuestionnaireAssignees).sort()).toEqual([0, 0, 1]);
    expect((await api.gql(REMIND, { id: questionnaire.id }, setting.admin.token)).data?.remindQuestionnaireAssignees).toBe(0);
    expect((await kindsOf(setting.staffA.user.id)).map((row) => row.kind)).toEqual(['QUESTIONNAIRE_REMINDER']);
    expect(await kindsOf(setting.staffB.user.id)).toEqual([]);

    const clock = api.app.get(Clock);
    clock.advance(24 * 3600 * 1000);
    try {
      expect((await api.gql(REMIND, { id: questionnaire.id }, setting.admin.token)).data?.remindQuestionnaireAssignees).toBe(1);
    } finally {
      clock.reset();
    }
    expect((await kindsOf(setting.staffA2.user.id)).map((row) => row.kind)).toEqual(['QUESTIONNAIRE_REMINDER', 'QUESTIONNAIRE_REMINDER']);

    expect(errorCode(await api.gql(REMIND, { id: questionnaire.id }, setting.committee.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(REMIND, { id: questionnaire.id }, setting.staffA.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(REMIND, { id: draft.id }, setting.staffA.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REMIND, { id: questionnaire.id }, setting.outsiderStaff.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REMIND, { id: questionnaire.id }, setting.coordinator.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(REMIND, { id: questionnaire.id }))).toBe('UNAUTHENTICATED');
  });

  // The questionnaires service sends these; checked here as this module's other callers.
  it('tells the partner of an assignment (again for a new due date) and of a reopened response with its reason', async () => {
    const setting = await questionnaireSetting(api);
    const questionnaire = await createQuestionnaire(api.dataSource, setting.consortium.id, setting.leadStaff.user.id);
    const assign = (dueOn: string) =>
      api.gql(ASSIGN, { input: { questionnaireId: questionnaire.id, organizationIds: [setting.partnerA.id], dueOn } }, setting.leadStaff.token);
    const assigned = await assign('2099-06-01');
    const assignmentId = assigned.data!.assignQuestionnaire[0].id;
    await assign('2099-06-01');
    await assign('2099-07-01');
    expect((await kindsOf(setting.staffA.user.id)).map((row) => `${row.kind} ${/\d+ [A-Z][a-z]+ \d{4}/.exec(row.body_en)?.[0]}`)).toEqual([
      'QUESTIONNAIRE_ASSIGNED 1 June 2099',
      'QUESTIONNAIRE_ASSIGNED 1 July 2099',
    ]);

    await api.dataSource.query('UPDATE questionnaire_assignment SET submitted_at = now() WHERE id = $1', [assignmentId]);
    const reopened = await api.gql(REOPEN, { input: { assignmentId, reason: 'الرجاء تصحيح عدد الموظفين' } }, setting.leadStaff.token);
    expect(reopened.errors).toBeUndefined();
    const list = await api.gql(LIST, {}, setting.staffA2.token);
    const notice = list.data!.notifications.edges[0].node;
    expect(notice).toMatchObject({ kind: 'QUESTIONNAIRE_REOPENED', link: `/assignments/${assignmentId}` });
    expect(`${notice.title.ar} ${notice.body?.ar}`).toContain('الرجاء تصحيح عدد الموظفين');
    expect(await kindsOf(setting.staffB.user.id)).toEqual([]);
  });
});
