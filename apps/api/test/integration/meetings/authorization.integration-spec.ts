import { ConsortiumMemberEntity } from '../../../src/modules/consortia/consortium-member.entity';
import { createQuestionnaire } from '../../factories';
import { errorCode, operation, startTestApp, type TestApp } from '../../support/test-app';
import {
  ADD,
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

const TEMPLATE = operation<{ meeting: { progressTemplate: { base64: string } } }>(
  'query T($id: ID!, $format: ExportFormat!) { meeting(id: $id) { progressTemplate(format: $format) { base64 } } }',
);
const CREATE_COMMITTEE = operation<{ createCommittee: { id: string; canManage: boolean } }>(
  `mutation C($input: CreateCommitteeInput!) { createCommittee(input: $input) { id canManage } }`,
);
const UPDATE_COMMITTEE = operation<{ updateCommittee: { id: string; version: number } }>(
  `mutation U($id: ID!, $input: UpdateCommitteeInput!) { updateCommittee(id: $id, input: $input) { id version } }`,
);
const GET_COMMITTEE = operation<{ committee: { id: string; canManage: boolean; meetings: Array<{ id: string }> } }>(
  `query G($id: ID!) { committee(id: $id) { id canManage meetings { id } } }`,
);
const LIST_COMMITTEES = operation<{ committees: { edges: Array<{ node: { id: string } }> } }>(
  `query L($filter: CommitteeFilter) { committees(filter: $filter, first: 100) { edges { node { id } } } }`,
);

type Who = keyof Pick<
  MeetingSetting,
  | 'admin' | 'leadStaff' | 'leadCoordinator' | 'committeeB' | 'staffA' | 'viewerA' | 'committeeA' | 'staffB' | 'coordinatorB'
  | 'outsiderStaff' | 'outsiderCommittee' | 'outsiderCoordinator'
>;

const MANAGERS: Who[] = ['admin', 'leadStaff', 'committeeB', 'committeeA'];
/** Member organisations' users who only read (partner A's staff own the recommendation: tested on their own). */
const READERS: Who[] = ['leadCoordinator', 'viewerA', 'staffB', 'coordinatorB'];
const OUTSIDERS: Who[] = ['outsiderStaff', 'outsiderCommittee', 'outsiderCoordinator'];

describe('who may do what with meetings, committees and recommendations', () => {
  let api: TestApp;
  let setting: MeetingSetting;
  beforeAll(async () => {
    api = await startTestApp();
    setting = await meetingSetting(api);
  });
  afterAll(() => api.close());

  const meetingInput = () => ({ consortiumId: setting.consortium.id, kind: 'PARTNERS_MEETING', title: { ar: 'اجتماع' }, heldOn: '2018-01-22' });

  it('lets managers create meetings; readers are FORBIDDEN, outsiders NOT_FOUND', async () => {
    for (const who of MANAGERS) {
      const response = await api.gql(CREATE_MEETING, { input: meetingInput() }, setting[who].token);
      expect({ who, errors: response.errors }).toEqual({ who, errors: undefined });
      expect(response.data!.createMeeting.canManage).toBe(true);
    }
    for (const who of [...READERS, 'staffA' as const]) {
      expect({ who, code: errorCode(await api.gql(CREATE_MEETING, { input: meetingInput() }, setting[who].token)) }).toEqual({ who, code: 'FORBIDDEN' });
    }
    for (const who of OUTSIDERS) {
      expect({ who, code: errorCode(await api.gql(CREATE_MEETING, { input: meetingInput() }, setting[who].token)) }).toEqual({ who, code: 'NOT_FOUND' });
    }
    expect(errorCode(await api.gql(CREATE_MEETING, { input: meetingInput() }))).toBe('UNAUTHENTICATED');
  });

  it('shows a meeting and its recommendations to members, hides it from outsiders, and lets only managers change it', async () => {
    const meeting = await createMeeting(api, setting);
    const recommendation = await addRecommendation(api, setting, meeting.id);
    for (const who of [...MANAGERS, ...READERS, 'staffA' as const]) {
      const response = await api.gql(GET_MEETING, { id: meeting.id }, setting[who].token);
      expect({ who, canManage: response.data?.meeting.canManage, recommendations: response.data?.meeting.recommendations.map((r) => r.id) }).toEqual({
        who,
        canManage: MANAGERS.includes(who),
        recommendations: [recommendation.id],
      });
      const listed = await api.gql(LIST_MEETINGS, { filter: { consortiumId: setting.consortium.id }, first: 100 }, setting[who].token);
      expect(listed.data!.meetings.edges.map((edge) => edge.node.id)).toContain(meeting.id);
      const update = await api.gql(UPDATE_MEETING, { id: meeting.id, input: { location: `Mukalla ${who}` } }, setting[who].token);
      expect({ who, code: errorCode(update) }).toEqual({ who, code: MANAGERS.includes(who) ? undefined : 'FORBIDDEN' });
    }
    for (const who of OUTSIDERS) {
      expect({ who, code: errorCode(await api.gql(GET_MEETING, { id: meeting.id }, setting[who].token)) }).toEqual({ who, code: 'NOT_FOUND' });
      expect({ who, code: errorCode(await api.gql(UPDATE_MEETING, { id: meeting.id, input: { location: 'x' } }, setting[who].token)) }).toEqual({
        who,
        code: 'NOT_FOUND',
      });
      const listed = await api.gql(LIST_MEETINGS, { first: 100 }, setting[who].token);
      expect(listed.data!.meetings.edges.map((edge) => edge.node.id)).not.toContain(meeting.id);
      const recommendations = await api.gql(LIST, { first: 100 }, setting[who].token);
      expect(recommendations.data!.recommendations.edges.map((edge) => edge.node.id)).not.toContain(recommendation.id);
      expect({ who, code: errorCode(await api.gql(GET, { id: recommendation.id }, setting[who].token)) }).toEqual({ who, code: 'NOT_FOUND' });
    }
  });

  it('lets managers add recommendations; readers and owners are FORBIDDEN, outsiders NOT_FOUND', async () => {
    const meeting = await createMeeting(api, setting);
    const input = { meetingId: meeting.id, text: { ar: 'توصية' }, ownerOrganizationIds: [setting.partnerA.id] };
    for (const who of MANAGERS) {
      const response = await api.gql(ADD, { input }, setting[who].token);
      expect({ who, errors: response.errors }).toEqual({ who, errors: undefined });
      expect(response.data!.addRecommendation).toMatchObject({ canManage: true, canReport: true });
    }
    await addRecommendation(api, setting, meeting.id);
    for (const who of [...READERS, 'staffA' as const]) {
      expect({ who, code: errorCode(await api.gql(ADD, { input }, setting[who].token)) }).toEqual({ who, code: 'FORBIDDEN' });
    }
    for (const who of OUTSIDERS) {
      expect({ who, code: errorCode(await api.gql(ADD, { input }, setting[who].token)) }).toEqual({ who, code: 'NOT_FOUND' });
    }
  });

  it("lets the owners' staff report progress but not change text, owners, due date or links", async () => {
    const meeting = await createMeeting(api, setting);
    const recommendation = await addRecommendation(api, setting, meeting.id, { dueOn: '2030-01-31' });
    const owner = setting.staffA.token;

    const seen = await api.gql(GET, { id: recommendation.id }, owner);
    expect(seen.data!.recommendation).toMatchObject({ canManage: false, canReport: true });
    const moved = await api.gql(UPDATE, { id: recommendation.id, input: { status: 'IN_PROGRESS', progressNote: 'بدأنا', percent: 10 } }, owner);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateRecommendation).toMatchObject({ status: 'IN_PROGRESS', percent: 10 });

    for (const input of [
      { text: { ar: 'نص آخر' } },
      { dueOn: '2031-01-01' },
      { dueOn: null },
      { ownerOrganizationIds: [setting.partnerB.id] },
      { aboutMeetingId: meeting.id },
      { status: 'DONE', text: { ar: 'نص آخر' } },
    ]) {
      expect({ input, code: errorCode(await api.gql(UPDATE, { id: recommendation.id, input }, owner)) }).toEqual({ input, code: 'FORBIDDEN' });
    }
    // A manager may change all of it.
    const managed = await api.gql(UPDATE, { id: recommendation.id, input: { text: { ar: 'نص معدل' }, dueOn: '2031-01-01' } }, setting.committeeB.token);
    expect(managed.data!.updateRecommendation).toMatchObject({ text: { ar: 'نص معدل', en: null }, dueOn: '2031-01-01', status: 'IN_PROGRESS' });

    for (const who of READERS) {
      const read = await api.gql(GET, { id: recommendation.id }, setting[who].token);
      expect({ who, rights: read.data && { m: read.data.recommendation.canManage, r: read.data.recommendation.canReport } }).toEqual({ who, rights: { m: false, r: false } });
      expect({ who, code: errorCode(await api.gql(UPDATE, { id: recommendation.id, input: { progressNote: 'ملاحظة' } }, setting[who].token)) }).toEqual({
        who,
        code: 'FORBIDDEN',
      });
    }
    for (const who of OUTSIDERS) {
      expect({ who, code: errorCode(await api.gql(UPDATE, { id: recommendation.id, input: { progressNote: 'x' } }, setting[who].token)) }).toEqual({
        who,
        code: 'NOT_FOUND',
      });
    }
    const after = await api.gql(GET, { id: recommendation.id }, setting.admin.token);
    expect(after.data!.recommendation.progress.map((note) => note.note)).toEqual(['بدأنا']);
  });

  it("keeps an owner's staff reading their recommendation and its meeting after the organisation left the consortium", async () => {
    const setting2 = await meetingSetting(api);
    const meeting = await createMeeting(api, setting2);
    const theirs = await addRecommendation(api, setting2, meeting.id);
    const other = await addRecommendation(api, setting2, meeting.id, { ownerOrganizationIds: [setting2.partnerB.id] });
    await api.dataSource.getRepository(ConsortiumMemberEntity).delete({ consortiumId: setting2.consortium.id, organizationId: setting2.partnerA.id });

    const read = await api.gql(GET_MEETING, { id: meeting.id }, setting2.staffA.token);
    expect(read.data!.meeting.recommendations.map((r) => r.id)).toEqual([theirs.id]);
    expect(read.data!.meeting.canManage).toBe(false);
    expect(errorCode(await api.gql(GET, { id: other.id }, setting2.staffA.token))).toBe('NOT_FOUND');
    const reported = await api.gql(UPDATE, { id: theirs.id, input: { status: 'DONE', progressNote: 'أنجزت' } }, setting2.staffA.token);
    expect(reported.data!.updateRecommendation.status).toBe('DONE');
    const listed = await api.gql(LIST, { filter: { mine: true }, first: 100 }, setting2.staffA.token);
    expect(listed.data!.recommendations.edges.map((edge) => edge.node.id)).toEqual([theirs.id]);
    // The viewer of partner A does not report, so reads nothing any more.
    expect(errorCode(await api.gql(GET_MEETING, { id: meeting.id }, setting2.viewerA.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(UPDATE_MEETING, { id: meeting.id, input: { location: 'x' } }, setting2.staffA.token))).toBe('FORBIDDEN');
  });

  it("gives an owner's staff whose organisation left the consortium a progress template of their own recommendations only", async () => {
    const setting2 = await meetingSetting(api);
    const meeting = await createMeeting(api, setting2);
    await addRecommendation(api, setting2, meeting.id, { text: { ar: 'توصية الشريك أ' } });
    await addRecommendation(api, setting2, meeting.id, { text: { ar: 'توصية سرية للشريك ب' }, ownerOrganizationIds: [setting2.partnerB.id] });
    await api.dataSource.getRepository(ConsortiumMemberEntity).delete({ consortiumId: setting2.consortium.id, organizationId: setting2.partnerA.id });

    const template = await api.gql(TEMPLATE, { id: meeting.id, format: 'CSV' }, setting2.staffA.token);
    const text = Buffer.from(template.data!.meeting.progressTemplate.base64, 'base64').toString('utf8');
    expect(text).toContain('توصية الشريك أ');
    expect(text).not.toContain('توصية سرية للشريك ب');
    // A member of the consortium still gets every recommendation of the meeting.
    const member = await api.gql(TEMPLATE, { id: meeting.id, format: 'CSV' }, setting2.staffB.token);
    const memberText = Buffer.from(member.data!.meeting.progressTemplate.base64, 'base64').toString('utf8');
    expect(memberText).toContain('توصية الشريك أ');
    expect(memberText).toContain('توصية سرية للشريك ب');
  });

  it("hides the consortium's questionnaire a recommendation is about from an owner's staff whose organisation left the consortium", async () => {
    const setting2 = await meetingSetting(api);
    const meeting = await createMeeting(api, setting2);
    const questionnaire = await createQuestionnaire(api.dataSource, setting2.consortium.id, setting2.leadStaff.user.id);
    const theirs = await addRecommendation(api, setting2, meeting.id, { aboutQuestionnaireId: questionnaire.id });
    expect((await api.gql(GET, { id: theirs.id }, setting2.staffA.token)).data!.recommendation.aboutQuestionnaire).toEqual({ id: questionnaire.id });
    await api.dataSource.getRepository(ConsortiumMemberEntity).delete({ consortiumId: setting2.consortium.id, organizationId: setting2.partnerA.id });

    // Published, but the organisation no longer reads the consortium's questionnaires (questionnaire(id) is NOT_FOUND).
    expect((await api.gql(GET, { id: theirs.id }, setting2.staffA.token)).data!.recommendation.aboutQuestionnaire).toBeNull();
    expect((await api.gql(GET, { id: theirs.id }, setting2.staffB.token)).data!.recommendation.aboutQuestionnaire).toEqual({ id: questionnaire.id });
  });

  it('lets managers create and change committees; members read them; outsiders see nothing', async () => {
    const input = { consortiumId: setting.consortium.id, name: { ar: 'لجنة دراسة المسودة' }, kind: 'STANDING' };
    let committeeId = '';
    for (const who of MANAGERS) {
      const response = await api.gql(CREATE_COMMITTEE, { input }, setting[who].token);
      expect({ who, errors: response.errors }).toEqual({ who, errors: undefined });
      committeeId = response.data!.createCommittee.id;
    }
    for (const who of [...READERS, 'staffA' as const]) {
      expect({ who, code: errorCode(await api.gql(CREATE_COMMITTEE, { input }, setting[who].token)) }).toEqual({ who, code: 'FORBIDDEN' });
      const read = await api.gql(GET_COMMITTEE, { id: committeeId }, setting[who].token);
      expect({ who, canManage: read.data?.committee.canManage }).toEqual({ who, canManage: false });
      expect({ who, code: errorCode(await api.gql(UPDATE_COMMITTEE, { id: committeeId, input: { mandate: { ar: 'x' } } }, setting[who].token)) }).toEqual({
        who,
        code: 'FORBIDDEN',
      });
    }
    for (const who of OUTSIDERS) {
      expect({ who, code: errorCode(await api.gql(CREATE_COMMITTEE, { input }, setting[who].token)) }).toEqual({ who, code: 'NOT_FOUND' });
      expect({ who, code: errorCode(await api.gql(GET_COMMITTEE, { id: committeeId }, setting[who].token)) }).toEqual({ who, code: 'NOT_FOUND' });
      expect({ who, code: errorCode(await api.gql(UPDATE_COMMITTEE, { id: committeeId, input: { mandate: { ar: 'x' } } }, setting[who].token)) }).toEqual({
        who,
        code: 'NOT_FOUND',
      });
      const listed = await api.gql(LIST_COMMITTEES, {}, setting[who].token);
      expect(listed.data!.committees.edges.map((edge) => edge.node.id)).not.toContain(committeeId);
    }
    const updated = await api.gql(UPDATE_COMMITTEE, { id: committeeId, input: { mandate: { ar: 'دراسة المسودة' } } }, setting.committeeA.token);
    expect(updated.data!.updateCommittee.version).toBe(2);
  });
});
