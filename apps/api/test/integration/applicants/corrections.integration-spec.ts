import { Role, ServiceKind } from '@shuraka/domain';
import { createApplicant, createConsortium, createOrganization, createReferral, createService, signedIn, uniqueTag } from '../../factories';
import { errorCode, fieldErrors, startTestApp, type TestApp } from '../../support/test-app';

interface ApplicantFields {
  id: string;
  fullName: string;
  phone: string | null;
  birthDate: string | null;
  version: number;
  consentWithdrawnAt: string | null;
  consentWithdrawalReason: string | null;
}
const FIELDS = 'id fullName phone birthDate version consentWithdrawnAt consentWithdrawalReason';
const REGISTER = `mutation R($input: RegisterApplicantInput!) { registerApplicant(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateApplicantInput!) { updateApplicant(input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation W($input: WithdrawApplicantConsentInput!) { withdrawApplicantConsent(input: $input) { ${FIELDS} } }`;
const AUDIT = `query H($id: ID!) { applicantAudit(applicantId: $id, first: 50) { edges { node { action recordType user { id } changes { field before after } } } } }`;
const DUPLICATES = `query D($input: ApplicantDuplicatesInput!) { applicantDuplicates(input: $input) { reasons applicant { id fullName } } }`;
const CREATE_REFERRAL = `mutation C($input: CreateReferralInput!) { createReferral(input: $input) { id } }`;
const PLAN = `mutation P($input: PlanAllocationInput!) { planAllocation(input: $input) { id assignments { applicant { id } } } }`;
const COMMIT = `mutation C($id: ID!) { commitAllocation(planId: $id) { id } }`;

type Change = { field: string; before: string | null; after: string | null };
type AuditPage = { applicantAudit: { edges: Array<{ node: { action: string; recordType: string; user: { id: string }; changes: Change[] } }> } };
/** The log's changes as { field: { before, after } } with the JSON values parsed. */
const changesOf = (changes: Change[]) =>
  Object.fromEntries(changes.map((change) => [change.field, { before: change.before === null ? null : JSON.parse(change.before), after: change.after === null ? null : JSON.parse(change.after) }]));
type Duplicates = { applicantDuplicates: Array<{ reasons: string[]; applicant: { id: string; fullName: string } }> };

const registration = (overrides: Record<string, unknown> = {}) => ({
  fullName: `سالم عوض ${uniqueTag()}`,
  category: 'UNIVERSITY_GRADUATE',
  gender: 'MALE',
  birthDate: '1999-03-14',
  governorate: 'YE-HD',
  district: 'المكلا',
  needs: ['MICRO_LOAN'],
  guaranteeOffered: 'GROUP',
  consentGiven: true,
  ...overrides,
});

/** A Yemeni mobile number no other test uses. */
const freshLocalPhone = () => `77${Math.floor(1e6 + Math.random() * 8.9e6)}`;

describe('correcting applicants and their duplicates', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** A coordinator of an organisation that belongs to one Yemeni consortium (calling code 967). */
  async function coordinatorInConsortium() {
    const organization = await createOrganization(api.dataSource);
    const consortium = await createConsortium(api.dataSource, organization.id);
    const coordinator = await signedIn(api, Role.COORDINATOR, organization.id);
    return { organization, consortium, coordinator };
  }

  async function register(token: string, overrides: Record<string, unknown> = {}) {
    const response = await api.gql<{ registerApplicant: ApplicantFields }>(REGISTER, { input: registration(overrides) }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.registerApplicant;
  }

  it('stores every way of writing a phone number in one E.164 form, completed with the consortium calling code', async () => {
    const { coordinator } = await coordinatorInConsortium();
    const local = freshLocalPhone();
    const spaced = `+967 ${local.slice(0, 3)}-${local.slice(3, 6)}-${local.slice(6)}`;
    const arabic = local.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
    const forms = [local, `0${local}`, spaced, `00967${local}`, arabic];
    const stored: Array<string | null> = [];
    for (const [index, phone] of forms.entries()) {
      // Different birth dates: the same phone alone is a warning, not a refusal.
      stored.push((await register(coordinator.token, { phone, birthDate: `199${index}-01-01` })).phone);
    }
    expect(stored).toEqual(forms.map(() => `+967${local}`));
    const bad = await api.gql(REGISTER, { input: registration({ phone: '12345' }) }, coordinator.token);
    expect(fieldErrors(bad)).toEqual([expect.objectContaining({ field: 'phone' })]);
  });

  it('refuses a second registration as `+967 777-123-456` of `777123456` with the same birth date, and warns about it otherwise', async () => {
    const { coordinator } = await coordinatorInConsortium();
    const local = freshLocalPhone();
    const first = await register(coordinator.token, { phone: local, birthDate: '2001-07-07' });
    const spaced = `+967 ${local.slice(0, 3)}-${local.slice(3, 6)}-${local.slice(6)}`;
    const again = await api.gql(REGISTER, { input: registration({ phone: spaced, birthDate: '2001-07-07' }) }, coordinator.token);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.existingApplicantId).toBe(first.id);

    const warned = await api.gql<Duplicates>(DUPLICATES, { input: { fullName: 'شخص آخر', phone: spaced } }, coordinator.token);
    expect(warned.errors).toBeUndefined();
    expect(warned.data!.applicantDuplicates).toEqual([{ reasons: ['SAME_PHONE'], applicant: { id: first.id, fullName: first.fullName } }]);
  });

  it('finds likely duplicates by phone, by name and birth date, and by a near-identical Arabic name in the same district, only among records the user may see', async () => {
    const { coordinator } = await coordinatorInConsortium();
    const tag = uniqueTag();
    const fatima = await register(coordinator.token, { fullName: `فاطمة أحمد علي ${tag}`, birthDate: '1998-02-02', district: 'المكلا', phone: freshLocalPhone() });

    const sameNameAndBirth = await api.gql<Duplicates>(DUPLICATES, { input: { fullName: `فاطمه احمد علي ${tag}`, birthDate: '1998-02-02' } }, coordinator.token);
    expect(sameNameAndBirth.data!.applicantDuplicates).toEqual([{ reasons: ['SAME_NAME_AND_BIRTH_DATE'], applicant: expect.objectContaining({ id: fatima.id }) }]);

    const similar = await api.gql<Duplicates>(
      DUPLICATES,
      { input: { fullName: `فاطمة احمد على ${tag}`, governorate: 'YE-HD', district: ' المكلا ', birthDate: '1990-01-01' } },
      coordinator.token,
    );
    expect(similar.data!.applicantDuplicates).toEqual([{ reasons: ['SIMILAR_NAME_IN_DISTRICT'], applicant: expect.objectContaining({ id: fatima.id }) }]);
    const otherDistrict = await api.gql<Duplicates>(DUPLICATES, { input: { fullName: `فاطمة احمد على ${tag}`, governorate: 'YE-HD', district: 'الشحر' } }, coordinator.token);
    expect(otherDistrict.data!.applicantDuplicates).toEqual([]);
    const otherName = await api.gql<Duplicates>(DUPLICATES, { input: { fullName: `خديجة سالم ${tag}`, governorate: 'YE-HD', district: 'المكلا' } }, coordinator.token);
    expect(otherName.data!.applicantDuplicates).toEqual([]);

    // Another coordinator is told nothing about a record they cannot see.
    const stranger = await signedIn(api, Role.COORDINATOR);
    const hidden = await api.gql<Duplicates>(DUPLICATES, { input: { fullName: `فاطمه احمد علي ${tag}`, birthDate: '1998-02-02', phone: fatima.phone } }, stranger.token);
    expect(hidden.data!.applicantDuplicates).toEqual([]);
    // Correcting a record does not find the record itself.
    const self = await api.gql<Duplicates>(DUPLICATES, { input: { fullName: fatima.fullName, birthDate: '1998-02-02', excludeApplicantId: fatima.id } }, coordinator.token);
    expect(self.data!.applicantDuplicates).toEqual([]);
    const partner = await signedIn(api, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id);
    expect(errorCode(await api.gql(DUPLICATES, { input: { fullName: 'x' } }, partner.token))).toBe('FORBIDDEN');
  });

  it('lets the registering coordinator correct an applicant, with the change and its author in the history', async () => {
    const { coordinator } = await coordinatorInConsortium();
    const applicant = await register(coordinator.token, { fullName: 'سالم عوض باوزيز', birthDate: null, phone: freshLocalPhone() });
    const local = freshLocalPhone();
    const response = await api.gql<{ updateApplicant: ApplicantFields }>(
      UPDATE,
      { input: { id: applicant.id, expectedVersion: applicant.version, fullName: '  سالم   عوض باوزير ', birthDate: '1999-03-14', phone: `0${local}` } },
      coordinator.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateApplicant).toMatchObject({ fullName: 'سالم عوض باوزير', birthDate: '1999-03-14', phone: `+967${local}`, version: applicant.version + 1 });

    const history = await api.gql<AuditPage>(AUDIT, { id: applicant.id }, coordinator.token);
    const [latest] = history.data!.applicantAudit.edges.map((edge) => edge.node);
    expect(latest).toMatchObject({ action: 'UPDATE', recordType: 'APPLICANT', user: { id: coordinator.user.id } });
    expect(changesOf(latest.changes)).toEqual({
      fullName: { before: 'سالم عوض باوزيز', after: 'سالم عوض باوزير' },
      birthDate: { before: null, after: '1999-03-14' },
      phone: { before: applicant.phone, after: `+967${local}` },
      version: { before: 1, after: 2 },
    });
    // The search finds the corrected name.
    const [row] = await api.dataSource.query('SELECT search_text FROM applicant WHERE id = $1', [applicant.id]);
    expect(row.search_text).toBe(`سالم عوض باوزير +967${local}`);
  });

  it('applies the registration rules to a correction: validation, required fields, duplicates', async () => {
    const { coordinator } = await coordinatorInConsortium();
    const phone = freshLocalPhone();
    const other = await register(coordinator.token, { phone, birthDate: '2000-01-01' });
    const applicant = await register(coordinator.token, { phone: freshLocalPhone(), birthDate: '2000-01-01' });

    const bad = await api.gql(
      UPDATE,
      { input: { id: applicant.id, expectedVersion: 1, phone: 'call me', fullName: '', needs: [], governorate: 'Hadramout' } },
      coordinator.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(bad).map((error) => error.field).sort()).toEqual(['fullName', 'governorate', 'needs', 'phone']);
    const removed = await api.gql(UPDATE, { input: { id: applicant.id, expectedVersion: 1, fullName: null, category: null, needs: null } }, coordinator.token);
    expect(fieldErrors(removed).map((error) => error.field).sort()).toEqual(['category', 'fullName', 'needs']);
    const future = await api.gql(UPDATE, { input: { id: applicant.id, expectedVersion: 1, birthDate: '2999-01-01' } }, coordinator.token);
    expect(fieldErrors(future)).toEqual([expect.objectContaining({ field: 'birthDate', constraint: 'maxDate' })]);

    const duplicate = await api.gql(UPDATE, { input: { id: applicant.id, expectedVersion: 1, phone: `+967 ${phone}` } }, coordinator.token);
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors![0].extensions!.existingApplicantId).toBe(other.id);
    const probes = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'DUPLICATE_PROBE' AND record_id = $1`, [other.id]);
    expect(probes[0].n).toBe(1);
    const [row] = await api.dataSource.query('SELECT phone, version FROM applicant WHERE id = $1', [applicant.id]);
    expect(row).toEqual({ phone: applicant.phone, version: 1 });
  });

  it('refuses a correction made on a stale version with CONFLICT, also when two are sent at once', async () => {
    const { coordinator } = await coordinatorInConsortium();
    const applicant = await register(coordinator.token);
    const results = await Promise.all(
      ['الاسم الأول', 'الاسم الثاني'].map((fullName) => api.gql(UPDATE, { input: { id: applicant.id, expectedVersion: 1, fullName } }, coordinator.token)),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const stale = results.find((result) => result.errors)!;
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ reason: 'STALE_VERSION', version: 2 });
  });

  it('is corrected by its coordinator and ADMIN only: NOT_FOUND for those who cannot see it, FORBIDDEN for a partner who can', async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const service = await createService(api.dataSource, partner.id);
    const applicant = await createApplicant(api.dataSource, coordinator.user.id);
    await createReferral(api.dataSource, applicant, service);
    const update = (token: string, version: number) => api.gql(UPDATE, { input: { id: applicant.id, expectedVersion: version, sector: `قطاع ${uniqueTag()}` } }, token);

    expect(errorCode(await update((await signedIn(api, Role.PARTNER_STAFF, partner.id)).token, 1))).toBe('FORBIDDEN');
    for (const role of [Role.COORDINATOR, Role.COMMITTEE_MEMBER, Role.VIEWER]) {
      const code = errorCode(await update((await signedIn(api, role)).token, 1));
      expect([role, code]).toEqual([role, role === Role.COORDINATOR ? 'NOT_FOUND' : 'FORBIDDEN']);
    }
    expect(errorCode(await update((await signedIn(api, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id)).token, 1))).toBe('NOT_FOUND');
    expect((await update(coordinator.token, 1)).errors).toBeUndefined();
    expect((await update((await signedIn(api, Role.ADMIN)).token, 2)).errors).toBeUndefined();
    const [row] = await api.dataSource.query('SELECT version FROM applicant WHERE id = $1', [applicant.id]);
    expect(row.version).toBe(3);
  });

  it('records a withdrawal of consent; createReferral, planning and committing a plan then refuse with CONSENT_WITHDRAWN', async () => {
    const { organization, coordinator } = await coordinatorInConsortium();
    const service = await createService(api.dataSource, organization.id, { kind: ServiceKind.MICRO_LOAN, capacity: 5 });
    const applicant = await register(coordinator.token);
    const other = await register(coordinator.token);

    const plan = await api.gql<{ planAllocation: { id: string; assignments: Array<{ applicant: { id: string } }> } }>(
      PLAN,
      { input: { applicantIds: [applicant.id, other.id], serviceIds: [service.id] } },
      coordinator.token,
    );
    expect(plan.data!.planAllocation.assignments.map((assignment) => assignment.applicant.id).sort()).toEqual([applicant.id, other.id].sort());

    const empty = await api.gql(WITHDRAW, { input: { applicantId: applicant.id, expectedVersion: 1, reason: '  ' } }, coordinator.token);
    expect(fieldErrors(empty)).toEqual([expect.objectContaining({ field: 'reason' })]);
    const withdrawn = await api.gql<{ withdrawApplicantConsent: ApplicantFields }>(
      WITHDRAW,
      { input: { applicantId: applicant.id, expectedVersion: 1, reason: 'لا ترغب في المشاركة' } },
      coordinator.token,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawApplicantConsent).toMatchObject({ consentWithdrawalReason: 'لا ترغب في المشاركة', version: 2 });
    expect(withdrawn.data!.withdrawApplicantConsent.consentWithdrawnAt).toEqual(expect.any(String));
    const again = await api.gql(WITHDRAW, { input: { applicantId: applicant.id, expectedVersion: 2, reason: 'مرة أخرى' } }, coordinator.token);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_WITHDRAWN' });

    const referral = await api.gql(CREATE_REFERRAL, { input: { applicantId: applicant.id, serviceId: service.id } }, coordinator.token);
    expect(referral.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_WITHDRAWN' });
    const commit = await api.gql(COMMIT, { id: plan.data!.planAllocation.id }, coordinator.token);
    expect(commit.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_WITHDRAWN', applicantIds: [applicant.id] });
    const replan = await api.gql(PLAN, { input: { applicantIds: [applicant.id, other.id], serviceIds: [service.id] } }, coordinator.token);
    expect(replan.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONSENT_WITHDRAWN', applicantIds: [applicant.id] });
    const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM referral WHERE applicant_id = ANY($1::uuid[])', [[applicant.id, other.id]]);
    expect(n).toBe(0);

    const history = await api.gql<AuditPage>(AUDIT, { id: applicant.id }, coordinator.token);
    expect(changesOf(history.data!.applicantAudit.edges[0].node.changes)).toMatchObject({ consentWithdrawalReason: { before: null, after: 'لا ترغب في المشاركة' } });
    // Others still get their referral.
    expect((await api.gql(CREATE_REFERRAL, { input: { applicantId: other.id, serviceId: service.id } }, coordinator.token)).errors).toBeUndefined();
  });
});
