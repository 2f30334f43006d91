import type { AnswerSet } from '@shuraka/xlsform';
import { ApplicantCategory, GuaranteeType, MemberRole, Role, ServiceKind } from '@shuraka/domain';
import { ConsortiumMemberEntity } from '../../../src/modules/consortia/consortium-member.entity';
import { createApplicant, createConsortium, createOrganization, createService, signedIn } from '../../factories';
import { errorCode, operation, startTestApp, type TestApp } from '../../support/test-app';
import { createResponse, createPublishedQuestionnaire } from './caps-fixtures';

interface Change {
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  service: { id: string } | null;
  entry: number | null;
  name: { ar: string | null; en: string | null };
  fields: Array<{ field: string; before: unknown; after: unknown }>;
}

const DIFFERENCE = operation<{
  capabilityDifference: { fingerprint: string; assignment: { id: string; appliedAt: string | null }; changes: Change[]; warnings: Array<{ en: string }> };
}>(`query D($id: ID!) {
  capabilityDifference(assignmentId: $id) {
    fingerprint assignment { id appliedAt }
    changes { action service { id } entry name { ar en } fields { field before after } }
    warnings { en }
  }
}`);

const APPLY = operation<{ applyCapabilityDifference: Array<{ id: string; kind: string; governorates: string[]; categories: string[] }> }>(
  `mutation A($input: ApplyCapabilityDifferenceInput!) { applyCapabilityDifference(input: $input) { id kind governorates categories } }`,
);

const MATCH = operation<{ matchServices: Array<{ eligible: boolean; service: { id: string } }> }>(
  `query M($id: ID!) { matchServices(applicantId: $id, first: 50) { eligible service { id } } }`,
);

const UPDATE_SERVICE = operation<{ updateService: { id: string } }>(
  `mutation U($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id } }`,
);

describe('capability difference', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** A partner offering a micro-loan in Hadramout to graduates; its submission extends it to Abyan and dropouts and adds a grant. */
  async function fixture(answers = SUBMITTED_ANSWERS) {
    const lead = await createOrganization(api.dataSource);
    const partner = await createOrganization(api.dataSource, { governorates: ['YE-HD'] });
    const consortium = await createConsortium(api.dataSource, lead.id, [{ organizationId: partner.id, role: MemberRole.MEMBER }]);
    const leadStaff = await signedIn(api, Role.PARTNER_STAFF, lead.id);
    const partnerStaff = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const loan = await createService(api.dataSource, partner.id, {
      nameAr: 'قرض المشروع', nameEn: 'Project loan', kind: ServiceKind.MICRO_LOAN, governorates: ['YE-HD'],
      categories: [ApplicantCategory.UNIVERSITY_GRADUATE], guaranteeRequired: GuaranteeType.NONE, capacity: 10,
    });
    const questionnaire = await createPublishedQuestionnaire(api.dataSource, consortium.id, leadStaff.user.id);
    const assignment = await createResponse(api.dataSource, questionnaire.id, partner.id, { answers, submittedBy: partnerStaff.user.id });
    return { lead, partner, consortium, leadStaff, partnerStaff, loan, questionnaire, assignment };
  }

  const SUBMITTED_ANSWERS: AnswerSet = {
    contact: 'خولة',
    services: [
      { kind: 'MICRO_LOAN', categories: ['UNIVERSITY_GRADUATE', 'DROPOUT'], service_areas: ['YE-HD', 'YE-AB'], capacity: 10 },
      { kind: 'GRANT', service_name: 'منح الأسر المنتجة', categories: ['DROPOUT'], capacity: 5 },
    ],
    areas: ['YE-AB'],
  };

  it('shows the difference, applies it in one go, and the matching then finds the partner for an applicant in the new governorate', async () => {
    const { leadStaff, loan, assignment, consortium, partner } = await fixture();
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const applicant = await createApplicant(api.dataSource, coordinator.user.id, {
      governorate: 'YE-AB', category: ApplicantCategory.DROPOUT, needs: [ServiceKind.MICRO_LOAN], guaranteeOffered: GuaranteeType.NONE,
      consortiumId: consortium.id, requestedAmount: null, requestedCurrency: null,
    });
    const before = await api.gql(MATCH, { id: applicant.id }, coordinator.token);
    expect(before.errors).toBeUndefined();
    expect(before.data!.matchServices.map((match) => match.service.id)).not.toContain(loan.id);

    const review = await api.gql(DIFFERENCE, { id: assignment.id }, leadStaff.token);
    expect(review.errors).toBeUndefined();
    const difference = review.data!.capabilityDifference;
    expect(difference.warnings).toEqual([]);
    expect(difference.changes).toEqual([
      {
        action: 'UPDATE', service: { id: loan.id }, entry: 0, name: { ar: 'قرض المشروع', en: 'Project loan' },
        fields: [
          { field: 'categories', before: ['UNIVERSITY_GRADUATE'], after: ['UNIVERSITY_GRADUATE', 'DROPOUT'] },
          { field: 'governorates', before: ['YE-HD'], after: ['YE-HD', 'YE-AB'] },
        ],
      },
      {
        action: 'CREATE', service: null, entry: 1, name: { ar: 'منح الأسر المنتجة', en: null },
        fields: expect.arrayContaining([
          { field: 'kind', before: null, after: 'GRANT' },
          // The entry names no governorate: the organisation-level answer fills it.
          { field: 'governorates', before: null, after: ['YE-AB'] },
          { field: 'capacity', before: null, after: 5 },
        ]),
      },
    ]);

    const applied = await api.gql(APPLY, { input: { assignmentId: assignment.id, expectedFingerprint: difference.fingerprint } }, leadStaff.token);
    expect(applied.errors).toBeUndefined();
    const services = applied.data!.applyCapabilityDifference;
    expect(services).toEqual([
      { id: loan.id, kind: 'MICRO_LOAN', governorates: ['YE-HD', 'YE-AB'], categories: ['UNIVERSITY_GRADUATE', 'DROPOUT'] },
      { id: expect.any(String), kind: 'GRANT', governorates: ['YE-AB'], categories: ['DROPOUT'] },
    ]);

    const after = await api.gql(MATCH, { id: applicant.id }, coordinator.token);
    const matched = after.data!.matchServices.filter((match) => match.eligible).map((match) => match.service.id);
    expect(matched).toEqual(expect.arrayContaining([loan.id, services[1].id]));

    // Written through the services' writer: audited as the lead's staff; the submission is marked applied.
    const audit = await api.dataSource.query(
      `SELECT action, record_id FROM audit_entry WHERE user_id = $1 AND record_type = 'SERVICE' ORDER BY action`,
      [leadStaff.user.id],
    );
    expect(audit).toEqual([
      { action: 'CREATE', record_id: services[1].id },
      { action: 'UPDATE', record_id: loan.id },
    ]);
    const reviewed = await api.gql(DIFFERENCE, { id: assignment.id }, leadStaff.token);
    expect(reviewed.data!.capabilityDifference.assignment.appliedAt).not.toBeNull();
    // Nothing is left to apply: the partner's services now say what its answers say.
    expect(reviewed.data!.capabilityDifference.changes.map((change) => change.action)).toEqual(['UNCHANGED', 'UNCHANGED']);
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM service WHERE organization_id = $1', [partner.id]);
    expect(count).toBe(2);
  });

  it('refuses a difference that changed since it was reviewed, and applying the same review twice', async () => {
    const { leadStaff, partnerStaff, loan, assignment } = await fixture();
    const { fingerprint } = (await api.gql(DIFFERENCE, { id: assignment.id }, leadStaff.token)).data!.capabilityDifference;
    // The partner edits the service in between: what was reviewed is not what would be applied.
    const edit = await api.gql(UPDATE_SERVICE, { id: loan.id, input: { governorates: ['YE-HD', 'YE-SH'] } }, partnerStaff.token);
    expect(edit.errors).toBeUndefined();
    const stale = await api.gql(APPLY, { input: { assignmentId: assignment.id, expectedFingerprint: fingerprint } }, leadStaff.token);
    expect(errorCode(stale)).toBe('CONFLICT');
    const current = stale.errors![0].extensions!.currentFingerprint as string;
    expect(current).not.toBe(fingerprint);
    const [{ count: untouched }] = await api.dataSource.query('SELECT count(*)::int AS count FROM service WHERE organization_id = $1', [loan.organizationId]);
    expect(untouched).toBe(1);

    expect((await api.gql(APPLY, { input: { assignmentId: assignment.id, expectedFingerprint: current } }, leadStaff.token)).errors).toBeUndefined();
    const again = await api.gql(APPLY, { input: { assignmentId: assignment.id, expectedFingerprint: current } }, leadStaff.token);
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('applies once when two reviewers apply the same difference at the same time', async () => {
    const { leadStaff, assignment, partner } = await fixture();
    const admin = await signedIn(api, Role.ADMIN);
    const { fingerprint } = (await api.gql(DIFFERENCE, { id: assignment.id }, leadStaff.token)).data!.capabilityDifference;
    const input = { input: { assignmentId: assignment.id, expectedFingerprint: fingerprint } };
    const results = await Promise.all([api.gql(APPLY, input, leadStaff.token), api.gql(APPLY, input, admin.token), api.gql(APPLY, input, leadStaff.token)]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(2);
    const [{ count }] = await api.dataSource.query("SELECT count(*)::int AS count FROM service WHERE organization_id = $1 AND kind = 'GRANT'", [partner.id]);
    expect(count).toBe(1);
  });

  it('is for ADMIN and the lead: the partner and committee members are FORBIDDEN, others do not see it', async () => {
    const { assignment, partnerStaff, lead } = await fixture();
    const committee = await signedIn(api, Role.COMMITTEE_MEMBER, lead.id);
    const stranger = await signedIn(api, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id);
    const coordinator = await signedIn(api, Role.COORDINATOR, lead.id);
    expect(errorCode(await api.gql(DIFFERENCE, { id: assignment.id }, partnerStaff.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(DIFFERENCE, { id: assignment.id }, committee.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(DIFFERENCE, { id: assignment.id }, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(DIFFERENCE, { id: assignment.id }, coordinator.token))).toBe('FORBIDDEN');
    const apply = await api.gql(APPLY, { input: { assignmentId: assignment.id, expectedFingerprint: 'x' } }, partnerStaff.token);
    expect(errorCode(apply)).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(DIFFERENCE, { id: crypto.randomUUID() }, (await signedIn(api, Role.ADMIN)).token))).toBe('NOT_FOUND');
  });

  it('has no difference before the response is submitted', async () => {
    const { leadStaff, questionnaire } = await fixture();
    const other = await createOrganization(api.dataSource);
    await api.dataSource.getRepository(ConsortiumMemberEntity).insert({ consortiumId: questionnaire.consortiumId, organizationId: other.id, role: MemberRole.MEMBER });
    const draft = await createResponse(api.dataSource, questionnaire.id, other.id, { answers: { contact: 'x' } });
    expect(errorCode(await api.gql(DIFFERENCE, { id: draft.id }, leadStaff.token))).toBe('CONFLICT');
  });

  it('reports answers a service cannot hold instead of applying them', async () => {
    const { leadStaff, assignment } = await fixture({ services: [{ kind: 'MICRO_LOAN', capacity: -3 }] } as never);
    const review = await api.gql(DIFFERENCE, { id: assignment.id }, leadStaff.token);
    expect(review.data!.capabilityDifference.changes.map((change) => change.action)).toEqual(['UNCHANGED']);
    expect(review.data!.capabilityDifference.warnings.map((warning) => warning.en)).toEqual([
      'Service 1: "capacity": the capacity must be a whole number from 0 to 1000000',
    ]);
  });
});
