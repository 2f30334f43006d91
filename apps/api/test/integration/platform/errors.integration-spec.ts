import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { MemberRole, Role } from '@shuraka/domain';
import { createApplicant, createConsortium, createOrganization, createReferral, createService, signedIn, uniqueTag } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type GqlResponse, type TestApp } from '../../support/test-app';

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const applicantInput = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'سالم عوض باوزير',
  category: 'UNIVERSITY_GRADUATE',
  gender: 'MALE',
  birthDate: '1999-03-14',
  governorate: 'YE-HD',
  needs: ['MICRO_LOAN'],
  guaranteeOffered: 'GROUP',
  consentGiven: true,
  ...overrides,
});

const serviceInput = (organizationId: string) => ({
  organizationId,
  name: { ar: 'قرض' },
  kind: 'MICRO_LOAN',
  categories: [],
  governorates: ['YE-HD'],
  guaranteeRequired: 'NONE',
  capacity: 5,
});

describe('one error per situation', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers NOT_FOUND for an unknown id in every input that takes one', async () => {
    const organization = await createOrganization(api.dataSource);
    const admin = await signedIn(api, Role.ADMIN);
    const coordinator = await signedIn(api, Role.COORDINATOR, organization.id);
    const staff = await signedIn(api, Role.PARTNER_STAFF, organization.id);
    const consortium = await createConsortium(api.dataSource, organization.id);
    const service = await createService(api.dataSource, organization.id);
    const applicant = await createApplicant(api.dataSource, coordinator.user.id);
    const referral = await createReferral(api.dataSource, applicant, service);
    const unknown = randomUUID();

    const cases: Array<{ name: string; token: string; query: string; variables: Record<string, unknown>; field?: string }> = [
      {
        name: 'createReferral.applicantId',
        token: coordinator.token,
        query: `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
        variables: { input: { applicantId: unknown, serviceId: service.id } },
      },
      {
        name: 'createReferral.serviceId',
        token: coordinator.token,
        query: `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
        variables: { input: { applicantId: applicant.id, serviceId: unknown } },
        field: 'serviceId',
      },
      {
        name: 'transitionReferral.referralId',
        token: staff.token,
        query: `mutation($input: TransitionReferralInput!) { transitionReferral(input: $input) { id } }`,
        variables: { input: { referralId: unknown, to: 'ACKNOWLEDGED' } },
      },
      {
        name: 'recordReferralOutcome.referralId',
        token: staff.token,
        query: `mutation($input: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $input) { id } }`,
        variables: { input: { referralId: unknown, jobsCreated: 1 } },
      },
      {
        name: 'registerApplicant.consortiumId',
        token: coordinator.token,
        query: `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`,
        variables: { input: applicantInput({ consortiumId: unknown }) },
        field: 'consortiumId',
      },
      {
        name: 'createService.organizationId',
        token: admin.token,
        query: `mutation($input: CreateServiceInput!) { createService(input: $input) { id } }`,
        variables: { input: serviceInput(unknown) },
        field: 'organizationId',
      },
      {
        name: 'updateService.id',
        token: admin.token,
        query: `mutation($id: ID!) { updateService(id: $id, input: { capacity: 3 }) { id } }`,
        variables: { id: unknown },
      },
      {
        name: 'updateOrganization.id',
        token: admin.token,
        query: `mutation($id: ID!) { updateOrganization(id: $id, input: { kind: NGO }) { id } }`,
        variables: { id: unknown },
      },
      {
        name: 'createConsortium.leadOrganizationId',
        token: admin.token,
        query: `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { id } }`,
        variables: { input: { name: { ar: 'اتحاد' }, country: 'YE', leadOrganizationId: unknown } },
        field: 'leadOrganizationId',
      },
      {
        name: 'updateConsortium.id',
        token: admin.token,
        query: `mutation($id: ID!) { updateConsortium(id: $id, input: { country: "YE" }) { id } }`,
        variables: { id: unknown },
      },
      {
        name: 'addConsortiumMember.consortiumId',
        token: admin.token,
        query: `mutation($input: AddConsortiumMemberInput!) { addConsortiumMember(input: $input) { id } }`,
        variables: { input: { consortiumId: unknown, organizationId: organization.id, role: MemberRole.MEMBER } },
      },
      {
        name: 'addConsortiumMember.organizationId',
        token: admin.token,
        query: `mutation($input: AddConsortiumMemberInput!) { addConsortiumMember(input: $input) { id } }`,
        variables: { input: { consortiumId: consortium.id, organizationId: unknown, role: MemberRole.MEMBER } },
        field: 'organizationId',
      },
      {
        name: 'removeConsortiumMember.consortiumId',
        token: admin.token,
        query: `mutation($input: RemoveConsortiumMemberInput!) { removeConsortiumMember(input: $input) { id } }`,
        variables: { input: { consortiumId: unknown, organizationId: organization.id } },
      },
      {
        name: 'removeConsortiumMember.organizationId',
        token: admin.token,
        query: `mutation($input: RemoveConsortiumMemberInput!) { removeConsortiumMember(input: $input) { id } }`,
        variables: { input: { consortiumId: consortium.id, organizationId: unknown } },
      },
      {
        name: 'planAllocation.applicantIds',
        token: coordinator.token,
        query: `mutation($input: PlanAllocationInput!) { planAllocation(input: $input) { id } }`,
        variables: { input: { applicantIds: [applicant.id, unknown] } },
      },
      {
        name: 'planAllocation.serviceIds',
        token: coordinator.token,
        query: `mutation($input: PlanAllocationInput!) { planAllocation(input: $input) { id } }`,
        variables: { input: { applicantIds: [applicant.id], serviceIds: [service.id, unknown] } },
        field: 'serviceIds',
      },
      {
        name: 'commitAllocation.planId',
        token: coordinator.token,
        query: `mutation($id: ID!) { commitAllocation(planId: $id) { id } }`,
        variables: { id: unknown },
      },
      {
        name: 'createUser.organizationId',
        token: admin.token,
        query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        variables: { input: { email: `u-${uniqueTag()}@test.shuraka.org`, displayName: 'U', password: 'long enough password', role: 'PARTNER_STAFF', organizationId: unknown } },
        field: 'organizationId',
      },
    ];

    const outcomes: Record<string, string | undefined> = {};
    for (const testCase of cases) {
      const response: GqlResponse = await api.gql(testCase.query, testCase.variables, testCase.token);
      outcomes[testCase.name] = errorCode(response);
      if (testCase.field) expect([testCase.name, fieldErrors(response)]).toEqual([testCase.name, [expect.objectContaining({ field: testCase.field, constraint: 'exists' })]]);
    }
    expect(outcomes).toEqual(Object.fromEntries(cases.map((testCase) => [testCase.name, 'NOT_FOUND'])));
    // Nothing was written by the refused mutations.
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE applicant_id = $1`, [applicant.id])).toEqual([{ n: 1 }]);
    expect(referral.id).toBeDefined();
  });

  it('refuses registerApplicant in a consortium the coordinator’s organisation is not a member of (FORBIDDEN), accepts it in its own', async () => {
    const own = await createOrganization(api.dataSource);
    const other = await createOrganization(api.dataSource);
    const ownConsortium = await createConsortium(api.dataSource, own.id);
    const foreignConsortium = await createConsortium(api.dataSource, other.id);
    const coordinator = await signedIn(api, Role.COORDINATOR, own.id);
    const REGISTER = operation<{ registerApplicant: { id: string; consortiumId: string } }>(`mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id consortiumId } }`);

    const foreign = await api.gql(REGISTER, { input: applicantInput({ phone: `77${Math.floor(Math.random() * 1e7)}`, consortiumId: foreignConsortium.id }) }, coordinator.token);
    expect(errorCode(foreign)).toBe('FORBIDDEN');
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM applicant WHERE consortium_id = $1`, [foreignConsortium.id])).toEqual([{ n: 0 }]);

    const mine = await api.gql(REGISTER, { input: applicantInput({ phone: `77${Math.floor(Math.random() * 1e7)}`, consortiumId: ownConsortium.id }) }, coordinator.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.registerApplicant.consortiumId).toBe(ownConsortium.id);
  });

  it('answers CONFLICT, never an internal error, to parallel createUser calls with one email: exactly one succeeds', async () => {
    const admin = await signedIn(api, Role.ADMIN);
    const email = `race-${uniqueTag()}@test.shuraka.org`;
    const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
    // An uncommitted row with the same email holds all ten at the unique index, after their existence
    // check found nothing: the race happens every time, not only when the scheduler allows it.
    const blocker = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`INSERT INTO app_user (email, display_name, password_hash, role) VALUES ($1, 'Blocker', '!', 'VIEWER')`, [email]);
      const pending = Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          api.gql(CREATE_USER, { input: { email, displayName: `Racer ${index}`, password: 'long enough password', role: 'VIEWER' } }, admin.token),
        ),
      );
      await waitFor(async () => {
        // pg_stat_activity is read once per transaction: clear the blocker's snapshot each time.
        await blocker.query('SELECT pg_stat_clear_snapshot()');
        const [{ n }] = (await blocker.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "app_user"%'`,
        )).rows;
        return n === 10;
      });
      await blocker.query('ROLLBACK');
      const codes = (await pending).map((response) => errorCode(response) ?? 'OK').sort();
      expect(codes).toEqual([...Array(9).fill('CONFLICT'), 'OK']);
    } finally {
      await blocker.end();
    }
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email])).toEqual([{ n: 1 }]);
  });
});
