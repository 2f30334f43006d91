import { Clock, dayIn } from '../../../src/common/time/clock';
import { ConsortiumEntity } from '../../../src/modules/consortia/consortium.entity';
import { RecommendationEntity, RecommendationNoteEntity } from '../../../src/modules/meetings/recommendation.entity';
import { errorCode, fieldErrors, startTestApp, type GqlResponse, type TestApp } from '../../support/test-app';
import { ADD, addRecommendation, createMeeting, GET, LIST, meetingSetting, UPDATE, UPDATE_MEETING, type MeetingSetting } from './setting';

/** fieldErrors with their localized messages (the test support types only the common part). */
const localizedErrors = (response: GqlResponse) =>
  fieldErrors(response).map((error) => ({ field: error.field, constraint: error.constraint, localized: (error as { localized?: { ar: string; en: string } }).localized }));

describe('recommendations', () => {
  let api: TestApp;
  let setting: MeetingSetting;
  beforeAll(async () => {
    api = await startTestApp();
    setting = await meetingSetting(api);
  });
  afterAll(() => api.close());

  it('numbers 10 parallel additions 1..10, without gaps or duplicates', async () => {
    const meeting = await createMeeting(api, setting);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        api.gql(ADD, { input: { meetingId: meeting.id, text: { ar: `توصية ${index}` } } }, index % 2 ? setting.leadStaff.token : setting.committeeB.token),
      ),
    );
    expect(responses.map((response) => response.errors)).toEqual(Array(10).fill(undefined));
    expect(responses.map((response) => response.data!.addRecommendation.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const rows = await api.dataSource.getRepository(RecommendationEntity).find({ where: { meetingId: meeting.id }, order: { number: 'ASC' } });
    expect(rows.map((row) => row.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('moves through the lifecycle, with reasons for dropping and reopening, and keeps the thread oldest first', async () => {
    const meeting = await createMeeting(api, setting);
    const { id } = await addRecommendation(api, setting, meeting.id);
    const owner = setting.staffA.token;
    const update = (input: Record<string, unknown>, token = owner) => api.gql(UPDATE, { id, input }, token);

    const started = await update({ status: 'IN_PROGRESS' });
    expect(started.data!.updateRecommendation).toMatchObject({ status: 'IN_PROGRESS', closedAt: null, version: 2 });
    const done = await update({ status: 'DONE', progressNote: 'اجتمعت اللجنة', percent: 100 });
    expect(done.data!.updateRecommendation).toMatchObject({ status: 'DONE', percent: 100, statusReason: null });
    expect(done.data!.updateRecommendation.closedAt).not.toBeNull();

    const direct = await update({ status: 'DROPPED', progressNote: 'لم تعد لازمة' });
    expect(errorCode(direct)).toBe('CONFLICT');

    const noReason = await update({ status: 'OPEN' });
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(localizedErrors(noReason)).toEqual([
      { field: 'progressNote', constraint: 'reasonRequired', localized: { ar: 'اذكر سبب إعادة فتح التوصية', en: 'say why the done recommendation is reopened' } },
    ]);
    const reopened = await update({ status: 'IN_PROGRESS', progressNote: 'ظهرت ملاحظات جديدة' });
    expect(reopened.data!.updateRecommendation).toMatchObject({ status: 'IN_PROGRESS', statusReason: 'ظهرت ملاحظات جديدة', closedAt: null });

    const backToOpen = await update({ status: 'OPEN' });
    expect(backToOpen.data!.updateRecommendation.status).toBe('OPEN');
    const dropNoReason = await update({ status: 'DROPPED', progressNote: '   ' });
    expect(localizedErrors(dropNoReason)).toEqual([
      { field: 'progressNote', constraint: 'reasonRequired', localized: { ar: 'اذكر سبب إلغاء التوصية', en: 'say why the recommendation is dropped' } },
    ]);
    const dropped = await update({ status: 'DROPPED', progressNote: 'ألغيت بقرار الشركاء' }, setting.leadStaff.token);
    expect(dropped.data!.updateRecommendation).toMatchObject({ status: 'DROPPED', statusReason: 'ألغيت بقرار الشركاء' });

    const same = await update({ status: 'DROPPED', progressNote: 'ملاحظة فقط' }, setting.leadStaff.token);
    expect(same.data!.updateRecommendation.status).toBe('DROPPED');

    const thread = (await api.gql(GET, { id }, setting.admin.token)).data!.recommendation.progress;
    expect(thread.map((note) => [note.statusFrom, note.statusTo, note.note, note.percent])).toEqual([
      ['OPEN', 'IN_PROGRESS', '', null],
      ['IN_PROGRESS', 'DONE', 'اجتمعت اللجنة', 100],
      ['DONE', 'IN_PROGRESS', 'ظهرت ملاحظات جديدة', null],
      ['IN_PROGRESS', 'OPEN', '', null],
      ['OPEN', 'DROPPED', 'ألغيت بقرار الشركاء', null],
      [null, null, 'ملاحظة فقط', null],
    ]);
    expect(thread.map((note) => note.by.id)).toEqual([
      setting.staffA.user.id,
      setting.staffA.user.id,
      setting.staffA.user.id,
      setting.staffA.user.id,
      setting.leadStaff.user.id,
      setting.leadStaff.user.id,
    ]);
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const meeting = await createMeeting(api, setting);
    const recommendation = await addRecommendation(api, setting, meeting.id);
    const first = await api.gql(UPDATE, { id: recommendation.id, input: { expectedVersion: 1, progressNote: 'أولى' } }, setting.staffA.token);
    expect(first.data!.updateRecommendation.version).toBe(2);
    const stale = await api.gql(UPDATE, { id: recommendation.id, input: { expectedVersion: 1, status: 'DONE' } }, setting.leadStaff.token);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
    expect((await api.gql(GET, { id: recommendation.id }, setting.admin.token)).data!.recommendation).toMatchObject({ status: 'OPEN', version: 2 });
  });

  it('refuses bad input field by field, in Arabic and English, and writes nothing', async () => {
    const meeting = await createMeeting(api, setting);
    const recommendation = await addRecommendation(api, setting, meeting.id);
    const notesBefore = await api.dataSource.getRepository(RecommendationNoteEntity).countBy({ recommendationId: recommendation.id });

    const bad = await api.gql(
      UPDATE,
      { id: recommendation.id, input: { status: 'DONE', progressNote: 'تم', percent: 101, text: { ar: 'x'.repeat(10_001) }, ownerOrganizationIds: [setting.outsider.id] } },
      setting.leadStaff.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(localizedErrors(bad).map((error) => `${error.field}:${error.constraint}`)).toEqual(['percent:isPercent', 'text.ar:maxLength', 'ownerOrganizationIds.0:isMember']);
    for (const error of localizedErrors(bad)) expect(error.localized?.ar).toMatch(/[\u0600-\u06FF]/);
    const after = (await api.gql(GET, { id: recommendation.id }, setting.admin.token)).data!.recommendation;
    expect(after).toMatchObject({ status: 'OPEN', version: 1, percent: null, owners: [{ id: setting.partnerA.id }] });
    expect(await api.dataSource.getRepository(RecommendationNoteEntity).countBy({ recommendationId: recommendation.id })).toBe(notesBefore);

    const countBefore = await api.dataSource.getRepository(RecommendationEntity).countBy({ meetingId: meeting.id });
    const badAdd = await api.gql(
      ADD,
      { input: { meetingId: meeting.id, text: { ar: ' ', en: '' }, ownerOrganizationIds: [setting.partnerA.id, setting.outsider.id], aboutMeetingId: recommendation.id } },
      setting.leadStaff.token,
    );
    expect(localizedErrors(badAdd).map((error) => `${error.field}:${error.constraint}`)).toEqual([
      'text:atLeastOneLanguage',
      'ownerOrganizationIds.1:isMember',
      'aboutMeetingId:exists',
    ]);
    expect(await api.dataSource.getRepository(RecommendationEntity).countBy({ meetingId: meeting.id })).toBe(countBefore);
    // The number given out next is still the next one.
    expect((await addRecommendation(api, setting, meeting.id)).number).toBe(countBefore + 1);
  });

  it('tells the owners’ staff once when their organisation becomes an owner', async () => {
    const meeting = await createMeeting(api, setting);
    const notices = async (userId: string) =>
      (await api.dataSource.query(`SELECT kind, link FROM notification WHERE user_id = $1 AND kind = 'RECOMMENDATION_ASSIGNED' ORDER BY created_at`, [userId])) as Array<{
        kind: string;
        link: string;
      }>;
    const before = (await notices(setting.staffA.user.id)).length;
    const recommendation = await addRecommendation(api, setting, meeting.id, { dueOn: '2030-05-01' });
    const toA = await notices(setting.staffA.user.id);
    expect(toA).toHaveLength(before + 1);
    expect(toA.at(-1)).toEqual({ kind: 'RECOMMENDATION_ASSIGNED', link: `/recommendations/${recommendation.id}` });
    expect((await notices(setting.committeeA.user.id)).length).toBeGreaterThan(0);
    expect((await notices(setting.viewerA.user.id)).length).toBe(0);

    const beforeB = (await notices(setting.staffB.user.id)).length;
    await api.gql(UPDATE, { id: recommendation.id, input: { ownerOrganizationIds: [setting.partnerA.id, setting.partnerB.id] } }, setting.leadStaff.token);
    await api.gql(UPDATE, { id: recommendation.id, input: { dueOn: '2030-06-01' } }, setting.leadStaff.token);
    expect(await notices(setting.staffB.user.id)).toHaveLength(beforeB + 1);
    expect(await notices(setting.staffA.user.id)).toHaveLength(before + 1);
  });

  it("is overdue by the consortium's calendar date, in the field and in the filter", async () => {
    // Kiritimati (UTC+14) is always at least a day ahead of Pago Pago (UTC−11).
    const ahead = await meetingSetting(api, 'Pacific/Kiritimati');
    const behind = await meetingSetting(api, 'Pacific/Pago_Pago');
    const clock = api.app.get(Clock);
    const dueOn = dayIn('Pacific/Pago_Pago', clock.now());
    const inAhead = await addRecommendation(api, ahead, (await createMeeting(api, ahead)).id, { dueOn });
    const inBehind = await addRecommendation(api, behind, (await createMeeting(api, behind)).id, { dueOn });
    const closed = await addRecommendation(api, ahead, (await createMeeting(api, ahead)).id, { dueOn });
    await api.gql(UPDATE, { id: closed.id, input: { status: 'DONE' } }, ahead.leadStaff.token);
    expect(inAhead.overdue).toBe(true);
    expect(inBehind.overdue).toBe(false);

    const overdueIds = async (overdue: boolean) =>
      (await api.gql(LIST, { filter: { overdue }, first: 100 }, ahead.admin.token)).data!.recommendations.edges.map((edge) => edge.node.id);
    expect(await overdueIds(true)).toEqual(expect.arrayContaining([inAhead.id]));
    expect(await overdueIds(true)).not.toContain(inBehind.id);
    expect(await overdueIds(true)).not.toContain(closed.id);
    expect(await overdueIds(false)).toEqual(expect.arrayContaining([inBehind.id, closed.id]));
    expect(await overdueIds(false)).not.toContain(inAhead.id);

    // Once Pago Pago's date passes the due date, it is overdue there too.
    const offset = 24 * 3600 * 1000;
    clock.advance(offset);
    try {
      expect((await api.gql(GET, { id: inBehind.id }, behind.leadStaff.token)).data!.recommendation.overdue).toBe(true);
      expect(await overdueIds(true)).toEqual(expect.arrayContaining([inAhead.id, inBehind.id]));
    } finally {
      clock.reset();
    }
    // The zone is the consortium's: moving it moves the answer.
    await api.dataSource.getRepository(ConsortiumEntity).update({ id: ahead.consortium.id }, { timeZone: 'Pacific/Pago_Pago' });
    expect((await api.gql(GET, { id: inAhead.id }, ahead.leadStaff.token)).data!.recommendation.overdue).toBe(false);
    expect(await overdueIds(true)).not.toContain(inAhead.id);
  });

  it('records every change in the audit log, by whom and what changed', async () => {
    const meeting = await createMeeting(api, setting);
    const recommendation = await addRecommendation(api, setting, meeting.id);
    await api.gql(UPDATE, { id: recommendation.id, input: { status: 'IN_PROGRESS', progressNote: 'بدأنا', percent: 20 } }, setting.staffA.token);
    await api.gql(UPDATE_MEETING, { id: meeting.id, input: { location: 'المكلا' } }, setting.committeeB.token);
    const entries: Array<{ record_type: string; action: string; user_id: string; changes: Record<string, { before?: unknown; after?: unknown }> }> = await api.dataSource.query(
      'SELECT record_type, action, user_id, changes FROM audit_entry WHERE record_id = ANY($1::uuid[]) ORDER BY id',
      [[meeting.id, recommendation.id]],
    );
    expect(entries.map((entry) => [entry.record_type, entry.action, entry.user_id])).toEqual([
      ['MEETING', 'CREATE', setting.leadStaff.user.id],
      ['RECOMMENDATION', 'CREATE', setting.leadStaff.user.id],
      ['RECOMMENDATION', 'UPDATE', setting.staffA.user.id],
      ['MEETING', 'UPDATE', setting.committeeB.user.id],
    ]);
    expect(entries[1].changes.owners).toEqual({ after: [setting.partnerA.id] });
    expect(entries[2].changes).toMatchObject({ status: { before: 'OPEN', after: 'IN_PROGRESS' }, percent: { before: null, after: 20 } });
    expect(entries[3].changes).toEqual({ location: { before: null, after: 'المكلا' } });
  });
});

