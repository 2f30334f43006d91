import { RecommendationRemindersJob } from '../../../src/modules/meetings/reminders/recommendation-reminders.job';
import { operation, startTestApp, type TestApp } from '../../support/test-app';
import { meetingWithRecommendations } from './files-setting';
import { UPDATE } from './setting';

const LIST = operation<{ notifications: { edges: Array<{ node: { kind: string; title: { ar: string; en: string }; body: { ar: string; en: string } | null; link: string } }> } }>(
  '{ notifications(first: 50) { edges { node { kind title { ar en } body { ar en } link } } } }',
);

/**
 * Due dates lie years ahead, so that the hourly scheduled run of any test process (judged as of the real clock)
 * leaves them alone; `runNow(asOf, consortiumId)` judges as of the given instant, for this test's consortium only.
 */
describe('recommendation reminders', () => {
  let api: TestApp;
  let job: RecommendationRemindersJob;
  beforeAll(async () => {
    api = await startTestApp();
    job = api.app.get(RecommendationRemindersJob);
  });
  afterAll(() => api.close());

  const kindsOf = async (userId: string) =>
    (await api.dataSource.query(
      `SELECT kind, link, body_en FROM notification WHERE user_id = $1 AND kind LIKE 'RECOMMENDATION_%' AND kind <> 'RECOMMENDATION_ASSIGNED' ORDER BY created_at, kind`,
      [userId],
    )) as Array<{ kind: string; link: string; body_en: string }>;

  it("reminds the owners' staff once 3 days before the due date (consortium's calendar), and them and the lead's staff once after it", async () => {
    // 1: partner A's, due 13 March; 2: partner A's, DONE; 3: nobody's yet.
    const setting = await meetingWithRecommendations(api, [
      { owners: ['partnerA'], dueOn: '2031-03-13', text: { ar: 'توقيع الاتفاقية مع البنك', en: 'Sign the agreement with the bank' } },
      { owners: ['partnerA'], dueOn: '2031-03-13' },
      { owners: [], dueOn: '2031-03-13' },
    ]);
    await api.gql(UPDATE, { id: setting.recommendationIds[1], input: { status: 'DONE', progressNote: 'done' } }, setting.staffA.token);
    const [first, , third] = setting.recommendationIds;
    const run = (asOf: string) => job.runNow(new Date(asOf), setting.consortium.id);

    // Asia/Aden is UTC+3: 2031-03-09T21:00Z is already 10 March there, 3 days before the 13th.
    expect(await run('2031-03-09T20:59:00Z')).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await kindsOf(setting.staffA.user.id)).toEqual([]);
    expect(await run('2031-03-09T21:00:00Z')).toEqual({ dueSoon: 1, overdue: 0 });
    const again = await Promise.all([run('2031-03-10T08:00:00Z'), run('2031-03-10T08:00:00Z'), run('2031-03-12T08:00:00Z')]);
    expect(again).toEqual([
      { dueSoon: 0, overdue: 0 },
      { dueSoon: 0, overdue: 0 },
      { dueSoon: 0, overdue: 0 },
    ]);
    await run('2031-03-13T20:59:00Z'); // still the 13th in Aden: due today, not overdue
    const soon = { kind: 'RECOMMENDATION_DUE_SOON', link: `/recommendations/${first}`, body_en: 'It is due on 13 March 2031. Please report its progress by then.' };
    expect(await kindsOf(setting.staffA.user.id)).toEqual([soon]);
    expect(await kindsOf(setting.staffA2.user.id)).toEqual([soon]);
    for (const other of [setting.leadStaff, setting.staffB, setting.committeeB, setting.leadCoordinator]) expect(await kindsOf(other.user.id)).toEqual([]);

    // Overdue: recommendation 1 (its owners and the lead) and 3 (no owners: the lead alone), each once.
    const racing = await Promise.all([run('2031-03-13T21:00:00Z'), run('2031-03-13T21:00:00Z'), run('2031-03-20T00:00:00Z')]);
    expect(racing.reduce((total, outcome) => total + outcome.overdue + outcome.dueSoon, 0)).toBe(2);
    await run('2031-04-01T00:00:00Z');
    expect((await kindsOf(setting.staffA.user.id)).map((row) => row.kind)).toEqual(['RECOMMENDATION_DUE_SOON', 'RECOMMENDATION_OVERDUE']);
    const lead = await kindsOf(setting.leadStaff.user.id);
    expect(lead.map((row) => row.kind)).toEqual(['RECOMMENDATION_OVERDUE', 'RECOMMENDATION_OVERDUE']);
    expect(lead.map((row) => row.link).sort()).toEqual([`/recommendations/${first}`, `/recommendations/${third}`].sort());
    expect(await kindsOf(setting.staffB.user.id)).toEqual([]);

    const list = await api.gql(LIST, {}, setting.staffA.token);
    expect(list.data?.notifications.edges[0].node).toEqual({
      kind: 'RECOMMENDATION_OVERDUE',
      title: { ar: 'فات موعد التوصية 1 «توقيع الاتفاقية مع البنك»', en: 'Recommendation 1 "Sign the agreement with the bank" is overdue' },
      body: { ar: 'كان موعدها 13 مارس 2031. حدّثوا حالتها أو اتفقوا على موعد جديد.', en: 'It was due on 13 March 2031. Please update its status or agree on a new date.' },
      link: `/recommendations/${first}`,
    });
    // The DONE recommendation was never reminded.
    const done = setting.recommendationIds[1];
    const reminded: unknown[] = await api.dataSource.query('SELECT 1 FROM notification WHERE link = $1 AND kind <> $2', [`/recommendations/${done}`, 'RECOMMENDATION_ASSIGNED']);
    expect(reminded).toEqual([]);
  });

  it('reminds again of a new due date, and not of a recommendation that is done', async () => {
    const setting = await meetingWithRecommendations(api, [{ owners: ['partnerA'], dueOn: '2031-05-10' }]);
    const [id] = setting.recommendationIds;
    const run = (asOf: string) => job.runNow(new Date(asOf), setting.consortium.id);
    expect(await run('2031-05-08T00:00:00Z')).toEqual({ dueSoon: 1, overdue: 0 });
    expect(await run('2031-05-11T00:00:00Z')).toEqual({ dueSoon: 0, overdue: 1 });

    await api.gql(UPDATE, { id, input: { dueOn: '2031-06-20' } }, setting.leadStaff.token);
    expect(await run('2031-05-12T00:00:00Z')).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await run('2031-06-18T00:00:00Z')).toEqual({ dueSoon: 1, overdue: 0 });
    expect((await kindsOf(setting.staffA.user.id)).map((row) => row.body_en)).toEqual([
      'It is due on 10 May 2031. Please report its progress by then.',
      'It was due on 10 May 2031. Please update its status or agree on a new date.',
      'It is due on 20 June 2031. Please report its progress by then.',
    ]);

    await api.gql(UPDATE, { id, input: { status: 'DONE', progressNote: 'finished' } }, setting.staffA.token);
    expect(await run('2031-07-01T00:00:00Z')).toEqual({ dueSoon: 0, overdue: 0 });
  });

  it('is scheduled hourly in pg-boss, next to the questionnaire reminders', async () => {
    const [schedule] = await api.dataSource.query(`SELECT cron FROM pgboss.schedule WHERE name = 'recommendation-reminders'`);
    expect(schedule).toEqual({ cron: '7 * * * *' });
  });
});
