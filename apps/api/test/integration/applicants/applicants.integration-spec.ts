import { Role } from '@shuraka/domain';
import { createApplicant, createOrganization, createReferral, createService, signedIn, uniqueTag } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

/** Compared whole with toMatchObject; id and phone are read directly. */
type RegisteredApplicant = { id: string; phone: string; [field: string]: unknown };

const REGISTER = operation<{ registerApplicant: RegisteredApplicant }>(`mutation R($input: RegisterApplicantInput!) {
  registerApplicant(input: $input) { id fullName nationalIdLastDigits category gender birthDate governorate district phone projectSize
    requestedAmount { amount currency } needs guaranteeOffered consentGivenAt }
}`);
const APPLICANT = operation<{
  applicant: { id: string; fullName: string; nationalIdLastDigits: string | null; phone: string; referrals: Array<{ id: string; organizationId: string }> };
}>(`query A($id: ID!) { applicant(id: $id) { id fullName nationalIdLastDigits phone referrals { id organizationId } } }`);
const APPLICANTS = operation<{ applicants: { totalCount: number; edges: Array<{ node: { id: string; fullName: string } }> } }>(
  `query L($filter: ApplicantFilter) { applicants(filter: $filter, first: 100) { totalCount edges { node { id fullName } } } }`,
);

const input = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'سالم عوض باوزير',
  nationalId: `٠١٢٣${Math.floor(Math.random() * 1e8)}`,
  category: 'UNIVERSITY_GRADUATE',
  gender: 'MALE',
  birthDate: '1999-03-14',
  governorate: 'YE-HD',
  district: 'المكلا',
  phone: `+967 77${Math.floor(1e6 + Math.random() * 8e6)}`,
  projectSize: 'MICRO',
  sector: 'صيانة الهواتف',
  requestedAmount: { amount: '500000', currency: 'YER' },
  needs: ['MICRO_LOAN', 'BUSINESS_TRAINING'],
  guaranteeOffered: 'GROUP',
  consentGiven: true,
  ...overrides,
});

describe('applicants', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('a coordinator registers an applicant with consent; the national id is never returned', async () => {
    const { token } = await signedIn(api, Role.COORDINATOR);
    const response = await api.gql(REGISTER, { input: input({ nationalId: '٠١٢٣-٤٥٦٧٨٩' }) }, token);
    expect(response.errors).toBeUndefined();
    const applicant = response.data!.registerApplicant;
    expect(applicant).toMatchObject({ fullName: 'سالم عوض باوزير', nationalIdLastDigits: '6789', birthDate: '1999-03-14', requestedAmount: { amount: '500000', currency: 'YER' } });
    expect(applicant.phone).toMatch(/^\+96777\d{7}$/);
    expect(JSON.stringify(response.data)).not.toContain('0123456789');
    const [row] = await api.dataSource.query('SELECT national_id_hash, national_id_last_digits FROM applicant WHERE id = $1', [applicant.id]);
    expect(row.national_id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.national_id_last_digits).toBe('6789');
  });

  it('refuses registration without consent, naming the field, and writes nothing', async () => {
    const { token } = await signedIn(api, Role.COORDINATOR);
    const name = `بلا موافقة ${uniqueTag()}`;
    const response = await api.gql(REGISTER, { input: input({ fullName: name, consentGiven: false }) }, token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(response)).toEqual([expect.objectContaining({ field: 'consentGiven' })]);
    expect((await api.gql(APPLICANTS, { filter: { search: name } }, token)).data!.applicants.totalCount).toBe(0);
  });

  it('names every bad field', async () => {
    const { token } = await signedIn(api, Role.COORDINATOR);
    const response = await api.gql(
      REGISTER,
      { input: input({ fullName: '', governorate: 'Hadramout', needs: [], phone: 'call me', requestedAmount: { amount: '5e5', currency: 'YER' } }) },
      token,
    );
    expect(fieldErrors(response).map((error) => error.field).sort()).toEqual(['fullName', 'governorate', 'needs', 'phone', 'requestedAmount.amount']);
    const future = await api.gql(REGISTER, { input: input({ birthDate: '2999-01-01' }) }, token);
    expect(fieldErrors(future)).toEqual([expect.objectContaining({ field: 'birthDate', constraint: 'maxDate' })]);
    const notADate = await api.gql(REGISTER, { input: input({ birthDate: '1999-02-30' }) }, token);
    expect(fieldErrors(notADate)).toEqual([expect.objectContaining({ field: 'birthDate' })]);
  });

  it('refuses the same national id, or the same phone and birth date, with CONFLICT naming the record', async () => {
    const { token } = await signedIn(api, Role.COORDINATOR);
    const first = (await api.gql(REGISTER, { input: input({ nationalId: '77001122334', phone: '+967 711 000 111' }) }, token)).data!.registerApplicant;
    const sameId = await api.gql(REGISTER, { input: input({ nationalId: '770-011-22334' }) }, token);
    expect(errorCode(sameId)).toBe('CONFLICT');
    expect(sameId.errors![0].extensions!.existingApplicantId).toBe(first.id);
    const samePhone = await api.gql(REGISTER, { input: input({ nationalId: null, phone: '+967711000111' }) }, token);
    expect(errorCode(samePhone)).toBe('CONFLICT');
    // Another coordinator learns that the person exists, but not who it is.
    const other = (await signedIn(api, Role.COORDINATOR)).token;
    const elsewhere = await api.gql(REGISTER, { input: input({ nationalId: '77001122334' }) }, other);
    expect(errorCode(elsewhere)).toBe('CONFLICT');
    expect(elsewhere.errors![0].extensions).not.toHaveProperty('existingApplicantId');
    expect(elsewhere.errors![0].message).not.toContain('سالم');
  });

  it('is registered by coordinators only', async () => {
    for (const role of [Role.ADMIN, Role.PARTNER_STAFF, Role.COMMITTEE_MEMBER, Role.VIEWER]) {
      const { token } = await signedIn(api, role);
      expect(errorCode(await api.gql(REGISTER, { input: input() }, token))).toBe('FORBIDDEN');
    }
  });

  it('is seen by its coordinator and ADMIN, by a partner only once referred to it, and by nobody else', async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partnerA = await createOrganization(api.dataSource);
    const partnerB = await createOrganization(api.dataSource);
    const serviceA = await createService(api.dataSource, partnerA.id);
    const serviceB = await createService(api.dataSource, partnerB.id);
    const applicant = await createApplicant(api.dataSource, coordinator.user.id, { nationalIdLastDigits: '4321' });
    const staffA = (await signedIn(api, Role.PARTNER_STAFF, partnerA.id)).token;
    const staffB = (await signedIn(api, Role.PARTNER_STAFF, partnerB.id)).token;

    expect(errorCode(await api.gql(APPLICANT, { id: applicant.id }, staffA))).toBe('NOT_FOUND');
    const referralA = await createReferral(api.dataSource, applicant, serviceA);
    await createReferral(api.dataSource, applicant, serviceB);

    const seenByA = await api.gql(APPLICANT, { id: applicant.id }, staffA);
    expect(seenByA.data!.applicant).toMatchObject({ fullName: applicant.fullName, nationalIdLastDigits: null });
    expect(seenByA.data!.applicant.referrals).toEqual([{ id: referralA.id, organizationId: partnerA.id }]);
    const seenByOwner = await api.gql(APPLICANT, { id: applicant.id }, coordinator.token);
    expect(seenByOwner.data!.applicant.nationalIdLastDigits).toBe('4321');
    expect(seenByOwner.data!.applicant.referrals).toHaveLength(2);
    expect((await api.gql(APPLICANT, { id: applicant.id }, staffB)).data!.applicant.referrals).toHaveLength(1);

    for (const role of [Role.COORDINATOR, Role.COMMITTEE_MEMBER, Role.VIEWER]) {
      const { token } = await signedIn(api, role);
      expect(errorCode(await api.gql(APPLICANT, { id: applicant.id }, token))).toBe('NOT_FOUND');
      expect((await api.gql(APPLICANTS, { filter: { search: applicant.fullName } }, token)).data!.applicants.totalCount).toBe(0);
    }
    const admin = (await signedIn(api, Role.ADMIN)).token;
    expect((await api.gql(APPLICANTS, { filter: { search: applicant.fullName } }, admin)).data!.applicants.totalCount).toBe(1);
  });

  it('lists and searches a coordinator’s applicants, Arabic-aware', async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const tag = uniqueTag();
    const fatima = await createApplicant(api.dataSource, coordinator.user.id, { fullName: `فاطمة ${tag}`, searchText: `فاطمه ${tag}`, category: 'DROPOUT' as never });
    await createApplicant(api.dataSource, coordinator.user.id, { fullName: `خولة ${tag}`, searchText: `خوله ${tag}` });
    const all = await api.gql(APPLICANTS, {}, coordinator.token);
    expect(all.data!.applicants.totalCount).toBe(2);
    const found = await api.gql(APPLICANTS, { filter: { search: `فاطمة ${tag}` } }, coordinator.token);
    expect(found.data!.applicants.edges.map((edge) => edge.node.id)).toEqual([fatima.id]);
    const byCategory = await api.gql(APPLICANTS, { filter: { category: 'DROPOUT' } }, coordinator.token);
    expect(byCategory.data!.applicants.edges.map((edge) => edge.node.id)).toEqual([fatima.id]);
  });
});

describe('duplicate national id probing', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ env: { DUPLICATE_PROBE_LIMIT_PER_HOUR: '3' } });
  });
  afterAll(() => api.close());

  it('gives a coordinator a few conflicts an hour on records registered elsewhere, then TOO_MANY_REQUESTS', async () => {
    const owner = (await signedIn(api, Role.COORDINATOR)).token;
    const ids = Array.from({ length: 5 }, () => `${Math.floor(1e9 + Math.random() * 8e9)}`);
    for (const nationalId of ids) expect((await api.gql(REGISTER, { input: input({ nationalId }) }, owner)).errors).toBeUndefined();
    // The registering coordinator sees the record named in the conflict: that is no probe and is not counted.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect(errorCode(await api.gql(REGISTER, { input: input({ nationalId: ids[0] }) }, owner))).toBe('CONFLICT');
    }

    const prober = (await signedIn(api, Role.COORDINATOR)).token;
    for (const nationalId of ids.slice(0, 3)) {
      expect(errorCode(await api.gql(REGISTER, { input: input({ nationalId }) }, prober))).toBe('CONFLICT');
    }
    const refused = await api.gql(REGISTER, { input: input({ nationalId: ids[3] }) }, prober);
    expect(errorCode(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(3000);
    // Registering someone new still works: only the conflicts are limited.
    expect((await api.gql(REGISTER, { input: input() }, prober)).errors).toBeUndefined();
  });
});
