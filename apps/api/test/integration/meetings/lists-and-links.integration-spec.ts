import { MemberRole } from '@shuraka/domain';
import { Clock, addDays, dayIn } from '../../../src/common/time/clock';
import { MeetingEntity } from '../../../src/modules/meetings/meeting.entity';
import { createConsortium, createQuestionnaire, createService } from '../../factories';
import { StatementCounter } from '../../support/statement-counter';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';
import {
  addRecommendation,
  CREATE_MEETING,
  createMeeting,
  GET,
  GET_MEETING,
  LIST,
  LIST_MEETINGS,
  meetingSetting,
  UPDATE,
  UPDATE_MEETING,
  type MeetingSetting,
} from './setting';

const CREATE_COMMITTEE = operation<{ createCommittee: { id: string; active: boolean; version: number; members: Array<{ name: string; organization: { id: string } | null; user: { id: string } | null }> } }>(
  `mutation C($input: CreateCommitteeInput!) { createCommittee(input: $input) { id active version members { name organization { id } user { id } } } }`,
);
const UPDATE_COMMITTEE = operation<{ updateCommittee: { id: string; version: number; kind: string; endsOn: string | null } }>(
  `mutation U($id: ID!, $input: UpdateCommitteeInput!) { updateCommittee(id: $id, input: $input) { id version kind endsOn } }`,
);
const COMMITTEE = operation<{ committee: { id: string; active: boolean; meetings: Array<{ id: string }>; recommendations: Array<{ id: string }> } }>(
  `query K($id: ID!) { committee(id: $id) { id active meetings { id } recommendations { id } } }`,
);
const COMMITTEES = operation<{ committees: { edges: Array<{ node: { id: string } }> } }>(
  `query K($filter: CommitteeFilter) { committees(filter: $filter, first: 100) { edges { node { id } } } }`,
);
const QUESTIONNAIRE = operation<{ questionnaire: { id: string; recommendations: Array<{ id: string }> } }>(
  `query Q($id: ID!) { questionnaire(id: $id) { id recommendations { id } } }`,
);
const SERVICE = operation<{ service: { id: string; recommendations: Array<{ id: string }> } }>(`query S($id: ID!) { service(id: $id) { id recommendations { id } } }`);

describe('meeting and recommendation lists, links and follow-ups', () => {
  const counter = new StatementCounter();
  let api: TestApp;
  let setting: MeetingSetting;
  beforeAll(async () => {
    api = await startTestApp({ sqlLogger: counter });
    setting = await meetingSetting(api);
  });
  afterAll(() => api.close());

  it('lists meetings latest first, filtered by kind, committee and dates, page by page', async () => {
    const s = await meetingSetting(api);
    const committee = (await api.gql(CREATE_COMMITTEE, { input: { consortiumId: s.consortium.id, name: { en: 'Draft committee' }, kind: 'STANDING' } }, s.leadStaff.token)).data!
      .createCommittee;
    const days = ['2017-12-12', '2017-12-31', '2018-01-22', '2018-01-22', '2018-03-10'];
    const created = [];
    for (const [index, heldOn] of days.entries()) {
      created.push(await createMeeting(api, s, { heldOn, kind: index === 2 ? 'COMMITTEE' : 'PARTNERS_MEETING', committeeId: index === 2 ? committee.id : null }));
    }
    const list = async (filter: Record<string, unknown>, first = 100, after?: string) =>
      (await api.gql(LIST_MEETINGS, { filter: { consortiumId: s.consortium.id, ...filter }, first, after }, s.viewerA.token)).data!.meetings;

    const all = await list({});
    expect(all.totalCount).toBe(5);
    expect(all.edges.map((edge) => edge.node.heldOn)).toEqual(['2018-03-10', '2018-01-22', '2018-01-22', '2017-12-31', '2017-12-12']);
    const sameDay = [created[2].id, created[3].id].sort().reverse();
    expect(all.edges.slice(1, 3).map((edge) => edge.node.id)).toEqual(sameDay);

    const pages: string[] = [];
    let after: string | undefined;
    do {
      const page = await list({}, 2, after);
      pages.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after);
    expect(pages).toEqual(all.edges.map((edge) => edge.node.id));

    expect((await list({ kind: 'COMMITTEE' })).edges.map((edge) => edge.node.id)).toEqual([created[2].id]);
    expect((await list({ committeeId: committee.id })).edges.map((edge) => edge.node.id)).toEqual([created[2].id]);
    expect((await list({ from: '2017-12-31', to: '2018-01-22' })).totalCount).toBe(3);
    const committeeRead = await api.gql(COMMITTEE, { id: committee.id }, s.staffB.token);
    expect(committeeRead.data!.committee.meetings.map((meeting) => meeting.id)).toEqual([created[2].id]);
  });

  it('orders recommendations by due date (none last), meeting day and number, and filters them', async () => {
    const s = await meetingSetting(api);
    const early = await createMeeting(api, s, { heldOn: '2017-12-12' });
    const late = await createMeeting(api, s, { heldOn: '2017-12-31' });
    const r1 = await addRecommendation(api, s, late.id, { dueOn: '2018-02-15' });
    const r2 = await addRecommendation(api, s, late.id, { dueOn: null, ownerOrganizationIds: [s.partnerB.id] });
    const r3 = await addRecommendation(api, s, late.id, { dueOn: '2018-01-22' });
    const r4 = await addRecommendation(api, s, early.id, { dueOn: '2018-02-15', ownerOrganizationIds: [s.partnerB.id] });
    const r5 = await addRecommendation(api, s, early.id, { dueOn: null });
    await api.gql(UPDATE, { id: r3.id, input: { status: 'DONE' } }, s.leadStaff.token);

    const list = async (filter: Record<string, unknown>, token = s.leadStaff.token, first = 100, after?: string) =>
      (await api.gql(LIST, { filter: { consortiumId: s.consortium.id, ...filter }, first, after }, token)).data!.recommendations;
    const expected = [r3.id, r4.id, r1.id, r5.id, r2.id];
    expect((await list({})).edges.map((edge) => edge.node.id)).toEqual(expected);
    const pages: string[] = [];
    let after: string | undefined;
    do {
      const page = await list({}, s.leadStaff.token, 2, after);
      pages.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after);
    expect(pages).toEqual(expected);

    expect((await list({ status: 'DONE' })).edges.map((edge) => edge.node.id)).toEqual([r3.id]);
    expect((await list({ ownerOrganizationId: s.partnerB.id })).edges.map((edge) => edge.node.id)).toEqual([r4.id, r2.id]);
    expect((await list({ meetingId: early.id })).edges.map((edge) => edge.node.id)).toEqual([r4.id, r5.id]);
    expect((await list({ mine: true }, s.staffB.token)).edges.map((edge) => edge.node.id)).toEqual([r4.id, r2.id]);
    expect((await list({ mine: true }, s.leadStaff.token)).totalCount).toBe(0);
    expect((await list({ overdue: true })).edges.map((edge) => edge.node.id)).toEqual([r4.id, r1.id]);
    const otherConsortium = await api.gql(LIST, { filter: { consortiumId: setting.consortium.id }, first: 100 }, s.leadStaff.token);
    expect(otherConsortium.data!.recommendations.totalCount).toBe(0);
    expect(errorCode(await api.gql(LIST, { first: 2, after: 'forged.cursor' }, s.leadStaff.token))).toBe('BAD_USER_INPUT');
  });

  it('links a recommendation to records of its consortium only, and shows it back there to those who may see it', async () => {
    const s = await meetingSetting(api);
    const meeting = await createMeeting(api, s);
    const workshop = await createMeeting(api, s, { kind: 'WORKSHOP', heldOn: '2018-03-01' });
    const committee = (await api.gql(CREATE_COMMITTEE, { input: { consortiumId: s.consortium.id, name: { ar: 'اللجنة' }, kind: 'STANDING' } }, s.leadStaff.token)).data!
      .createCommittee;
    const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.leadStaff.user.id);
    const service = await createService(api.dataSource, s.partnerA.id);
    const links = { aboutQuestionnaireId: questionnaire.id, aboutMeetingId: workshop.id, aboutCommitteeId: committee.id, aboutServiceId: service.id };
    const linked = await addRecommendation(api, s, meeting.id, links);
    expect((await api.gql(GET, { id: linked.id }, s.admin.token)).data!.recommendation).toMatchObject({
      aboutQuestionnaire: { id: questionnaire.id },
      aboutMeeting: { id: workshop.id },
      aboutCommittee: { id: committee.id },
      aboutService: { id: service.id },
    });
    // Partner staff see their own organisation's services only: the lead's staff see the link without the service.
    expect(linked.aboutService).toBeNull();
    expect((await api.gql(GET, { id: linked.id }, s.staffA.token)).data!.recommendation.aboutService).toEqual({ id: service.id });

    expect((await api.gql(QUESTIONNAIRE, { id: questionnaire.id }, s.committeeB.token)).data!.questionnaire.recommendations).toEqual([{ id: linked.id }]);
    expect((await api.gql(GET_MEETING, { id: workshop.id }, s.viewerA.token)).data!.meeting.relatedRecommendations).toEqual([{ id: linked.id }]);
    expect((await api.gql(COMMITTEE, { id: committee.id }, s.staffB.token)).data!.committee.recommendations).toEqual([{ id: linked.id }]);
    expect((await api.gql(SERVICE, { id: service.id }, s.staffA.token)).data!.service.recommendations).toEqual([{ id: linked.id }]);
    for (const field of Object.keys(links)) {
      expect((await api.gql(LIST, { filter: { [field]: links[field as keyof typeof links] }, first: 10 }, s.admin.token)).data!.recommendations.edges).toEqual([
        { node: expect.objectContaining({ id: linked.id }) },
      ]);
    }

    // Partner A's service is also offered in another consortium: that one's readers do not see this recommendation on it.
    await createConsortium(api.dataSource, s.outsider.id, [{ organizationId: s.partnerA.id, role: MemberRole.MEMBER }]);
    expect((await api.gql(SERVICE, { id: service.id }, s.outsiderCoordinator.token)).data!.service.recommendations).toEqual([]);

    // Records of another consortium are refused, field by field, and nothing is written.
    const foreignQuestionnaire = await createQuestionnaire(api.dataSource, setting.consortium.id, setting.leadStaff.user.id);
    const foreignMeeting = await createMeeting(api, setting);
    const foreignService = await createService(api.dataSource, setting.outsider.id);
    const before = (await api.gql(GET, { id: linked.id }, s.admin.token)).data!.recommendation.version;
    const refused = await api.gql(
      UPDATE,
      { id: linked.id, input: { aboutQuestionnaireId: foreignQuestionnaire.id, aboutMeetingId: foreignMeeting.id, aboutServiceId: foreignService.id, aboutCommitteeId: null } },
      s.leadStaff.token,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(refused).map((error) => `${error.field}:${error.constraint}`)).toEqual([
      'aboutQuestionnaireId:sameConsortium',
      'aboutMeetingId:sameConsortium',
      'aboutServiceId:sameConsortium',
    ]);
    const unchanged = (await api.gql(GET, { id: linked.id }, s.admin.token)).data!.recommendation;
    expect(unchanged).toMatchObject({ version: before, aboutCommittee: { id: committee.id } });

    // A draft questionnaire is shown only to those who may read drafts (the consortium's managers).
    const draft = await createQuestionnaire(api.dataSource, s.consortium.id, s.leadStaff.user.id, { published: false });
    const aboutDraft = await addRecommendation(api, s, meeting.id, { aboutQuestionnaireId: draft.id });
    expect((await api.gql(GET, { id: aboutDraft.id }, s.committeeB.token)).data!.recommendation.aboutQuestionnaire).toEqual({ id: draft.id });
    expect((await api.gql(GET, { id: aboutDraft.id }, s.staffB.token)).data!.recommendation.aboutQuestionnaire).toBeNull();

    // An explicit null clears a link.
    const cleared = await api.gql(UPDATE, { id: linked.id, input: { aboutCommitteeId: null } }, s.leadStaff.token);
    expect(cleared.data!.updateRecommendation.aboutCommittee).toBeNull();
    expect((await api.gql(COMMITTEE, { id: committee.id }, s.staffB.token)).data!.committee.recommendations).toEqual([]);
  });

  it('creates the follow-up meeting of a recommendation and links both ways', async () => {
    const s = await meetingSetting(api);
    const meeting = await createMeeting(api, s);
    const recommendation = await addRecommendation(api, s, meeting.id);
    const followUp = await api.gql(
      CREATE_MEETING,
      {
        input: {
          consortiumId: s.consortium.id,
          kind: 'COMMITTEE',
          title: { ar: 'اجتماع المتابعة' },
          heldOn: '2018-01-22',
          followUpOfRecommendationId: recommendation.id,
        },
      },
      s.committeeB.token,
    );
    expect(followUp.errors).toBeUndefined();
    const created = followUp.data!.createMeeting;
    expect(created.followUpOf).toEqual({ id: recommendation.id });
    expect(created.relatedRecommendations).toEqual([{ id: recommendation.id }]);
    expect((await api.gql(GET, { id: recommendation.id }, s.staffA.token)).data!.recommendation).toMatchObject({ aboutMeeting: { id: created.id }, version: 2 });

    const foreign = await addRecommendation(api, setting, (await createMeeting(api, setting)).id);
    const count = await api.dataSource.getRepository(MeetingEntity).countBy({ consortiumId: s.consortium.id });
    const refused = await api.gql(
      CREATE_MEETING,
      { input: { consortiumId: s.consortium.id, kind: 'COMMITTEE', title: { ar: 'x' }, heldOn: '2018-01-22', followUpOfRecommendationId: foreign.id } },
      s.leadStaff.token,
    );
    expect(fieldErrors(refused).map((error) => `${error.field}:${error.constraint}`)).toEqual(['followUpOfRecommendationId:exists']);
    const refusedAdmin = await api.gql(
      CREATE_MEETING,
      { input: { consortiumId: s.consortium.id, kind: 'COMMITTEE', title: { ar: 'x' }, heldOn: '2018-01-22', followUpOfRecommendationId: foreign.id } },
      s.admin.token,
    );
    expect(fieldErrors(refusedAdmin).map((error) => `${error.field}:${error.constraint}`)).toEqual(['followUpOfRecommendationId:sameConsortium']);
    expect(await api.dataSource.getRepository(MeetingEntity).countBy({ consortiumId: s.consortium.id })).toBe(count);
  });

  it('keeps times, attendees linked to users, and refuses bad meeting input without writing', async () => {
    const input = {
      consortiumId: setting.consortium.id,
      kind: 'PARTNERS_MEETING',
      title: { ar: 'اجتماع الشركاء', en: "Partners' meeting" },
      heldOn: '2017-12-31',
      startsAt: '09:30',
      endsAt: '12:00',
      location: 'مقر الصندوق الاجتماعي، المكلا',
      minutes: '## النقاش\n- بند أول',
      attendees: [
        { name: 'أحمد', title: 'مدير الفرع', organizationId: setting.lead.id },
        { name: 'Staff A', userId: setting.staffA.user.id },
      ],
    };
    const created = await api.gql(CREATE_MEETING, { input }, setting.leadStaff.token);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMeeting).toMatchObject({
      startsAt: '09:30',
      endsAt: '12:00',
      minutes: '## النقاش\n- بند أول',
      version: 1,
      attendees: [
        { name: 'أحمد', title: 'مدير الفرع', organization: { id: setting.lead.id }, user: null },
        { name: 'Staff A', title: null, organization: { id: setting.partnerA.id }, user: { id: setting.staffA.user.id } },
      ],
    });
    const id = created.data!.createMeeting.id;
    const reread = (await api.gql(GET_MEETING, { id }, setting.staffB.token)).data!.meeting;
    expect(reread).toMatchObject({ startsAt: '09:30', endsAt: '12:00' });

    const count = await api.dataSource.getRepository(MeetingEntity).countBy({ consortiumId: setting.consortium.id });
    const bad = await api.gql(
      CREATE_MEETING,
      { input: { ...input, startsAt: '9:30', endsAt: '25:00', title: { ar: ' ' }, attendees: [{ name: '' }, { name: 'x', organizationId: setting.consortium.id }] } },
      setting.leadStaff.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(bad).map((error) => `${error.field}:${error.constraint}`)).toEqual([
      'title:atLeastOneLanguage',
      'startsAt:isTime',
      'endsAt:isTime',
      'attendees.0.name:isNotEmpty',
      'attendees.1.organizationId:exists',
    ]);
    const reversed = await api.gql(CREATE_MEETING, { input: { ...input, startsAt: '12:00', endsAt: '09:30' } }, setting.leadStaff.token);
    expect(fieldErrors(reversed)).toEqual([
      expect.objectContaining({ field: 'endsAt', constraint: 'isAfterStart', localized: { ar: 'يجب أن يكون وقت الانتهاء بعد وقت البدء', en: 'must be after the start time' } }),
    ]);
    expect(await api.dataSource.getRepository(MeetingEntity).countBy({ consortiumId: setting.consortium.id })).toBe(count);

    // Update: only what is sent changes; null clears; the end must still follow the start; stale versions conflict.
    const moved = await api.gql(UPDATE_MEETING, { id, input: { expectedVersion: 1, endsAt: null, attendees: [{ name: 'أحمد' }] } }, setting.leadStaff.token);
    expect(moved.data!.updateMeeting).toMatchObject({ version: 2, startsAt: '09:30', endsAt: null, location: input.location, attendees: [{ name: 'أحمد' }] });
    expect(fieldErrors(await api.gql(UPDATE_MEETING, { id, input: { endsAt: '09:00' } }, setting.leadStaff.token))[0]).toMatchObject({ field: 'endsAt', constraint: 'isAfterStart' });
    expect(errorCode(await api.gql(UPDATE_MEETING, { id, input: { expectedVersion: 1, location: 'x' } }, setting.leadStaff.token))).toBe('CONFLICT');
    expect((await api.gql(GET_MEETING, { id }, setting.admin.token)).data!.meeting).toMatchObject({ version: 2, endsAt: null });
  });

  it('keeps committees: temporary ones need an end date, and are active until it passes', async () => {
    const clock = api.app.get(Clock);
    const today = dayIn('Asia/Aden', clock.now());
    const base = { consortiumId: setting.consortium.id, name: { ar: 'لجنة مؤقتة' }, kind: 'TEMPORARY' };
    const missing = await api.gql(CREATE_COMMITTEE, { input: base }, setting.leadStaff.token);
    expect(fieldErrors(missing)).toEqual([
      expect.objectContaining({ field: 'endsOn', constraint: 'requiredForTemporary', localized: { ar: 'اللجنة المؤقتة تحتاج إلى تاريخ انتهاء', en: 'a temporary committee needs an end date' } }),
    ]);
    const reversed = await api.gql(CREATE_COMMITTEE, { input: { ...base, startsOn: today, endsOn: addDays(today, -1) } }, setting.leadStaff.token);
    expect(fieldErrors(reversed).map((error) => error.constraint)).toEqual(['notBeforeStart']);

    const created = await api.gql(
      CREATE_COMMITTEE,
      { input: { ...base, startsOn: addDays(today, -30), endsOn: today, members: [{ name: 'عضو', userId: setting.committeeB.user.id }, { name: 'SFD', organizationId: setting.partnerA.id }] } },
      setting.leadStaff.token,
    );
    expect(created.errors).toBeUndefined();
    const committee = created.data!.createCommittee;
    expect(committee).toMatchObject({
      active: true,
      members: [
        { name: 'عضو', organization: { id: setting.partnerB.id }, user: { id: setting.committeeB.user.id } },
        { name: 'SFD', organization: { id: setting.partnerA.id }, user: null },
      ],
    });
    const activeIds = async (active: boolean) =>
      (await api.gql(COMMITTEES, { filter: { consortiumId: setting.consortium.id, active } }, setting.staffB.token)).data!.committees.edges.map((edge) => edge.node.id);
    expect(await activeIds(true)).toContain(committee.id);
    clock.advance(24 * 3600 * 1000);
    try {
      expect((await api.gql(COMMITTEE, { id: committee.id }, setting.staffB.token)).data!.committee.active).toBe(false);
      expect(await activeIds(false)).toContain(committee.id);
      expect(await activeIds(true)).not.toContain(committee.id);
    } finally {
      clock.reset();
    }
    const standing = await api.gql(UPDATE_COMMITTEE, { id: committee.id, input: { kind: 'STANDING', endsOn: null, expectedVersion: 1 } }, setting.committeeB.token);
    expect(standing.data!.updateCommittee).toEqual({ id: committee.id, version: 2, kind: 'STANDING', endsOn: null });
    const backToTemporary = await api.gql(UPDATE_COMMITTEE, { id: committee.id, input: { kind: 'TEMPORARY' } }, setting.committeeB.token);
    expect(fieldErrors(backToTemporary).map((error) => error.constraint)).toEqual(['requiredForTemporary']);
    expect(errorCode(await api.gql(UPDATE_COMMITTEE, { id: committee.id, input: { expectedVersion: 1, name: { ar: 'x' } } }, setting.committeeB.token))).toBe('CONFLICT');
  });

  it('resolves the nested fields of a page with DataLoader (as many statements for 3 meetings as for 12)', async () => {
    const s = await meetingSetting(api);
    const PAGE = operation<{ meetings: { edges: Array<{ node: { recommendations: Array<{ owners: unknown[]; progress: unknown[] }> } }> } }>(`query P($c: ID!, $first: Int) {
      meetings(filter: { consortiumId: $c }, first: $first) { edges { node {
        id consortium { id } canManage committee { id } attendees { name organization { id } user { id } }
        recommendations { id overdue canReport canManage owners { id } progress { note by { id } } aboutMeeting { id } meeting { id } }
        relatedRecommendations { id }
      } } }
    }`);
    for (let index = 0; index < 12; index += 1) {
      const meeting = await createMeeting(api, s, {
        heldOn: addDays('2018-01-01', index),
        attendees: [{ name: 'a', organizationId: s.partnerA.id, userId: s.staffA.user.id }],
      });
      const recommendation = await addRecommendation(api, s, meeting.id, { ownerOrganizationIds: [s.partnerA.id, s.partnerB.id] });
      await api.gql(UPDATE, { id: recommendation.id, input: { progressNote: 'تقدم' } }, s.staffA.token);
    }
    const statementsFor = async (first: number) => {
      counter.reset();
      const response = await api.gql(PAGE, { c: s.consortium.id, first }, s.staffB.token);
      expect(response.errors).toBeUndefined();
      expect(response.data!.meetings.edges).toHaveLength(first);
      expect(response.data!.meetings.edges[0].node.recommendations[0].owners).toHaveLength(2);
      return counter.count;
    };
    const small = await statementsFor(3);
    const large = await statementsFor(12);
    expect(large).toBeLessThanOrEqual(small);
    expect(small).toBeLessThanOrEqual(16);
  });

  it('leaves other consortia out of everything a member lists', async () => {
    const s = await meetingSetting(api);
    await createMeeting(api, s);
    const listed = await api.gql(LIST_MEETINGS, { first: 100 }, setting.staffB.token);
    const ids = listed.data!.meetings.edges.map((edge) => edge.node.id);
    const theirs = await api.dataSource.getRepository(MeetingEntity).findBy({ consortiumId: s.consortium.id });
    expect(theirs).toHaveLength(1);
    for (const meeting of theirs) expect(ids).not.toContain(meeting.id);
    expect((await api.gql(LIST, { filter: { consortiumId: s.consortium.id }, first: 100 }, setting.staffB.token)).data!.recommendations.totalCount).toBe(0);
  });
});
