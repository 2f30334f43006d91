import { AuditAction, AuditRecordType, GuaranteeType, ReferralStatus, Role, ServiceKind } from '@shuraka/domain';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { ApplicantEntity } from '../../../src/modules/applicants/applicant.entity';
import { ReferralsService } from '../../../src/modules/referrals/referrals.service';
import { SYSTEM_USER_ID } from '../../../src/modules/users/system-user';
import { createApplicant, createConsortium, createOrganization, createReferral, createService, signedIn, uniqueTag } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

interface Row {
  user_id: string;
  action: AuditAction;
  record_type: AuditRecordType;
  record_id: string;
  changes: Record<string, { before?: unknown; after?: unknown }>;
}

type Id = { id: string };
interface AuditConnection<Node> {
  totalCount: number;
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const MOVE = operation<{ transitionReferral: { status: string; version: number } }>(
  `mutation T($input: TransitionReferralInput!) { transitionReferral(input: $input) { status version } }`,
);
const AUDIT_LOG = operation<{
  auditLog: AuditConnection<{
    id: string;
    action: string;
    recordType: string;
    recordId: string;
    user: { id: string; displayName: string };
    changes: Array<{ field: string; before: string | null; after: string | null }>;
  }>;
}>(`query L($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id action recordType recordId user { id displayName } changes { field before after } } } pageInfo { hasNextPage endCursor }
  }
}`);
const APPLICANT_AUDIT = operation<{
  applicantAudit: Omit<AuditConnection<{ action: string; recordType: string; recordId: string; user: { id: string; role: string } }>, 'pageInfo'>;
}>(`query A($id: ID!) { applicantAudit(applicantId: $id, first: 100) { totalCount edges { node { action recordType recordId user { id role } } } } }`);

describe('audit log', () => {
  let api: TestApp;
  let admin: { user: { id: string }; token: string };
  const statements: string[] = [];
  const sqlLogger: TypeOrmLogger = {
    logQuery: (query) => void statements.push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  beforeAll(async () => {
    api = await startTestApp({ sqlLogger });
    admin = await signedIn(api, Role.ADMIN);
  });
  afterAll(() => api.close());

  const rowsFor = async (recordId: string): Promise<Row[]> =>
    api.dataSource.query(`SELECT user_id, action, record_type, record_id, changes FROM audit_entry WHERE record_id = $1 ORDER BY id`, [recordId]);

  it("records each module's committed change, with who and the fields that changed, never a secret", async () => {
    const created = await api.gql<{ createOrganization: Id }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { name: { ar: `جمعية ${uniqueTag()}` }, kind: 'NGO', governorates: ['YE-HD'], branches: [{ name: { ar: 'فرع المكلا' }, governorate: 'YE-HD' }] } },
      admin.token,
    );
    const organizationId = created.data!.createOrganization.id;
    await api.gql(`mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`, { id: organizationId, input: { kind: 'BANK' } }, admin.token);
    expect(await rowsFor(organizationId)).toEqual([
      expect.objectContaining({
        user_id: admin.user.id,
        action: 'CREATE',
        record_type: 'ORGANIZATION',
        changes: expect.objectContaining({ kind: { after: 'NGO' }, branches: { after: [expect.objectContaining({ nameAr: 'فرع المكلا' })] } }),
      }),
      expect.objectContaining({ action: 'UPDATE', record_type: 'ORGANIZATION', changes: { kind: { before: 'NGO', after: 'BANK' } } }),
    ]);

    const service = await api.gql<{ createService: Id }>(
      `mutation($input: CreateServiceInput!) { createService(input: $input) { id } }`,
      { input: { organizationId, name: { ar: 'قرض' }, kind: 'MICRO_LOAN', categories: [], governorates: ['YE-HD'], guaranteeRequired: 'NONE', capacity: 5 } },
      admin.token,
    );
    const serviceId = service.data!.createService.id;
    await api.gql(`mutation($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { id } }`, { id: serviceId, input: { capacity: 9 } }, admin.token);
    expect((await rowsFor(serviceId)).map((row) => [row.action, row.changes.capacity])).toEqual([
      ['CREATE', { after: 5 }],
      ['UPDATE', { before: 5, after: 9 }],
    ]);

    const email = `audit-${uniqueTag()}@test.shuraka.org`;
    const user = await api.gql<{ createUser: Id }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email, displayName: 'Audited', password: 'a long enough password', role: 'VIEWER' } },
      admin.token,
    );
    const [userRow] = await rowsFor(user.data!.createUser.id);
    expect(userRow).toMatchObject({ action: 'CREATE', record_type: 'USER', changes: { email: { after: email }, passwordHash: { after: '[redacted]' } } });
    expect(JSON.stringify(userRow.changes)).not.toContain('argon2');

    const consortium = await api.gql<{ createConsortium: Id }>(
      `mutation($input: CreateConsortiumInput!) { createConsortium(input: $input) { id } }`,
      { input: { name: { ar: `شراكة ${uniqueTag()}` }, country: 'YE', leadOrganizationId: organizationId } },
      admin.token,
    );
    const consortiumId = consortium.data!.createConsortium.id;
    const member = await createOrganization(api.dataSource);
    const weights = { need: 50, trackRecord: 10, amountFit: 10, governorate: 10, district: 10, capacityHeadroom: 10 };
    await api.gql(`mutation($id: ID!, $input: UpdateConsortiumInput!) { updateConsortium(id: $id, input: $input) { id } }`, { id: consortiumId, input: { matchingWeights: weights } }, admin.token);
    await api.gql(`mutation($input: AddConsortiumMemberInput!) { addConsortiumMember(input: $input) { id } }`, { input: { consortiumId, organizationId: member.id, role: 'MEMBER' } }, admin.token);
    await api.gql(`mutation($input: RemoveConsortiumMemberInput!) { removeConsortiumMember(input: $input) { id } }`, { input: { consortiumId, organizationId: member.id } }, admin.token);
    expect((await rowsFor(consortiumId)).map((row) => [row.action, row.record_type, row.changes.matchingWeights ?? row.changes.organizationId])).toEqual([
      ['CREATE', 'CONSORTIUM', undefined],
      ['CREATE', 'CONSORTIUM_MEMBER', { after: organizationId }],
      ['UPDATE', 'CONSORTIUM', { before: null, after: weights }],
      ['CREATE', 'CONSORTIUM_MEMBER', { after: member.id }],
      ['DELETE', 'CONSORTIUM_MEMBER', { before: member.id }],
    ]);
  });

  it("records an applicant's registration without the national id or its hash, and a referral's whole life", async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const nationalId = `77${Math.floor(Math.random() * 1e9)}`;
    const registered = await api.gql<{ registerApplicant: Id }>(
      `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`,
      {
        input: {
          fullName: 'هدى سالم', nationalId, category: 'UNIVERSITY_GRADUATE', gender: 'FEMALE', birthDate: '2000-01-01', governorate: 'YE-HD',
          needs: ['MICRO_LOAN'], guaranteeOffered: 'NONE', consentGiven: true,
        },
      },
      coordinator.token,
    );
    const applicantId = registered.data!.registerApplicant.id;
    const [applicantRow] = await rowsFor(applicantId);
    expect(applicantRow).toMatchObject({ action: 'CREATE', record_type: 'APPLICANT', user_id: coordinator.user.id, changes: { fullName: { after: 'هدى سالم' } } });
    expect(applicantRow.changes.nationalIdHash).toEqual({ after: '[redacted]' });
    const [{ hash }] = await api.dataSource.query(`SELECT national_id_hash AS hash FROM applicant WHERE id = $1`, [applicantId]);
    expect(JSON.stringify(applicantRow.changes)).not.toContain(hash);
    expect(JSON.stringify(applicantRow.changes)).not.toContain(nationalId);

    const partner = await createOrganization(api.dataSource);
    const staff = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const service = await createService(api.dataSource, partner.id, { capacity: 3, guaranteeRequired: GuaranteeType.NONE });
    const sent = await api.gql<{ createReferral: Id }>(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, { input: { applicantId, serviceId: service.id } }, coordinator.token);
    expect(sent.errors).toBeUndefined();
    const referralId = sent.data!.createReferral.id;
    await api.gql(MOVE, { input: { referralId, to: 'ACCEPTED' } }, staff.token);
    await api.gql(`mutation($input: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $input) { id } }`, { input: { referralId, jobsCreated: 2 } }, staff.token)
      .then((response) => expect(errorCode(response)).toBe('CONFLICT'));
    await api.gql(MOVE, { input: { referralId, to: 'IN_SERVICE' } }, staff.token);
    await api.gql(`mutation($input: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $input) { id } }`, { input: { referralId, jobsCreated: 2 } }, staff.token);
    expect((await rowsFor(referralId)).map((row) => [row.action, row.user_id, row.changes.status ?? row.changes.jobsCreated])).toEqual([
      ['CREATE', coordinator.user.id, { after: 'SENT' }],
      ['UPDATE', staff.user.id, { before: 'SENT', after: 'ACCEPTED' }],
      ['UPDATE', staff.user.id, { before: 'ACCEPTED', after: 'IN_SERVICE' }],
      ['UPDATE', staff.user.id, { before: null, after: 2 }],
    ]);
    // The place taken by raw SQL has its own entry, in the same transaction as the acceptance.
    expect((await rowsFor(service.id)).map((row) => [row.action, row.user_id, row.changes])).toEqual([
      ['UPDATE', staff.user.id, { capacityUsed: { before: 0, after: 1 } }],
    ]);
  });

  it('records expiry by the system user, in the statement that expires', async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const service = await createService(api.dataSource, (await createOrganization(api.dataSource)).id, { decisionDays: 3 });
    const referral = await createReferral(api.dataSource, await createApplicant(api.dataSource, coordinator.user.id), service, {
      createdAt: new Date(Date.now() - 10 * 86_400_000),
    });
    expect(await api.app.get(ReferralsService).expireOverdue()).toContain(referral.id);
    expect(await rowsFor(referral.id)).toEqual([
      expect.objectContaining({ user_id: SYSTEM_USER_ID, action: 'UPDATE', changes: expect.objectContaining({ status: { before: 'SENT', after: 'EXPIRED' } }) }),
    ]);
  });

  it('records a cohort plan and its commit, one entry per referral created', async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const service = await createService(api.dataSource, (await createOrganization(api.dataSource)).id, { capacity: 5 });
    const applicants = [await createApplicant(api.dataSource, coordinator.user.id), await createApplicant(api.dataSource, coordinator.user.id)];
    const plan = await api.gql<{ planAllocation: { id: string; assignments: Array<{ applicant: Id }> } }>(
      `mutation($input: PlanAllocationInput!) { planAllocation(input: $input) { id assignments { applicant { id } } } }`,
      { input: { applicantIds: applicants.map((applicant) => applicant.id), serviceIds: [service.id] } },
      coordinator.token,
    );
    const planId = plan.data!.planAllocation.id;
    const committed = await api.gql<{ commitAllocation: Id[] }>(`mutation($id: ID!) { commitAllocation(planId: $id) { id } }`, { id: planId }, coordinator.token);
    expect(committed.errors).toBeUndefined();
    expect((await rowsFor(planId)).map((row) => [row.action, Object.keys(row.changes).sort()])).toEqual([
      ['CREATE', ['assignments', 'totalScoreCentiPoints', 'unassigned']],
      ['UPDATE', ['committedAt']],
    ]);
    for (const { id } of committed.data!.commitAllocation) {
      expect(await rowsFor(id)).toEqual([expect.objectContaining({ action: 'CREATE', record_type: 'REFERRAL', user_id: coordinator.user.id })]);
    }
  });

  it('leaves no entry for a change that is rolled back: a refused transition and a failure at commit', async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const staff = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const full = await createService(api.dataSource, partner.id, { capacity: 1, capacityUsed: 1 });
    const refused = await createReferral(api.dataSource, await createApplicant(api.dataSource, coordinator.user.id), full);
    expect(errorCode(await api.gql(MOVE, { input: { referralId: refused.id, to: 'ACCEPTED' } }, staff.token))).toBe('CONFLICT');
    expect(await rowsFor(refused.id)).toEqual([]);

    // A deferred constraint fails the transaction at COMMIT, after every write (audit included) was made.
    const service = await createService(api.dataSource, partner.id, { capacity: 5 });
    const doomed = await createReferral(api.dataSource, await createApplicant(api.dataSource, coordinator.user.id), service);
    const trigger = `fail_commit_${uniqueTag()}`;
    await api.dataSource.query(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure at commit'; END $$`);
    await api.dataSource.query(
      `CREATE CONSTRAINT TRIGGER ${trigger} AFTER UPDATE ON referral DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.id = '${doomed.id}') EXECUTE FUNCTION ${trigger}()`,
    );
    try {
      const failed = await api.gql(MOVE, { input: { referralId: doomed.id, to: 'ACCEPTED' } }, staff.token);
      expect(failed.data?.transitionReferral ?? null).toBeNull();
      expect(failed.errors).toBeDefined();
    } finally {
      await api.dataSource.query(`DROP TRIGGER ${trigger} ON referral`);
      await api.dataSource.query(`DROP FUNCTION ${trigger}()`);
    }
    expect(await rowsFor(doomed.id)).toEqual([]);
    expect(await rowsFor(service.id)).toEqual([]);
    const [{ status, capacity_used }] = await api.dataSource.query(`SELECT r.status, s.capacity_used FROM referral r JOIN service s ON s.id = r.service_id WHERE r.id = $1`, [doomed.id]);
    expect([status, capacity_used]).toEqual([ReferralStatus.SENT, 0]);
    // The same transition, once it can commit, is recorded.
    expect((await api.gql(MOVE, { input: { referralId: doomed.id, to: 'ACCEPTED' } }, staff.token)).errors).toBeUndefined();
    expect((await rowsFor(doomed.id)).map((row) => row.action)).toEqual(['UPDATE']);
  });

  it("records partner staff's reads of applicants' personal data, one INSERT for a whole page", async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const staff = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const service = await createService(api.dataSource, partner.id, { kind: ServiceKind.MICRO_LOAN });
    const applicants: ApplicantEntity[] = [];
    for (let index = 0; index < 4; index += 1) {
      const applicant = await createApplicant(api.dataSource, coordinator.user.id);
      await createReferral(api.dataSource, applicant, service);
      applicants.push(applicant);
    }
    statements.length = 0;
    const inbox = await api.gql<{ referrals: { edges: Array<{ node: { applicant: { fullName: string; phone: string | null } } }> } }>(
      `query($filter: ReferralFilter) { referrals(filter: $filter, first: 50) { edges { node { applicant { fullName phone } } } } }`,
      { filter: { serviceId: service.id } },
      staff.token,
    );
    expect(inbox.data!.referrals.edges).toHaveLength(4);
    expect(statements.filter((sql) => sql.includes('INSERT INTO audit_entry'))).toHaveLength(1);
    const reads = async (userId: string) =>
      (await api.dataSource.query(`SELECT record_id FROM audit_entry WHERE user_id = $1 AND action = 'READ_PERSONAL_DATA' ORDER BY record_id`, [userId])).map(
        (row: { record_id: string }) => row.record_id,
      );
    expect(await reads(staff.user.id)).toEqual(applicants.map((applicant) => applicant.id).sort());

    await api.gql(`query($id: ID!) { applicant(id: $id) { fullName } }`, { id: applicants[0].id }, staff.token);
    await api.gql(`query { applicants(first: 100) { edges { node { fullName } } } }`, {}, staff.token);
    expect((await reads(staff.user.id)).filter((id: string) => id === applicants[0].id)).toHaveLength(3);
    // The registering coordinator owns the record: their reads are not logged.
    await api.gql(`query($id: ID!) { applicant(id: $id) { fullName } }`, { id: applicants[0].id }, coordinator.token);
    expect(await reads(coordinator.user.id)).toEqual([]);
  });

  it('records every duplicate registration attempt, though the registration is refused and rolled back', async () => {
    const first = await signedIn(api, Role.COORDINATOR);
    const prober = await signedIn(api, Role.COORDINATOR);
    const nationalId = `55${Math.floor(Math.random() * 1e9)}`;
    const input = {
      fullName: 'علي', nationalId, category: 'DROPOUT', gender: 'MALE', birthDate: '2001-01-01', governorate: 'YE-HD',
      needs: ['MICRO_LOAN'], guaranteeOffered: 'NONE', consentGiven: true,
    };
    const REGISTER = operation<{ registerApplicant: Id }>(`mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id } }`);
    const existingId = (await api.gql(REGISTER, { input }, first.token)).data!.registerApplicant.id;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(errorCode(await api.gql(REGISTER, { input: { ...input, fullName: `محاولة ${attempt}` } }, prober.token))).toBe('CONFLICT');
    }
    const probes = await api.dataSource.query(`SELECT record_id, changes FROM audit_entry WHERE user_id = $1 AND action = 'DUPLICATE_PROBE'`, [prober.user.id]);
    expect(probes).toEqual([
      { record_id: existingId, changes: { matchedBy: { after: 'national id' } } },
      { record_id: existingId, changes: { matchedBy: { after: 'national id' } } },
    ]);
    expect(await api.dataSource.query(`SELECT 1 FROM applicant WHERE full_name LIKE 'محاولة %' AND registered_by_id = $1`, [prober.user.id])).toEqual([]);
  });

  it('lets only ADMIN list the log, filtered by record and user, in stable pages', async () => {
    for (const role of [Role.COORDINATOR, Role.PARTNER_STAFF, Role.COMMITTEE_MEMBER, Role.VIEWER]) {
      const { token } = await signedIn(api, role, role === Role.PARTNER_STAFF ? (await createOrganization(api.dataSource)).id : null);
      const response = await api.gql(AUDIT_LOG, {}, token);
      expect([role, errorCode(response), response.data?.auditLog ?? null]).toEqual([role, 'FORBIDDEN', null]);
    }
    const organization = await createOrganization(api.dataSource);
    for (const kind of ['BANK', 'DONOR', 'NGO']) {
      await api.gql(`mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`, { id: organization.id, input: { kind } }, admin.token);
    }
    const filter = { recordType: 'ORGANIZATION', recordId: organization.id, userId: admin.user.id };
    const firstPage = await api.gql(AUDIT_LOG, { filter, first: 2 }, admin.token);
    expect(firstPage.errors).toBeUndefined();
    expect(firstPage.data!.auditLog.totalCount).toBe(3);
    expect(firstPage.data!.auditLog.edges.map((edge) => JSON.parse(edge.node.changes[0].after ?? 'null'))).toEqual(['NGO', 'DONOR']);
    expect(firstPage.data!.auditLog.edges[0].node.user).toEqual({ id: admin.user.id, displayName: 'Test ADMIN' });
    // An entry written between pages neither shifts nor repeats the next page.
    await api.gql(`mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`, { id: organization.id, input: { kind: 'BANK' } }, admin.token);
    const secondPage = await api.gql(AUDIT_LOG, { filter, first: 2, after: firstPage.data!.auditLog.pageInfo.endCursor }, admin.token);
    expect(secondPage.data!.auditLog.edges.map((edge) => JSON.parse(edge.node.changes[0].after ?? 'null'))).toEqual(['BANK']);
    expect(secondPage.data!.auditLog.pageInfo.hasNextPage).toBe(false);
    expect(fieldErrors(await api.gql(AUDIT_LOG, { after: 'bm90LWEtY3Vyc29y' }, admin.token))).toEqual([expect.objectContaining({ field: 'after' })]);
    const hour = 3_600_000;
    const within = await api.gql(AUDIT_LOG, { filter: { ...filter, from: new Date(Date.now() - hour).toISOString(), to: new Date(Date.now() + hour).toISOString() } }, admin.token);
    expect(within.data!.auditLog.totalCount).toBe(4);
    const before = await api.gql(AUDIT_LOG, { filter: { ...filter, to: new Date(Date.now() - hour).toISOString() } }, admin.token);
    expect(before.data!.auditLog.totalCount).toBe(0);
  });

  it("shows an applicant's history to the registering coordinator and ADMIN only", async () => {
    const owner = await signedIn(api, Role.COORDINATOR);
    const other = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const staff = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const consortium = await createConsortium(api.dataSource, partner.id);
    const applicant = await createApplicant(api.dataSource, owner.user.id, { consortiumId: consortium.id });
    const service = await createService(api.dataSource, partner.id);
    const referral = await api.gql(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, { input: { applicantId: applicant.id, serviceId: service.id } }, owner.token);
    expect(referral.errors).toBeUndefined();
    await api.gql(`query($id: ID!) { applicant(id: $id) { fullName } }`, { id: applicant.id }, staff.token);

    const history = await api.gql(APPLICANT_AUDIT, { id: applicant.id }, owner.token);
    expect(history.errors).toBeUndefined();
    expect(history.data!.applicantAudit.edges.map((edge) => [edge.node.action, edge.node.recordType, edge.node.user.role])).toEqual([
      ['READ_PERSONAL_DATA', 'APPLICANT', 'PARTNER_STAFF'],
      ['CREATE', 'REFERRAL', 'COORDINATOR'],
    ]);
    expect((await api.gql(APPLICANT_AUDIT, { id: applicant.id }, admin.token)).data!.applicantAudit.totalCount).toBe(2);
    expect(errorCode(await api.gql(APPLICANT_AUDIT, { id: applicant.id }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(APPLICANT_AUDIT, { id: applicant.id }, staff.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(APPLICANT_AUDIT, { id: applicant.id }, (await signedIn(api, Role.VIEWER)).token))).toBe('FORBIDDEN');
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const organization = await createOrganization(api.dataSource);
    await api.gql(`mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`, { id: organization.id, input: { kind: 'BANK' } }, admin.token);
    await expect(api.dataSource.query(`UPDATE audit_entry SET user_id = $1 WHERE record_id = $2`, [SYSTEM_USER_ID, organization.id])).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`DELETE FROM audit_entry WHERE record_id = $1`, [organization.id])).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
    expect(await rowsFor(organization.id)).toHaveLength(1);
  });
});
