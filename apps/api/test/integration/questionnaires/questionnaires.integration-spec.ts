import { createAssignment, createQuestionnaire } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';
import { QUESTIONNAIRE_FIELDS, questionnaireSetting, type QuestionnaireSetting } from './setting';

type Question = {
  name: string;
  type: string;
  label: { ar: string | null; en: string | null };
  required: boolean;
  relevant: string | null;
  constraint: string | null;
  parent: string | null;
  calculation: string | null;
  capability: string | null;
  choices: Array<{ name: string; label: { ar: string | null; en: string | null }; filters: Record<string, string> | null }>;
};
type Questionnaire = {
  id: string;
  version: number;
  published: boolean;
  familyId: string;
  latestVersion: number;
  publishedAt: string | null;
  title: { ar: string | null; en: string | null };
  questions: Question[];
};

const CREATE = operation<{ createQuestionnaire: Questionnaire }>(
  `mutation C($input: CreateQuestionnaireInput!) { createQuestionnaire(input: $input) { ${QUESTIONNAIRE_FIELDS} } }`,
);
const UPDATE = operation<{ updateQuestionnaire: Questionnaire }>(
  `mutation U($input: UpdateQuestionnaireInput!) { updateQuestionnaire(input: $input) { ${QUESTIONNAIRE_FIELDS} } }`,
);
const PUBLISH = operation<{ publishQuestionnaire: Questionnaire }>(`mutation P($id: ID!) { publishQuestionnaire(id: $id) { ${QUESTIONNAIRE_FIELDS} } }`);
const NEW_VERSION = operation<{ createQuestionnaireVersion: Questionnaire }>(
  `mutation V($id: ID!) { createQuestionnaireVersion(id: $id) { ${QUESTIONNAIRE_FIELDS} } }`,
);
const GET = operation<{ questionnaire: Questionnaire }>(`query Q($id: ID!) { questionnaire(id: $id) { ${QUESTIONNAIRE_FIELDS} consortium { id timeZone } } }`);
const LIST = operation<{
  questionnaires: { totalCount: number; edges: Array<{ node: { id: string; version: number; published: boolean } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}>(
  `query L($filter: QuestionnaireFilter, $first: Int, $after: String) {
    questionnaires(filter: $filter, first: $first, after: $after) { totalCount edges { node { id version published } } pageInfo { hasNextPage endCursor } }
  }`,
);

/** The contract's CreateQuestionnaireInput, nothing more. */
const contractQuestions = [
  { name: 'staff', type: 'INTEGER', label: { ar: 'عدد الموظفين', en: 'Staff' }, required: true, constraint: '. >= 0' },
  { name: 'lends', type: 'BOOLEAN', label: { ar: 'هل تقدمون قروضاً؟', en: 'Do you lend?' }, required: true },
  {
    name: 'kind',
    type: 'SELECT_ONE',
    label: { ar: 'نوع الخدمة', en: 'Kind' },
    choices: [
      { name: 'MICRO_LOAN', label: { ar: 'قرض أصغر', en: 'Micro loan' } },
      { name: 'GRANT', label: { ar: 'منحة', en: 'Grant' } },
    ],
    relevant: '${lends} = true()',
  },
];

describe('questionnaires: writing, publishing, versions', () => {
  let api: TestApp;
  let s: QuestionnaireSetting;
  beforeAll(async () => {
    api = await startTestApp();
    s = await questionnaireSetting(api);
  });
  afterAll(() => api.close());

  const create = (questions: unknown[] = contractQuestions, token = s.leadStaff.token) =>
    api.gql(CREATE, { input: { consortiumId: s.consortium.id, title: { ar: 'استبيان الشركاء المقرضين', en: 'Lending partners' }, questions } }, token);

  it('serves the contract: a flat CreateQuestionnaireInput comes back as the contract’s Questionnaire', async () => {
    const response = await api.gql(
      operation<{ createQuestionnaire: { id: string; title: { ar: string; en: string }; version: number; published: boolean; questions: unknown[] } }>(
        `mutation C($input: CreateQuestionnaireInput!) {
          createQuestionnaire(input: $input) { id title { ar en } version published questions { name type label { ar en } required choices { name label { ar en } } relevant constraint } }
        }`,
      ),
      { input: { consortiumId: s.consortium.id, title: { ar: 'استبيان', en: 'Survey' }, questions: contractQuestions } },
      s.leadStaff.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createQuestionnaire).toEqual({
      id: expect.any(String),
      title: { ar: 'استبيان', en: 'Survey' },
      version: 1,
      published: false,
      questions: [
        { name: 'staff', type: 'INTEGER', label: { ar: 'عدد الموظفين', en: 'Staff' }, required: true, choices: [], relevant: null, constraint: '. >= 0' },
        { name: 'lends', type: 'BOOLEAN', label: { ar: 'هل تقدمون قروضاً؟', en: 'Do you lend?' }, required: true, choices: [], relevant: null, constraint: null },
        {
          name: 'kind',
          type: 'SELECT_ONE',
          label: { ar: 'نوع الخدمة', en: 'Kind' },
          required: false,
          choices: [
            { name: 'MICRO_LOAN', label: { ar: 'قرض أصغر', en: 'Micro loan' } },
            { name: 'GRANT', label: { ar: 'منحة', en: 'Grant' } },
          ],
          relevant: '${lends} = true()',
          constraint: null,
        },
      ],
    });
  });

  it('keeps groups, repeats, calculations, capabilities and choice filters', async () => {
    const questions = [
      { name: 'services', type: 'REPEAT', label: { ar: 'الخدمات', en: 'Services' }, capability: 'SERVICES', maxRepeats: 10 },
      { name: 'service_kind', type: 'SELECT_ONE', parent: 'services', label: { ar: 'النوع' }, capability: 'SERVICE_KIND', choices: [{ name: 'GRANT', label: { ar: 'منحة' }, filters: { sector: 'any' } }] },
      { name: 'max_amount', type: 'DECIMAL', parent: 'services', label: { ar: 'أعلى مبلغ' }, capability: 'MAX_AMOUNT' },
      { name: 'count', type: 'CALCULATE', label: {}, calculation: 'count(${services})' },
    ];
    const response = await create(questions);
    expect(response.errors).toBeUndefined();
    const saved = response.data!.createQuestionnaire.questions;
    expect(saved.map((q) => [q.name, q.type, q.parent, q.capability])).toEqual([
      ['services', 'REPEAT', null, 'SERVICES'],
      ['service_kind', 'SELECT_ONE', 'services', 'SERVICE_KIND'],
      ['max_amount', 'DECIMAL', 'services', 'MAX_AMOUNT'],
      ['count', 'CALCULATE', null, null],
    ]);
    expect(saved[1].choices[0].filters).toEqual({ sector: 'any' });
    expect(saved[3].calculation).toBe('count(${services})');
  });

  it('refuses a bad expression, naming the question, the field and the position, and writes nothing', async () => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM questionnaire WHERE consortium_id = $1', [s.consortium.id]);
    const response = await create([
      ...contractQuestions.slice(0, 2),
      { name: 'amount', type: 'DECIMAL', label: { ar: 'المبلغ' }, relevant: '${lends} = = 1' },
    ]);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const errors = fieldErrors(response);
    expect(errors).toEqual([expect.objectContaining({ field: 'questions.2.relevant', position: 11 })]);
    expect(errors[0].message).toMatch(/^question "amount", relevant: .*at character 12/);
    expect((errors[0] as { localized?: unknown }).localized).toEqual({ ar: expect.stringMatching(/^السؤال «amount»: .*عند الحرف 12/), en: errors[0].message });
    const duplicate = await create([...contractQuestions, { name: 'staff', type: 'TEXT', label: { ar: 'مكرر' } }]);
    expect(fieldErrors(duplicate)).toEqual([expect.objectContaining({ field: 'questions.3.name' })]);
    const unknown = await create([{ name: 'a', type: 'INTEGER', label: { ar: 'أ' }, constraint: '. < ${nowhere}' }]);
    expect(fieldErrors(unknown)).toEqual([expect.objectContaining({ field: 'questions.0.constraint', message: expect.stringMatching(/nowhere/) })]);
    const cycle = await create([
      { name: 'x', type: 'CALCULATE', label: {}, calculation: '${y} + 1' },
      { name: 'y', type: 'CALCULATE', label: {}, calculation: '${x} + 1' },
    ]);
    expect(errorCode(cycle)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(cycle).map((error) => error.field)).toEqual(expect.arrayContaining([expect.stringMatching(/^questions\.[01]\.calculation$/)]));
    const after = await api.dataSource.query('SELECT count(*)::int AS n FROM questionnaire WHERE consortium_id = $1', [s.consortium.id]);
    expect(after[0].n).toBe(before[0].n);
  });

  it('edits a draft, publishes it once, and then refuses any change with CONFLICT', async () => {
    const draft = (await create()).data!.createQuestionnaire;
    const edited = await api.gql(
      UPDATE,
      { input: { id: draft.id, title: { ar: 'عنوان جديد' }, questions: contractQuestions.slice(0, 1) } },
      s.leadStaff.token,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateQuestionnaire).toMatchObject({ title: { ar: 'عنوان جديد', en: null }, questions: [{ name: 'staff' }], published: false });

    const published = await api.gql(PUBLISH, { id: draft.id }, s.leadStaff.token);
    expect(published.data!.publishQuestionnaire).toMatchObject({ published: true, publishedAt: expect.any(String) });
    expect(errorCode(await api.gql(PUBLISH, { id: draft.id }, s.leadStaff.token))).toBe('CONFLICT');
    const change = await api.gql(UPDATE, { input: { id: draft.id, title: { ar: 'تغيير' }, questions: contractQuestions } }, s.leadStaff.token);
    expect(errorCode(change)).toBe('CONFLICT');
    const stored = await api.gql(GET, { id: draft.id }, s.leadStaff.token);
    expect(stored.data!.questionnaire).toMatchObject({ title: { ar: 'عنوان جديد' }, questions: [{ name: 'staff' }] });
    // The database itself refuses to change a published version, whatever the code does.
    await expect(api.dataSource.query(`UPDATE questionnaire SET title_ar = 'x' WHERE id = $1`, [draft.id])).rejects.toThrow(/published and cannot change/);
  });

  it('refuses an empty questionnaire, and publishing one with nothing to answer', async () => {
    expect(fieldErrors(await create([]))).toEqual([expect.objectContaining({ field: 'questions', message: expect.stringMatching(/no questions/) })]);
    const onlyNote = (await create([{ name: 'intro', type: 'NOTE', label: { ar: 'مرحباً' } }])).data!.createQuestionnaire;
    const response = await api.gql(PUBLISH, { id: onlyNote.id }, s.leadStaff.token);
    expect(fieldErrors(response)).toEqual([expect.objectContaining({ field: 'id', constraint: 'hasQuestions' })]);
  });

  it('creates version 2 as a draft copy; version 1 and its assignments stay as they were', async () => {
    const v1 = (await create()).data!.createQuestionnaire;
    await api.gql(PUBLISH, { id: v1.id }, s.leadStaff.token);
    const assignment = await createAssignment(api.dataSource, v1.id, s.partnerA.id, { answers: { staff: 4 }, revision: 1 });

    const response = await api.gql(NEW_VERSION, { id: v1.id }, s.leadStaff.token);
    expect(response.errors).toBeUndefined();
    const v2 = response.data!.createQuestionnaireVersion;
    expect(v2).toMatchObject({ version: 2, published: false, familyId: v1.id, latestVersion: 2, questions: v1.questions });
    expect(v2.id).not.toBe(v1.id);
    // A second draft while one exists, and a version of a draft, are refused.
    expect(errorCode(await api.gql(NEW_VERSION, { id: v1.id }, s.leadStaff.token))).toBe('CONFLICT');
    expect(errorCode(await api.gql(NEW_VERSION, { id: v2.id }, s.leadStaff.token))).toBe('CONFLICT');

    await api.gql(UPDATE, { input: { id: v2.id, title: { ar: 'الإصدار الثاني' }, questions: contractQuestions.slice(1) } }, s.leadStaff.token);
    const first = (await api.gql(GET, { id: v1.id }, s.leadStaff.token)).data!.questionnaire;
    expect(first).toMatchObject({ version: 1, published: true, latestVersion: 2, questions: v1.questions });
    const stamped = await api.dataSource.query('SELECT questionnaire_id FROM questionnaire_assignment WHERE id = $1', [assignment.id]);
    expect(stamped[0].questionnaire_id).toBe(v1.id);

    const family = await api.gql(LIST, { filter: { familyId: v1.id } }, s.leadStaff.token);
    expect(family.data!.questionnaires.edges.map((edge) => edge.node.version).sort()).toEqual([1, 2]);
  });

  it('numbers parallel new versions without a gap or a duplicate: one wins, the other is CONFLICT', async () => {
    const v1 = (await create()).data!.createQuestionnaire;
    await api.gql(PUBLISH, { id: v1.id }, s.leadStaff.token);
    const results = await Promise.all([1, 2, 3].map(() => api.gql(NEW_VERSION, { id: v1.id }, s.leadStaff.token)));
    expect(results.filter((result) => result.data?.createQuestionnaireVersion).map((r) => r.data!.createQuestionnaireVersion.version)).toEqual([2]);
    expect(results.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(2);
  });

  it('pages the consortium’s questionnaires newest first with keyset cursors and filters on published', async () => {
    const { consortium } = await questionnaireSetting(api);
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      ids.push((await createQuestionnaire(api.dataSource, consortium.id, s.admin.user.id, { published: index !== 1 })).id);
    }
    const first = await api.gql(LIST, { filter: { consortiumId: consortium.id }, first: 2 }, s.admin.token);
    expect(first.data!.questionnaires.totalCount).toBe(3);
    expect(first.data!.questionnaires.edges.map((edge) => edge.node.id)).toEqual([ids[2], ids[1]]);
    const second = await api.gql(LIST, { filter: { consortiumId: consortium.id }, first: 2, after: first.data!.questionnaires.pageInfo.endCursor }, s.admin.token);
    expect(second.data!.questionnaires.edges.map((edge) => edge.node.id)).toEqual([ids[0]]);
    expect(second.data!.questionnaires.pageInfo.hasNextPage).toBe(false);
    const drafts = await api.gql(LIST, { filter: { consortiumId: consortium.id, published: false } }, s.admin.token);
    expect(drafts.data!.questionnaires.edges.map((edge) => edge.node.id)).toEqual([ids[1]]);
  });

  it('exposes and validates the consortium’s time zone', async () => {
    const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id);
    const read = await api.gql(GET, { id: questionnaire.id }, s.admin.token);
    expect(read.data!.questionnaire).toMatchObject({ consortium: { id: s.consortium.id, timeZone: 'Asia/Aden' } });
    const UPDATE_CONSORTIUM = `mutation U($id: ID!, $input: UpdateConsortiumInput!) { updateConsortium(id: $id, input: $input) { timeZone } }`;
    const bad = await api.gql(UPDATE_CONSORTIUM, { id: s.consortium.id, input: { timeZone: 'Mars/Olympus' } }, s.admin.token);
    expect(fieldErrors(bad)).toEqual([expect.objectContaining({ field: 'timeZone', constraint: 'isTimeZone' })]);
    const good = await api.gql<{ updateConsortium: { timeZone: string } }>(UPDATE_CONSORTIUM, { id: s.consortium.id, input: { timeZone: 'Asia/Riyadh' } }, s.admin.token);
    expect(good.data!.updateConsortium.timeZone).toBe('Asia/Riyadh');
  });
});
