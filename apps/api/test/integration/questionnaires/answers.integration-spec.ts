import type { FormDefinition } from '@shuraka/xlsform';
import { createAssignment, createOrganization, createQuestionnaire } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type GqlError, type TestApp } from '../../support/test-app';
import { answersOf, ASSIGNMENT_FIELDS, questionnaireSetting, type Assignment, type QuestionnaireSetting } from './setting';

const ASSIGN = operation<{ assignQuestionnaire: Assignment[] }>(
  `mutation A($input: AssignQuestionnaireInput!) { assignQuestionnaire(input: $input) { ${ASSIGNMENT_FIELDS} } }`,
);
const SAVE = operation<{ saveQuestionnaireAnswers: Assignment }>(
  `mutation S($input: SaveQuestionnaireAnswersInput!) { saveQuestionnaireAnswers(input: $input) { ${ASSIGNMENT_FIELDS} } }`,
);
const SUBMIT = operation<{ submitQuestionnaireResponse: Assignment }>(
  `mutation S($id: ID!) { submitQuestionnaireResponse(assignmentId: $id) { ${ASSIGNMENT_FIELDS} } }`,
);
const REOPEN = operation<{ reopenQuestionnaireResponse: Assignment }>(
  `mutation R($input: ReopenQuestionnaireResponseInput!) { reopenQuestionnaireResponse(input: $input) { ${ASSIGNMENT_FIELDS} } }`,
);
const GET = operation<{ questionnaireAssignment: Assignment }>(`query G($id: ID!) { questionnaireAssignment(id: $id) { ${ASSIGNMENT_FIELDS} } }`);
const COMPLETION = operation<{
  questionnaireCompletion: {
    assigned: number;
    submitted: number;
    drafts: number;
    pending: Array<{ id: string }>;
    overdue: Array<{ id: string }>;
    assignments: Array<{ id: string; status: string; overdue: boolean; organization: { id: string } }>;
  };
}>(
  `query C($id: ID!) { questionnaireCompletion(questionnaireId: $id) {
    assigned submitted drafts pending { id } overdue { id } assignments { id status overdue organization { id } } } }`,
);

/** The lending-partners form of seed 001, shortened: a relevance jump, a constraint, a repeat. */
const FORM: FormDefinition = {
  title: { ar: 'استبيان الشركاء المقرضين', en: 'Lending partners' },
  questions: [
    { name: 'staff', type: 'INTEGER', label: { ar: 'عدد الموظفين', en: 'Staff' }, required: true, constraint: '. >= 1 and . <= 5000', constraintMessage: { ar: 'بين 1 و5000', en: 'Between 1 and 5000' } },
    { name: 'lends', type: 'BOOLEAN', label: { ar: 'هل تقدمون قروضاً؟', en: 'Do you lend?' }, required: true },
    { name: 'max_loan', type: 'DECIMAL', label: { ar: 'أعلى قرض', en: 'Largest loan' }, required: true, relevant: "${lends} = 'true'" },
    { name: 'services', type: 'REPEAT', label: { ar: 'الخدمات', en: 'Services' }, relevant: "${lends} = 'true'" },
    { name: 'service_name', type: 'TEXT', parent: 'services', label: { ar: 'اسم الخدمة', en: 'Service' }, required: true },
    { name: 'max_amount', type: 'DECIMAL', parent: 'services', label: { ar: 'أعلى مبلغ', en: 'Highest amount' }, constraint: '. > 0' },
  ],
};

const NOTIFICATIONS = operation<{ notifications: { edges: Array<{ node: { kind: string; body: { ar: string | null } | null; link: string | null } }> } }>(
  `query { notifications(first: 50) { edges { node { kind body { ar } link } } } }`,
);

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('questionnaire answers: assign, save, submit, reopen, follow up', () => {
  let api: TestApp;
  let s: QuestionnaireSetting;
  beforeAll(async () => {
    api = await startTestApp();
    s = await questionnaireSetting(api);
  });
  afterAll(() => api.close());

  async function assigned(organizationId = s.partnerA.id, dueOn = day(30)) {
    const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id, { definition: FORM });
    const response = await api.gql(ASSIGN, { input: { questionnaireId: questionnaire.id, organizationIds: [organizationId], dueOn } }, s.leadStaff.token);
    expect(response.errors).toBeUndefined();
    return { questionnaire, assignment: response.data!.assignQuestionnaire[0] };
  }

  const save = (assignmentId: string, answers: Record<string, unknown>, expectedRevision?: number, token = s.staffA.token) =>
    api.gql(
      SAVE,
      { input: { assignmentId, answers: Object.entries(answers).map(([question, value]) => ({ question, value })), expectedRevision } },
      token,
    );

  describe('assigning', () => {
    it('assigns a published version to chosen members, stamped with that version, and re-assigning moves the due date', async () => {
      const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id, { definition: FORM });
      const first = await api.gql(ASSIGN, { input: { questionnaireId: questionnaire.id, organizationIds: [s.partnerA.id], dueOn: day(10) } }, s.leadStaff.token);
      expect(first.errors).toBeUndefined();
      expect(first.data!.assignQuestionnaire).toEqual([
        expect.objectContaining({ organization: { id: s.partnerA.id }, dueOn: day(10), status: 'NOT_STARTED', revision: 0, overdue: false, questionnaire: { id: questionnaire.id, version: 1 } }),
      ]);
      const again = await api.gql(ASSIGN, { input: { questionnaireId: questionnaire.id, organizationIds: [s.partnerA.id], dueOn: day(20) } }, s.leadStaff.token);
      expect(again.data!.assignQuestionnaire).toEqual([expect.objectContaining({ id: first.data!.assignQuestionnaire[0].id, dueOn: day(20) })]);
      // The partner's staff are told (once per due date); another partner's are not.
      const link = `/assignments/${first.data!.assignQuestionnaire[0].id}`;
      const told = (await api.gql(NOTIFICATIONS, {}, s.staffA.token)).data!.notifications.edges.filter((edge) => edge.node.link === link);
      expect(told.map((edge) => edge.node.kind)).toEqual(['QUESTIONNAIRE_ASSIGNED', 'QUESTIONNAIRE_ASSIGNED']);
      const notTold = (await api.gql(NOTIFICATIONS, {}, s.staffB.token)).data!.notifications.edges.filter((edge) => edge.node.link === link);
      expect(notTold).toEqual([]);
    });

    it('assigns to all members but the lead with allMembers, and keeps a submitted response’s due date', async () => {
      const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id, { definition: FORM });
      const submitted = await createAssignment(api.dataSource, questionnaire.id, s.partnerB.id, { dueOn: day(5), submittedAt: new Date(), revision: 2 });
      const response = await api.gql(ASSIGN, { input: { questionnaireId: questionnaire.id, organizationIds: [], dueOn: day(15), allMembers: true } }, s.admin.token);
      expect(response.errors).toBeUndefined();
      const byOrganization = new Map(response.data!.assignQuestionnaire.map((a) => [a.organization.id, a]));
      expect([...byOrganization.keys()].sort()).toEqual([s.partnerA.id, s.partnerB.id].sort());
      expect(byOrganization.get(s.partnerA.id)!.dueOn).toBe(day(15));
      expect(byOrganization.get(s.partnerB.id)).toMatchObject({ id: submitted.id, dueOn: day(5), status: 'SUBMITTED' });
    });

    it('creates one assignment per partner when two leads assign at once, announced and audited once', async () => {
      const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id, { definition: FORM });
      const input = (dueOn: string) => ({ input: { questionnaireId: questionnaire.id, organizationIds: [s.partnerB.id], dueOn } });
      const results = await Promise.all([api.gql(ASSIGN, input(day(9)), s.leadStaff.token), api.gql(ASSIGN, input(day(9)), s.admin.token)]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      const rows = await api.dataSource.query('SELECT id FROM questionnaire_assignment WHERE questionnaire_id = $1', [questionnaire.id]);
      expect(rows).toHaveLength(1);
      const audits = await api.dataSource.query(`SELECT action FROM audit_entry WHERE record_type = 'QUESTIONNAIRE_ASSIGNMENT' AND record_id = $1`, [rows[0].id]);
      expect(audits).toEqual([{ action: 'CREATE' }]);
      const told = (await api.gql(NOTIFICATIONS, {}, s.staffB.token)).data!.notifications.edges.filter((edge) => edge.node.link === `/assignments/${rows[0].id}`);
      expect(told).toHaveLength(1);
    });

    it('refuses drafts, non-members, a past due date and an empty choice, writing nothing', async () => {
      const draft = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id, { definition: FORM, published: false });
      expect(errorCode(await api.gql(ASSIGN, { input: { questionnaireId: draft.id, organizationIds: [s.partnerA.id], dueOn: day(5) } }, s.leadStaff.token))).toBe('CONFLICT');
      const questionnaire = await createQuestionnaire(api.dataSource, s.consortium.id, s.admin.user.id, { definition: FORM });
      const outsider = await api.gql(ASSIGN, { input: { questionnaireId: questionnaire.id, organizationIds: [s.partnerA.id, s.outsider.id], dueOn: day(5) } }, s.leadStaff.token);
      expect(fieldErrors(outsider)).toEqual([expect.objectContaining({ field: 'organizationIds.1', constraint: 'isMember' })]);
      const past = await api.gql(ASSIGN, { input: { questionnaireId: questionnaire.id, organizationIds: [s.partnerA.id], dueOn: day(-2) } }, s.leadStaff.token);
      expect(fieldErrors(past)).toEqual([expect.objectContaining({ field: 'dueOn', constraint: 'notInPast' })]);
      const none = await api.gql(ASSIGN, { input: { questionnaireId: questionnaire.id, organizationIds: [], dueOn: day(5) } }, s.leadStaff.token);
      expect(fieldErrors(none)).toEqual([expect.objectContaining({ field: 'organizationIds' })]);
      const rows = await api.dataSource.query('SELECT count(*)::int AS n FROM questionnaire_assignment WHERE questionnaire_id = ANY($1)', [[draft.id, questionnaire.id]]);
      expect(rows[0].n).toBe(0);
    });
  });

  describe('saving drafts', () => {
    it('merges answers by question, normalises Arabic-Indic digits and drops answers of irrelevant questions', async () => {
      const { assignment } = await assigned();
      const first = await save(assignment.id, { staff: '١٢', lends: true, max_loan: '٢٥٠٠٠٠', services: [{ service_name: 'قرض الأسر المنتجة', max_amount: 300000 }] }, 0);
      expect(first.errors).toBeUndefined();
      expect(first.data!.saveQuestionnaireAnswers).toMatchObject({ status: 'DRAFT', revision: 1, lastSavedAt: expect.any(String) });
      expect(answersOf(first.data!.saveQuestionnaireAnswers)).toEqual({
        staff: 12,
        lends: true,
        max_loan: 250000,
        services: [{ service_name: 'قرض الأسر المنتجة', max_amount: 300000 }],
      });
      // Saving only `lends` keeps `staff`; `lends = false` makes the loan questions irrelevant: their answers go.
      const second = await save(assignment.id, { lends: false }, 1);
      expect(second.errors).toBeUndefined();
      expect(answersOf(second.data!.saveQuestionnaireAnswers)).toEqual({ staff: 12, lends: false });
      expect(second.data!.saveQuestionnaireAnswers.revision).toBe(2);
      const stored = await api.dataSource.query('SELECT answers, revision, last_saved_by_id FROM questionnaire_assignment WHERE id = $1', [assignment.id]);
      expect(stored[0]).toEqual({ answers: { staff: 12, lends: false }, revision: 2, last_saved_by_id: s.staffA.user.id });
    });

    it('audits each save by the answers it changed, not the whole answer set', async () => {
      const { assignment } = await assigned();
      expect((await save(assignment.id, { staff: 12, lends: true, max_loan: 250000 }, 0)).errors).toBeUndefined();
      expect((await save(assignment.id, { staff: 13 }, 1)).errors).toBeUndefined();
      const entries = await api.dataSource.query(
        `SELECT changes FROM audit_entry WHERE record_type = 'QUESTIONNAIRE_ASSIGNMENT' AND record_id = $1 AND action = 'UPDATE' ORDER BY at, id`,
        [assignment.id],
      );
      expect(entries).toHaveLength(2);
      expect(entries[1].changes).toEqual({ revision: { before: 1, after: 2 }, 'answers.staff': { before: 12, after: 13 } });
    });

    it('refuses wrong types and broken constraints with field errors by path in both languages, saving nothing', async () => {
      const { assignment } = await assigned();
      const response = await save(assignment.id, { staff: 'many', lends: true, services: [{ service_name: 'أ', max_amount: 5 }, { service_name: 'ب', max_amount: -3 }] });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      const errors = fieldErrors(response) as Array<{ field: string; constraint?: string; localized?: { ar: string; en: string } }>;
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'answers.staff', constraint: 'TYPE' }),
          expect.objectContaining({ field: 'answers.services[1].max_amount', constraint: 'CONSTRAINT' }),
        ]),
      );
      expect(errors.every((error) => error.localized?.ar && error.localized?.en)).toBe(true);
      const tooMany = await save(assignment.id, { staff: 9000 });
      expect(fieldErrors(tooMany)).toEqual([expect.objectContaining({ field: 'answers.staff', constraint: 'CONSTRAINT', localized: { ar: 'بين 1 و5000', en: 'Between 1 and 5000' } })]);
      const unknown = await save(assignment.id, { nowhere: 'x' });
      expect(fieldErrors(unknown)).toEqual([expect.objectContaining({ field: 'answers.nowhere', constraint: 'UNKNOWN_QUESTION' })]);
      const stored = await api.dataSource.query('SELECT answers, revision FROM questionnaire_assignment WHERE id = $1', [assignment.id]);
      expect(stored[0]).toEqual({ answers: {}, revision: 0 });
    });

    it('lets one of two parallel saves with the same expectedRevision win; the other gets CONFLICT with the current answers', async () => {
      const { assignment } = await assigned();
      await save(assignment.id, { staff: 3 }, 0);
      const [a, b] = await Promise.all([save(assignment.id, { staff: 4 }, 1, s.staffA.token), save(assignment.id, { lends: false }, 1, s.staffA2.token)]);
      const winners = [a, b].filter((response) => response.data?.saveQuestionnaireAnswers);
      const losers = [a, b].filter((response) => errorCode(response) === 'CONFLICT');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const extensions = (losers[0].errors![0] as GqlError).extensions!;
      expect(extensions.currentRevision).toBe(2);
      expect(Object.fromEntries((extensions.currentAnswers as Array<{ question: string; value: unknown }>).map((x) => [x.question, x.value]))).toEqual(
        answersOf(winners[0].data!.saveQuestionnaireAnswers),
      );
      // Without expectedRevision both parallel saves land, one after the other, neither losing the other's answer.
      const [c, d] = await Promise.all([save(assignment.id, { max_loan: 1000, lends: true }), save(assignment.id, { staff: 7 }, undefined, s.staffA2.token)]);
      expect(c.errors).toBeUndefined();
      expect(d.errors).toBeUndefined();
      const final = await api.gql(GET, { id: assignment.id }, s.staffA.token);
      expect(final.data!.questionnaireAssignment.revision).toBe(4);
      expect(answersOf(final.data!.questionnaireAssignment)).toMatchObject({ max_loan: 1000, lends: true, staff: 7 });
    });
  });

  describe('submitting and reopening', () => {
    it('refuses a submission missing relevant required answers, naming them; submits and locks a complete one', async () => {
      const { assignment } = await assigned();
      await save(assignment.id, { staff: 10, lends: true });
      const missing = await api.gql(SUBMIT, { id: assignment.id }, s.staffA.token);
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(missing)).toEqual([expect.objectContaining({ field: 'answers.max_loan', constraint: 'REQUIRED' })]);

      await save(assignment.id, { lends: false });
      const submitted = await api.gql(SUBMIT, { id: assignment.id }, s.staffA2.token);
      expect(submitted.errors).toBeUndefined();
      expect(submitted.data!.submitQuestionnaireResponse).toMatchObject({ status: 'SUBMITTED', submittedAt: expect.any(String), overdue: false });
      expect(errorCode(await save(assignment.id, { staff: 11 }))).toBe('CONFLICT');
      expect(errorCode(await api.gql(SUBMIT, { id: assignment.id }, s.staffA.token))).toBe('CONFLICT');
    });

    it('reopens a submission with a reason the partner sees; only ADMIN or the lead’s staff may', async () => {
      const { assignment } = await assigned();
      await save(assignment.id, { staff: 10, lends: false });
      await api.gql(SUBMIT, { id: assignment.id }, s.staffA.token);
      expect(errorCode(await api.gql(REOPEN, { input: { assignmentId: assignment.id, reason: 'x' } }, s.staffA.token))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(REOPEN, { input: { assignmentId: assignment.id, reason: 'x' } }, s.committee.token))).toBe('FORBIDDEN');
      const blank = await api.gql(REOPEN, { input: { assignmentId: assignment.id, reason: '   ' } }, s.leadStaff.token);
      expect(fieldErrors(blank)).toEqual([expect.objectContaining({ field: 'reason' })]);

      const reopened = await api.gql(REOPEN, { input: { assignmentId: assignment.id, reason: 'يرجى تحديث عدد الموظفين' } }, s.leadStaff.token);
      expect(reopened.errors).toBeUndefined();
      expect(reopened.data!.reopenQuestionnaireResponse).toMatchObject({ status: 'DRAFT', submittedAt: null, reopenReason: 'يرجى تحديث عدد الموظفين', reopenedAt: expect.any(String) });
      const seen = await api.gql(GET, { id: assignment.id }, s.staffA.token);
      expect(seen.data!.questionnaireAssignment).toMatchObject({ reopenReason: 'يرجى تحديث عدد الموظفين', status: 'DRAFT' });
      expect(answersOf(seen.data!.questionnaireAssignment)).toEqual({ staff: 10, lends: false });
      const notified = (await api.gql(NOTIFICATIONS, {}, s.staffA2.token)).data!.notifications.edges.map((edge) => edge.node);
      expect(notified).toContainEqual({ kind: 'QUESTIONNAIRE_REOPENED', body: { ar: 'يرجى تحديث عدد الموظفين' }, link: `/assignments/${assignment.id}` });
      expect(errorCode(await api.gql(REOPEN, { input: { assignmentId: assignment.id, reason: 'مرة أخرى' } }, s.admin.token))).toBe('CONFLICT');
      const saved = await save(assignment.id, { staff: 12 });
      expect(saved.errors).toBeUndefined();
    });
  });

  describe('following up', () => {
    it('counts assigned, submitted, drafts, pending and overdue by the consortium’s calendar', async () => {
      const fresh = await questionnaireSetting(api);
      const questionnaire = await createQuestionnaire(api.dataSource, fresh.consortium.id, fresh.admin.user.id, { definition: FORM });
      const extra = await createOrganization(api.dataSource);
      await api.dataSource.query(`INSERT INTO consortium_member (consortium_id, organization_id, role) VALUES ($1, $2, 'MEMBER')`, [fresh.consortium.id, extra.id]);
      const submitted = await createAssignment(api.dataSource, questionnaire.id, fresh.partnerA.id, { dueOn: day(-3), submittedAt: new Date(), revision: 3 });
      const overdueDraft = await createAssignment(api.dataSource, questionnaire.id, fresh.partnerB.id, { dueOn: day(-3), revision: 1, answers: { staff: 2 } });
      const notStarted = await createAssignment(api.dataSource, questionnaire.id, extra.id, { dueOn: day(7) });

      const response = await api.gql(COMPLETION, { id: questionnaire.id }, fresh.committee.token);
      expect(response.errors).toBeUndefined();
      const completion = response.data!.questionnaireCompletion;
      expect(completion).toMatchObject({ assigned: 3, submitted: 1, drafts: 1 });
      expect(completion.pending.map((o) => o.id).sort()).toEqual([fresh.partnerB.id, extra.id].sort());
      expect(completion.overdue.map((o) => o.id)).toEqual([fresh.partnerB.id]);
      const statuses = Object.fromEntries(completion.assignments.map((a) => [a.id, [a.status, a.overdue]]));
      expect(statuses).toEqual({ [submitted.id]: ['SUBMITTED', false], [overdueDraft.id]: ['DRAFT', true], [notStarted.id]: ['NOT_STARTED', false] });
    });

    it('decides "overdue" by the consortium’s time zone, not the server’s', async () => {
      const fresh = await questionnaireSetting(api);
      const questionnaire = await createQuestionnaire(api.dataSource, fresh.consortium.id, fresh.admin.user.id, { definition: FORM });
      // Due "yesterday" somewhere east of the date line and "today" far west of it: pick the zone where it has passed.
      const now = new Date();
      const kiritimati = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(now);
      const pagoPago = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Pago_Pago' }).format(now);
      expect(kiritimati > pagoPago).toBe(true); // 25 hours apart: always different days
      await createAssignment(api.dataSource, questionnaire.id, fresh.partnerA.id, { dueOn: pagoPago });
      await api.dataSource.query('UPDATE consortium SET time_zone = $2 WHERE id = $1', [fresh.consortium.id, 'Pacific/Pago_Pago']);
      expect((await api.gql(COMPLETION, { id: questionnaire.id }, fresh.leadStaff.token)).data!.questionnaireCompletion.overdue).toEqual([]);
      await api.dataSource.query('UPDATE consortium SET time_zone = $2 WHERE id = $1', [fresh.consortium.id, 'Pacific/Kiritimati']);
      expect((await api.gql(COMPLETION, { id: questionnaire.id }, fresh.leadStaff.token)).data!.questionnaireCompletion.overdue).toEqual([{ id: fresh.partnerA.id }]);
    });
  });
});
