import { Role } from '@shuraka/domain';
import { randomUUID } from 'node:crypto';
import { NotificationMailJob } from '../../../src/modules/notifications/notification-mail.job';
import { QuestionnaireRemindersJob } from '../../../src/modules/notifications/questionnaire-reminders.job';
import { NotificationsService, type NotificationRequest } from '../../../src/modules/notifications/notifications.service';
import { createAssignment, createQuestionnaire, createUser } from '../../factories';
import { questionnaireSetting } from '../questionnaires/setting';
import { RecommendationRemindersJob } from '../../../src/modules/meetings/reminders/recommendation-reminders.job';
import { meetingWithRecommendations } from '../meetings/files-setting';
import { startSmtpInbox, type SmtpInbox } from '../../support/smtp-inbox';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * The only test file whose API has SMTP_URL: the mail job of any process sends every pending row, so
 * a second file with its own SMTP server could receive this file's messages.
 */
describe('notification e-mail (a real SMTP server)', () => {
  let inbox: SmtpInbox;
  let api: TestApp;
  let service: NotificationsService;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    api = await startTestApp({ env: { SMTP_URL: inbox.url, MAIL_FROM: 'Shuraka <no-reply@test.shuraka.org>', PUBLIC_URL: 'https://shuraka.example.org/' } });
    service = api.app.get(NotificationsService);
  });
  afterAll(async () => {
    await api.close();
    await inbox.close();
  });

  const notify = (request: Partial<NotificationRequest> & { userIds: string[] }) =>
    api.dataSource.transaction((manager) =>
      service.notify(manager, { dedupeKey: `test:${randomUUID()}`, kind: 'TEST', title: { ar: 'تذكير باستبيان', en: 'Questionnaire reminder' }, ...request }),
    );
  const stateOf = async (userId: string) =>
    api.dataSource.query('SELECT email_pending, emailed_at IS NOT NULL AS emailed, email_attempts, email_error FROM notification WHERE user_id = $1', [userId]);

  it('e-mails each recipient once after commit, Arabic first (rtl) and English, with a link to the page', async () => {
    const first = await createUser(api.dataSource, Role.PARTNER_STAFF);
    const second = await createUser(api.dataSource, Role.PARTNER_STAFF);
    await notify({
      userIds: [first.id, second.id],
      email: true,
      body: { ar: 'موعد التسليم 4 ديسمبر ٢٠٢٦', en: 'Due on 2026-12-04' },
      link: '/assignments/abc',
    });

    const [mail] = await inbox.waitFor(first.email, 1);
    expect(inbox.to(first.email)).toHaveLength(1);
    expect(mail.envelopeTo).toEqual([first.email]);
    expect(mail.headers.get('to')).toContain(first.email);
    expect(mail.headers.get('from')).toContain('no-reply@test.shuraka.org');
    expect(mail.subject).toBe('تذكير باستبيان | Questionnaire reminder');
    expect(mail.html).toMatch(/<div dir="rtl" lang="ar"[^>]*><h2>تذكير باستبيان<\/h2><p[^>]*>موعد التسليم 4 ديسمبر ٢٠٢٦<\/p>/);
    expect(mail.html).toMatch(/<div dir="ltr" lang="en"[^>]*><h2>Questionnaire reminder<\/h2>/);
    expect(mail.html).toContain('href="https://shuraka.example.org/assignments/abc"');
    expect(mail.text.indexOf('موعد التسليم')).toBeGreaterThanOrEqual(0);
    expect(mail.text.indexOf('موعد التسليم')).toBeLessThan(mail.text.indexOf('Due on 2026-12-04'));
    expect(mail.text).toContain('https://shuraka.example.org/assignments/abc');

    expect(await inbox.waitFor(second.email, 1)).toHaveLength(1);
    expect(await stateOf(first.id)).toEqual([{ email_pending: false, emailed: true, email_attempts: 1, email_error: null }]);
    // Another run finds nothing left to send.
    expect(await api.app.get(NotificationMailJob).sendPending()).toEqual({ sent: 0, failed: 0 });
    expect(inbox.to(first.email)).toHaveLength(1);
  });

  it('sends nothing for in-app-only notifications or for a transaction that rolled back', async () => {
    const inAppOnly = await createUser(api.dataSource, Role.COORDINATOR);
    const rolledBack = await createUser(api.dataSource, Role.COORDINATOR);
    const witness = await createUser(api.dataSource, Role.COORDINATOR);
    await notify({ userIds: [inAppOnly.id] });
    await expect(
      api.dataSource.transaction(async (manager) => {
        await service.notify(manager, { dedupeKey: `test:${randomUUID()}`, userIds: [rolledBack.id], kind: 'TEST', title: { ar: 'أ', en: 'A' }, email: true });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // A later message arrives, so the earlier ones would have too.
    await notify({ userIds: [witness.id], email: true });
    await inbox.waitFor(witness.email);
    expect(inbox.to(inAppOnly.email)).toEqual([]);
    expect(inbox.to(rolledBack.email)).toEqual([]);
    expect(await stateOf(inAppOnly.id)).toEqual([{ email_pending: false, emailed: false, email_attempts: 0, email_error: null }]);
  });

  it('keeps a refused message pending, retries it later, and gives up after the last attempt', async () => {
    const user = await createUser(api.dataSource, Role.PARTNER_STAFF);
    inbox.refuse.add(user.email);
    await notify({ userIds: [user.id], email: true });
    for (let attempt = 0; attempt < 100 && (await stateOf(user.id))[0].email_attempts === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [failed] = await stateOf(user.id);
    expect(failed).toMatchObject({ email_pending: true, emailed: false, email_attempts: 1 });
    expect(failed.email_error).toContain('mailbox unavailable');
    // Not retried before its back-off (2 minutes after the first failure).
    const job = api.app.get(NotificationMailJob);
    await job.sendPending();
    expect((await stateOf(user.id))[0].email_attempts).toBe(1);

    inbox.refuse.delete(user.email);
    await api.dataSource.query(`UPDATE notification SET email_attempted_at = now() - interval '3 minutes' WHERE user_id = $1`, [user.id]);
    await job.sendPending();
    expect(await stateOf(user.id)).toEqual([{ email_pending: false, emailed: true, email_attempts: 2, email_error: null }]);
    expect(inbox.to(user.email)).toHaveLength(1);

    const hopeless = await createUser(api.dataSource, Role.PARTNER_STAFF);
    inbox.refuse.add(hopeless.email);
    await api.dataSource.transaction(async (manager) => {
      await service.notify(manager, { dedupeKey: `test:${randomUUID()}`, userIds: [hopeless.id], kind: 'TEST', title: { ar: 'أ', en: 'A' } });
      // As if five attempts had failed already, the last one long ago.
      await manager.query(`UPDATE notification SET email_pending = true, email_attempts = 5, email_attempted_at = now() - interval '2 hours' WHERE user_id = $1`, [hopeless.id]);
    });
    await job.sendPending();
    expect(await stateOf(hopeless.id)).toEqual([{ email_pending: false, emailed: false, email_attempts: 6, email_error: expect.stringContaining('mailbox unavailable') }]);
  });

  it('sends each pending message once when several runs race', async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => createUser(api.dataSource, Role.PARTNER_STAFF)));
    // Rows made pending directly, so that only the racing runs below can send them.
    await api.dataSource.transaction(async (manager) => {
      for (const user of users) {
        await service.notify(manager, { dedupeKey: `test:${randomUUID()}`, userIds: [user.id], kind: 'TEST', title: { ar: 'أ', en: 'A' } });
      }
      await manager.query('UPDATE notification SET email_pending = true WHERE user_id = ANY($1)', [users.map((user) => user.id)]);
    });
    const job = api.app.get(NotificationMailJob);
    const runs = await Promise.all([job.sendPending(), job.sendPending(), job.sendPending()]);
    // A scheduled run of the queue may take part in the race too; none sends a row another one sent.
    expect(runs.reduce((total, run) => total + run.sent, 0)).toBeLessThanOrEqual(users.length);
    await inbox.waitFor(users[users.length - 1].email, 1);
    expect(users.map((user) => inbox.to(user.email).length)).toEqual(users.map(() => 1));
    const states = await api.dataSource.query('SELECT email_pending, email_attempts FROM notification WHERE user_id = ANY($1)', [users.map((user) => user.id)]);
    expect(states).toEqual(users.map(() => ({ email_pending: false, email_attempts: 1 })));
  });

  it("e-mails the reminders job's notices to the partner's staff, once per due date", async () => {
    const setting = await questionnaireSetting(api);
    const questionnaire = await createQuestionnaire(api.dataSource, setting.consortium.id, setting.leadStaff.user.id);
    // Years ahead of the reminder tests' dates: no other test's pass (each limited to its consortium) or schedule touches it.
    await createAssignment(api.dataSource, questionnaire.id, setting.partnerA.id, { dueOn: '2041-02-10' });
    const job = api.app.get(QuestionnaireRemindersJob);
    await Promise.all([job.runNow(new Date('2041-02-08T09:00:00Z'), setting.consortium.id), job.runNow(new Date('2041-02-08T10:00:00Z'), setting.consortium.id)]);

    for (const staff of [setting.staffA, setting.staffA2]) {
      const mails = await inbox.waitFor(staff.user.email, 1);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe(`يقترب موعد تسليم الاستبيان «${questionnaire.titleAr}» | Questionnaire "${questionnaire.titleEn}" is due soon`);
      expect(mails[0].text).toContain('موعد التسليم 10 فبراير 2041');
      expect(mails[0].text).toContain('It is due on 10 February 2041');
    }
    expect(inbox.to(setting.staffB.user.email)).toEqual([]);
    expect(inbox.to(setting.leadStaff.user.email)).toEqual([]);
  });

  it("e-mails a recommendation's overdue notice to its owner's staff and the lead's staff, once", async () => {
    const setting = await meetingWithRecommendations(api, [{ owners: ['partnerA'], dueOn: '2041-03-01', text: { ar: 'فتح حساب مشترك', en: 'Open a joint account' } }]);
    const job = api.app.get(RecommendationRemindersJob);
    await Promise.all([job.runNow(new Date('2041-03-05T09:00:00Z'), setting.consortium.id), job.runNow(new Date('2041-03-05T10:00:00Z'), setting.consortium.id)]);

    const subject = 'فات موعد التوصية 1 «فتح حساب مشترك» | Recommendation 1 "Open a joint account" is overdue';
    // The owner's staff had the e-mail of the assignment before.
    for (const [staff, count] of [[setting.staffA, 2], [setting.staffA2, 2], [setting.leadStaff, 1]] as const) {
      await inbox.waitFor(staff.user.email, count);
      const overdue = inbox.to(staff.user.email).filter((mail) => mail.subject === subject);
      expect(overdue).toHaveLength(1);
      expect(overdue[0].text).toContain('It was due on 1 March 2041.');
      expect(overdue[0].text).toContain(`https://shuraka.example.org/recommendations/${setting.recommendationIds[0]}`);
    }
    expect(inbox.to(setting.staffB.user.email).filter((mail) => mail.subject === subject)).toEqual([]);
  });
});
