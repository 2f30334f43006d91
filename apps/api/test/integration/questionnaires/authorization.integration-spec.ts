import { createAssignment, createQuestionnaire } from '../../factories';
import { errorCode, operation, startTestApp, type TestApp } from '../../support/test-app';
import { questionnaireSetting, type QuestionnaireSetting } from './setting';

type Who = 'admin' | 'leadStaff' | 'committee' | 'coordinator' | 'staffA' | 'staffB' | 'outsiderStaff' | 'outsiderCommittee';
const EVERYONE: Who[] = ['admin', 'leadStaff', 'committee', 'coordinator', 'staffA', 'staffB', 'outsiderStaff', 'outsiderCommittee'];
/** 'ok', or the error code the user gets. */
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';

const GET = `query Q($id: ID!) { questionnaire(id: $id) { id } }`;
const GET_ASSIGNMENT = `query A($id: ID!) { questionnaireAssignment(id: $id) { id answers { question value } } }`;
const COMPLETION = `query C($id: ID!) { questionnaireCompletion(questionnaireId: $id) { assigned } }`;
const CREATE = `mutation C($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { id } }`;
const PUBLISH = `mutation P($id: ID!) { publishQuestionnaire(id: $id) { id } }`;
const ASSIGN = `mutation A($input: AssignQuestionnaireInput!) { assignQuestionnaire(input: $input) { id } }`;
const SAVE = `mutation S($input: SaveQuestionnaireAnswersInput!) { saveQuestionnaireAnswers(input: $input) { id } }`;
const SUBMIT = `mutation S($id: ID!) { submitQuestionnaireResponse(assignmentId: $id) { id } }`;
const REOPEN = `mutation R($input: ReopenQuestionnaireResponseInput!) { reopenQuestionnaireResponse(input: $input) { id } }`;
const LIST = operation<{ questionnaires: { edges: Array<{ node: { id: string } }> } }>(
  `query L($c: ID) { questionnaires(filter: { consortiumId: $c }, first: 100) { edges { node { id } } } }`,
);
const ASSIGNMENTS = operation<{ questionnaireAssignments: { edges: Array<{ node: { id: string } }> } }>(
  `query L($q: ID) { questionnaireAssignments(filter: { questionnaireId: $q }, first: 100) { edges { node { id } } } }`,
);

const inFuture = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

describe('questionnaires: who may do what (object-level authorization)', () => {
  let api: TestApp;
  let s: QuestionnaireSetting;
  const token = (who: Who) => s[who].token;
  const outcome = (response: { errors?: Array<{ extensions?: { code?: string } }> }): Outcome =>
    response.errors ? (errorCode(response as never) as Outcome) : 'ok';

  beforeAll(async () => {
    api = await startTestApp();
    s = await questionnaireSetting(api);
  });
  afterAll(() => api.close());

  it('reads drafts: the consortium’s managers and committee only; others do not learn they exist', async () => {
    const draft = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id, { published: false });
    const expected: Record<Who, Outcome> = {
      admin: 'ok', leadStaff: 'ok', committee: 'ok', coordinator: 'NOT_FOUND', staffA: 'NOT_FOUND', staffB: 'NOT_FOUND', outsiderStaff: 'NOT_FOUND', outsiderCommittee: 'NOT_FOUND',
    };
    for (const who of EVERYONE) expect([who, outcome(await api.gql(GET, { id: draft.id }, token(who)))]).toEqual([who, expected[who]]);
  });

  it('reads published versions: every member’s staff, nobody outside the consortium', async () => {
    const published = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id);
    const expected: Record<Who, Outcome> = {
      admin: 'ok', leadStaff: 'ok', committee: 'ok', coordinator: 'ok', staffA: 'ok', staffB: 'ok', outsiderStaff: 'NOT_FOUND', outsiderCommittee: 'NOT_FOUND',
    };
    for (const who of EVERYONE) expect([who, outcome(await api.gql(GET, { id: published.id }, token(who)))]).toEqual([who, expected[who]]);
    const draft = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id, { published: false });
    const listed = async (who: Who) => (await api.gql(LIST, { c: s.consortium.id }, token(who))).data!.questionnaires.edges.map((e) => e.node.id);
    expect(await listed('staffB')).toContain(published.id);
    expect(await listed('staffB')).not.toContain(draft.id);
    expect(await listed('committee')).toEqual(expect.arrayContaining([published.id, draft.id]));
    expect(await listed('outsiderStaff')).toEqual([]);
  });

  it('writes, publishes and assigns: ADMIN and the lead’s PARTNER_STAFF only', async () => {
    const expected: Record<'create' | 'publish' | 'assign', Record<Who, Outcome>> = {
      create: { admin: 'ok', leadStaff: 'ok', committee: 'FORBIDDEN', coordinator: 'FORBIDDEN', staffA: 'FORBIDDEN', staffB: 'FORBIDDEN', outsiderStaff: 'FORBIDDEN', outsiderCommittee: 'FORBIDDEN' },
      // A draft other partners cannot even see is NOT_FOUND to them.
      publish: { admin: 'ok', leadStaff: 'ok', committee: 'FORBIDDEN', coordinator: 'FORBIDDEN', staffA: 'NOT_FOUND', staffB: 'NOT_FOUND', outsiderStaff: 'NOT_FOUND', outsiderCommittee: 'FORBIDDEN' },
      assign: { admin: 'ok', leadStaff: 'ok', committee: 'FORBIDDEN', coordinator: 'FORBIDDEN', staffA: 'FORBIDDEN', staffB: 'FORBIDDEN', outsiderStaff: 'NOT_FOUND', outsiderCommittee: 'FORBIDDEN' },
    };
    for (const who of EVERYONE) {
      const input = { consortiumId: s.consortium.id, title: { ar: 'استبيان' }, questions: [{ name: 'q', type: 'TEXT', label: { ar: 'سؤال' } }] };
      expect([who, 'create', outcome(await api.gql(CREATE, { input }, token(who)))]).toEqual([who, 'create', expected.create[who]]);
      const draft = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id, { published: false });
      expect([who, 'publish', outcome(await api.gql(PUBLISH, { id: draft.id }, token(who)))]).toEqual([who, 'publish', expected.publish[who]]);
      const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id);
      const assigned = await api.gql(ASSIGN, { input: { questionnaireId: questionnaire.id, organizationIds: [s.partnerA.id], dueOn: inFuture } }, token(who));
      expect([who, 'assign', outcome(assigned)]).toEqual([who, 'assign', expected.assign[who]]);
    }
    const rows = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM questionnaire_assignment a JOIN questionnaire q ON q.id = a.questionnaire_id WHERE q.consortium_id = $1`,
      [s.consortium.id],
    );
    expect(rows[0].n).toBe(2);
  });

  it('reads a partner’s response: that partner’s staff, the consortium’s lead and committee, ADMIN; never another partner', async () => {
    const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id);
    const assignment = await createAssignment(api.dataSource, questionnaire.id, s.partnerA.id, { answers: { staff: 3 }, revision: 1 });
    const expected: Record<Who, Outcome> = {
      admin: 'ok', leadStaff: 'ok', committee: 'ok', coordinator: 'NOT_FOUND', staffA: 'ok', staffB: 'NOT_FOUND', outsiderStaff: 'NOT_FOUND', outsiderCommittee: 'NOT_FOUND',
    };
    for (const who of EVERYONE) expect([who, outcome(await api.gql(GET_ASSIGNMENT, { id: assignment.id }, token(who)))]).toEqual([who, expected[who]]);
    const listed = async (who: Who) =>
      (await api.gql(ASSIGNMENTS, { q: questionnaire.id }, token(who))).data!.questionnaireAssignments.edges.map((e) => e.node.id);
    expect(await listed('staffA')).toEqual([assignment.id]);
    expect(await listed('staffB')).toEqual([]);
    expect(await listed('outsiderStaff')).toEqual([]);
    expect(await listed('committee')).toEqual([assignment.id]);
  });

  it('answers, submits: only the assigned partner’s PARTNER_STAFF; reopens: ADMIN and the lead’s staff', async () => {
    const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id);
    const assignment = await createAssignment(api.dataSource, questionnaire.id, s.partnerA.id);
    const save = (who: Who) => api.gql(SAVE, { input: { assignmentId: assignment.id, answers: [{ question: 'staff', value: 5 }] } }, token(who));
    const expected: Record<Who, Outcome> = {
      admin: 'FORBIDDEN', leadStaff: 'FORBIDDEN', committee: 'FORBIDDEN', coordinator: 'FORBIDDEN', staffA: 'ok', staffB: 'NOT_FOUND', outsiderStaff: 'NOT_FOUND', outsiderCommittee: 'FORBIDDEN',
    };
    for (const who of EVERYONE) expect([who, outcome(await save(who))]).toEqual([who, expected[who]]);
    for (const who of EVERYONE.filter((w) => w !== 'staffA')) {
      expect([who, outcome(await api.gql(SUBMIT, { id: assignment.id }, token(who)))]).toEqual([who, expected[who]]);
    }
    const stored = await api.dataSource.query('SELECT answers, submitted_at FROM questionnaire_assignment WHERE id = $1', [assignment.id]);
    expect(stored[0]).toEqual({ answers: { staff: 5 }, submitted_at: null });

    await api.dataSource.query('UPDATE questionnaire_assignment SET submitted_at = now() WHERE id = $1', [assignment.id]);
    const reopenExpected: Record<Who, Outcome> = {
      admin: 'ok', leadStaff: 'ok', committee: 'FORBIDDEN', coordinator: 'FORBIDDEN', staffA: 'FORBIDDEN', staffB: 'NOT_FOUND', outsiderStaff: 'NOT_FOUND', outsiderCommittee: 'FORBIDDEN',
    };
    for (const who of EVERYONE) {
      await api.dataSource.query('UPDATE questionnaire_assignment SET submitted_at = now() WHERE id = $1', [assignment.id]);
      const response = await api.gql(REOPEN, { input: { assignmentId: assignment.id, reason: 'تحديث' } }, token(who));
      expect([who, outcome(response)]).toEqual([who, reopenExpected[who]]);
    }
  });

  it('follows completion: ADMIN, the lead’s staff and committee; a partner may not, an outsider does not see it', async () => {
    const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id);
    const expected: Record<Who, Outcome> = {
      admin: 'ok', leadStaff: 'ok', committee: 'ok', coordinator: 'FORBIDDEN', staffA: 'FORBIDDEN', staffB: 'FORBIDDEN', outsiderStaff: 'NOT_FOUND', outsiderCommittee: 'NOT_FOUND',
    };
    for (const who of EVERYONE) expect([who, outcome(await api.gql(COMPLETION, { id: questionnaire.id }, token(who)))]).toEqual([who, expected[who]]);
  });
});
