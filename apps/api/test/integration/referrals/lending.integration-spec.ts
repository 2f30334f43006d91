import { MemberRole, ReferralStatus, Role, ServiceKind } from '@shuraka/domain';
import { createApplicant, createConsortium, createOrganization, createReferral, createService, signedIn } from '../../factories';
import { StatementCounter } from '../../support/statement-counter';
import { errorCode, startTestApp, type TestApp } from '../../support/test-app';

const CREATE = `mutation C($input: CreateReferralInput!) { createReferral(input: $input) { id status } }`;
const MOVE = `mutation T($input: TransitionReferralInput!) { transitionReferral(input: $input) { id status } }`;
const HISTORY = `query R($id: ID!) { referral(id: $id) { history { to reason } } }`;
const OPEN = `query A($id: ID!) { applicant(id: $id) { openReferrals { id status } referrals { id } } }`;
const PLAN = `mutation P($input: PlanAllocationInput!) {
  planAllocation(input: $input) { assignments { applicant { id } service { id } } unassignedReasons { reason message applicant { id } } }
}`;
const COMMIT = `mutation C($id: ID!) { commitAllocation(planId: $id) { id } }`;
const UNREAD = `query { referralDecisionsUnread }`;
const MARK = `mutation { markReferralDecisionsSeen }`;
const MATCH = `query M($id: ID!) { matchServices(applicantId: $id, first: 100, includeIneligible: true) { meetsNeeds eligible service { id kind } } }`;
const APPLICANTS = `query { applicants(first: 50) { edges { node { id openReferrals { id status service { id } } } } } }`;

type Created = { createReferral: { id: string; status: string } };
type ConflictExtensions = { reason?: string; referralId?: string; kind?: string };

describe('no double lending, and decisions the coordinator has not seen', () => {
  const counter = new StatementCounter();
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ sqlLogger: counter });
  });
  afterAll(() => api.close());

  async function setup() {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const otherLender = await createOrganization(api.dataSource);
    const staff = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const loanA = await createService(api.dataSource, partner.id, { kind: ServiceKind.MICRO_LOAN });
    const loanB = await createService(api.dataSource, otherLender.id, { kind: ServiceKind.MICRO_LOAN });
    const training = await createService(api.dataSource, otherLender.id, { kind: ServiceKind.VOCATIONAL_TRAINING });
    const applicant = await createApplicant(api.dataSource, coordinator.user.id, { needs: [ServiceKind.MICRO_LOAN] });
    return { coordinator, staff, loanA, loanB, training, applicant };
  }
  const refer = (token: string, input: Record<string, unknown>) => api.gql<Created>(CREATE, { input }, token);

  it('refuses a second open referral of a kind with CONFLICT OPEN_REFERRAL_OF_KIND naming the open one; another kind is fine', async () => {
    const { coordinator, loanA, loanB, training, applicant } = await setup();
    const first = await refer(coordinator.token, { applicantId: applicant.id, serviceId: loanA.id });
    expect(first.errors).toBeUndefined();
    const second = await refer(coordinator.token, { applicantId: applicant.id, serviceId: loanB.id });
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors![0].extensions as ConflictExtensions).toMatchObject({ reason: 'OPEN_REFERRAL_OF_KIND', referralId: first.data!.createReferral.id, kind: 'MICRO_LOAN' });
    expect((await refer(coordinator.token, { applicantId: applicant.id, serviceId: training.id })).errors).toBeUndefined();
    const count = await api.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE applicant_id = $1`, [applicant.id]);
    expect(count[0].n).toBe(2);
  });

  it('allows it with the coordinator’s reason, kept in the history and the audit log', async () => {
    const { coordinator, loanA, loanB, applicant } = await setup();
    const first = await refer(coordinator.token, { applicantId: applicant.id, serviceId: loanA.id });
    const reason = 'القرض الأول لرأس المال العامل والثاني لمعدات';
    const second = await refer(coordinator.token, { applicantId: applicant.id, serviceId: loanB.id, overrideReason: reason });
    expect(second.errors).toBeUndefined();
    const id = second.data!.createReferral.id;
    const history = await api.gql<{ referral: { history: Array<{ to: string; reason: string | null }> } }>(HISTORY, { id }, coordinator.token);
    expect(history.data!.referral.history[0].reason).toContain(reason);
    expect(history.data!.referral.history[0].reason).toContain(first.data!.createReferral.id);
    const audit: Array<{ changes: Record<string, { after: unknown }> }> = await api.dataSource.query(
      `SELECT changes FROM audit_entry WHERE record_id = $1 AND action = 'CREATE'`,
      [id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].changes.overrideReason.after).toBe(reason);
    expect(audit[0].changes.overriddenReferralId.after).toBe(first.data!.createReferral.id);
  });

  it('lets one of two simultaneous referrals of a kind through, never both', async () => {
    const { coordinator, loanA, loanB, applicant } = await setup();
    const results = await Promise.all([loanA, loanB, loanA, loanB].map((service) => refer(coordinator.token, { applicantId: applicant.id, serviceId: service.id })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(3);
    const open = await api.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE applicant_id = $1`, [applicant.id]);
    expect(open[0].n).toBe(1);
  });

  it('allows a new one of the kind once the open one is declined; openReferrals lists only open ones', async () => {
    const { coordinator, staff, loanA, loanB, applicant } = await setup();
    const first = await refer(coordinator.token, { applicantId: applicant.id, serviceId: loanA.id });
    const firstId = first.data!.createReferral.id;
    type Open = { applicant: { openReferrals: Array<{ id: string; status: string }>; referrals: Array<{ id: string }> } };
    expect((await api.gql<Open>(OPEN, { id: applicant.id }, coordinator.token)).data!.applicant.openReferrals).toEqual([{ id: firstId, status: 'SENT' }]);
    await api.gql(MOVE, { input: { referralId: firstId, to: 'DECLINED', declineReason: 'NO_CAPACITY' } }, staff.token);
    const second = await refer(coordinator.token, { applicantId: applicant.id, serviceId: loanB.id });
    expect(second.errors).toBeUndefined();
    const read = (await api.gql<Open>(OPEN, { id: applicant.id }, coordinator.token)).data!.applicant;
    expect(read.openReferrals).toEqual([{ id: second.data!.createReferral.id, status: 'SENT' }]);
    expect(read.referrals).toHaveLength(2);
    // The partner sees only what was sent to it: the declined one is not open, the other is not its own.
    expect((await api.gql<Open>(OPEN, { id: applicant.id }, staff.token)).data!.applicant.openReferrals).toEqual([]);
  });

  it('plans no second service of an open kind and says why the applicant was left out; a stale plan is refused', async () => {
    const { coordinator, loanA, loanB, training, applicant } = await setup();
    const free = await createApplicant(api.dataSource, coordinator.user.id, { needs: [ServiceKind.MICRO_LOAN] });
    await createReferral(api.dataSource, applicant, loanA);
    type Plan = { planAllocation: { assignments: Array<{ applicant: { id: string }; service: { id: string } }>; unassignedReasons: Array<{ reason: string; message: string; applicant: { id: string } }> } };
    const plan = await api.gql<Plan>(PLAN, { input: { applicantIds: [applicant.id, free.id], serviceIds: [loanB.id] } }, coordinator.token);
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.planAllocation.assignments.map((a) => [a.applicant.id, a.service.id])).toEqual([[free.id, loanB.id]]);
    expect(plan.data!.planAllocation.unassignedReasons).toEqual([
      expect.objectContaining({ reason: 'OPEN_REFERRAL_OF_KIND', applicant: { id: applicant.id } }),
    ]);
    // Another kind is still planned for her.
    const withTraining = await api.gql<Plan>(PLAN, { input: { applicantIds: [applicant.id], serviceIds: [loanB.id, training.id] } }, coordinator.token);
    expect(withTraining.data!.planAllocation.assignments.map((a) => a.service.id)).toEqual([training.id]);

    // A plan made before the open referral existed is refused at commit.
    const planFirst = await api.gql<{ planAllocation: { id: string } }>(`mutation P($input: PlanAllocationInput!) { planAllocation(input: $input) { id } }`, { input: { applicantIds: [free.id], serviceIds: [loanB.id] } }, coordinator.token);
    await createReferral(api.dataSource, free, loanA);
    const commit = await api.gql(COMMIT, { id: planFirst.data!.planAllocation.id }, coordinator.token);
    expect(errorCode(commit)).toBe('CONFLICT');
    expect((commit.errors![0].extensions as ConflictExtensions).reason).toBe('OPEN_REFERRAL_OF_KIND');
  });

  it('plans a second service of an open kind for an applicant the coordinator allows with a reason, and keeps the reason in the history', async () => {
    const { coordinator, loanA, loanB, applicant } = await setup();
    await createReferral(api.dataSource, applicant, loanA);
    type Plan = { planAllocation: { id: string; assignments: Array<{ applicant: { id: string }; service: { id: string } }>; unassignedReasons: Array<{ reason: string; applicant: { id: string } }> } };
    const PLAN_ID = `mutation P($input: PlanAllocationInput!) { planAllocation(input: $input) { id assignments { applicant { id } service { id } } unassignedReasons { reason applicant { id } } } }`;
    const without = await api.gql<Plan>(PLAN_ID, { input: { applicantIds: [applicant.id], serviceIds: [loanB.id] } }, coordinator.token);
    expect(without.data!.planAllocation.assignments).toEqual([]);
    expect(without.data!.planAllocation.unassignedReasons).toEqual([{ reason: 'OPEN_REFERRAL_OF_KIND', applicant: { id: applicant.id } }]);

    const reason = 'The first loan was never paid out';
    const allowed = await api.gql<Plan>(PLAN_ID, { input: { applicantIds: [applicant.id], serviceIds: [loanB.id], allowSecondOfKind: [{ applicantId: applicant.id, reason }] } }, coordinator.token);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.planAllocation.assignments).toEqual([{ applicant: { id: applicant.id }, service: { id: loanB.id } }]);
    const committed = await api.gql<{ commitAllocation: Array<{ id: string }> }>(COMMIT, { id: allowed.data!.planAllocation.id }, coordinator.token);
    expect(committed.errors).toBeUndefined();
    const history = await api.gql<{ referral: { history: Array<{ to: string; reason: string | null }> } }>(HISTORY, { id: committed.data!.commitAllocation[0].id }, coordinator.token);
    expect(history.data!.referral.history[0]).toEqual({ to: 'SENT', reason: expect.stringContaining(reason) });

    for (const entry of [{ applicantId: applicant.id }, { applicantId: applicant.id, reason: '   ' }]) {
      const refused = await api.gql(PLAN_ID, { input: { applicantIds: [applicant.id], serviceIds: [loanB.id], allowSecondOfKind: [entry] } }, coordinator.token);
      expect([JSON.stringify(entry), errorCode(refused)]).toEqual([JSON.stringify(entry), 'BAD_USER_INPUT']);
    }
    const twice = await api.gql(PLAN_ID, { input: { applicantIds: [applicant.id], serviceIds: [loanB.id], allowSecondOfKind: [{ applicantId: applicant.id, reason }, { applicantId: applicant.id, reason }] } }, coordinator.token);
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
  });

  it('counts partners’ decisions the coordinator has not seen, per coordinator, until marked seen', async () => {
    const { coordinator, staff, loanA, training, applicant } = await setup();
    const other = await signedIn(api, Role.COORDINATOR);
    type Unread = { referralDecisionsUnread: number };
    const unread = async (token: string) => (await api.gql<Unread>(UNREAD, {}, token)).data!.referralDecisionsUnread;
    const loan = (await refer(coordinator.token, { applicantId: applicant.id, serviceId: loanA.id })).data!.createReferral.id;
    const course = (await refer(coordinator.token, { applicantId: applicant.id, serviceId: training.id })).data!.createReferral.id;
    expect(await unread(coordinator.token)).toBe(0);
    await api.gql(MOVE, { input: { referralId: loan, to: 'DECLINED', declineReason: 'COULD_NOT_CONTACT', reason: 'الهاتف مغلق' } }, staff.token);
    expect(await unread(coordinator.token)).toBe(1);
    expect(await unread(other.token)).toBe(0);

    const marked = await api.gql<{ markReferralDecisionsSeen: number }>(MARK, {}, coordinator.token);
    expect(marked.data!.markReferralDecisionsSeen).toBe(0);
    expect(await unread(coordinator.token)).toBe(0);
    const audit = await api.dataSource.query(`SELECT 1 FROM audit_entry WHERE record_id = $1 AND record_type = 'USER' AND changes ? 'referralDecisionsSeenAt'`, [coordinator.user.id]);
    expect(audit).toHaveLength(1);

    // The coordinator's own withdrawal is no partner decision.
    await api.gql(MOVE, { input: { referralId: course, to: 'WITHDRAWN', reason: 'سافر' } }, coordinator.token);
    expect(await unread(coordinator.token)).toBe(0);
    const another = await createReferral(api.dataSource, applicant, loanA);
    await api.gql(MOVE, { input: { referralId: another.id, to: ReferralStatus.ACCEPTED } }, staff.token);
    expect(await unread(coordinator.token)).toBe(1);
  });

  it('keeps the unread count and the mark to coordinators', async () => {
    const { staff } = await setup();
    const admin = await signedIn(api, Role.ADMIN);
    expect(errorCode(await api.gql(UNREAD, {}, staff.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(MARK, {}, staff.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(MARK, {}, admin.token))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(UNREAD, {}))).toBe('UNAUTHENTICATED');
  });

  it('tells the services that meet the applicant’s needs from the others open to them', async () => {
    // In a consortium of its own, so that other tests' services do not crowd the list.
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const lead = await createOrganization(api.dataSource);
    const member = await createOrganization(api.dataSource);
    const consortium = await createConsortium(api.dataSource, lead.id, [{ organizationId: member.id, role: MemberRole.MEMBER }]);
    const loanA = await createService(api.dataSource, lead.id, { kind: ServiceKind.MICRO_LOAN });
    await createService(api.dataSource, member.id, { kind: ServiceKind.MICRO_LOAN });
    const training = await createService(api.dataSource, member.id, { kind: ServiceKind.VOCATIONAL_TRAINING });
    const applicant = await createApplicant(api.dataSource, coordinator.user.id, { needs: [ServiceKind.MICRO_LOAN], consortiumId: consortium.id });
    type Match = { matchServices: Array<{ meetsNeeds: boolean; eligible: boolean; service: { id: string; kind: string } }> };
    const matches = (await api.gql<Match>(MATCH, { id: applicant.id }, coordinator.token)).data!.matchServices;
    expect(matches).toHaveLength(3);
    for (const match of matches) expect(match.meetsNeeds).toBe(match.service.kind === ServiceKind.MICRO_LOAN);
    expect(matches.find((match) => match.service.id === loanA.id)!.meetsNeeds).toBe(true);
    expect(matches.find((match) => match.service.id === training.id)!.meetsNeeds).toBe(false);
  });

  it('loads openReferrals for a page of applicants with one statement, not one per applicant', async () => {
    const { coordinator, loanA } = await setup();
    const statementsFor = async (count: number) => {
      const owner = await signedIn(api, Role.COORDINATOR);
      for (let index = 0; index < count; index += 1) {
        const applicant = await createApplicant(api.dataSource, owner.user.id);
        await createReferral(api.dataSource, applicant, loanA);
      }
      counter.count = 0;
      const response = await api.gql<{ applicants: { edges: Array<{ node: { openReferrals: Array<{ id: string }> } }> } }>(APPLICANTS, {}, owner.token);
      expect(response.errors).toBeUndefined();
      expect(response.data!.applicants.edges).toHaveLength(count);
      for (const edge of response.data!.applicants.edges) expect(edge.node.openReferrals).toHaveLength(1);
      return counter.count;
    };
    expect(coordinator).toBeDefined();
    expect(await statementsFor(12)).toBe(await statementsFor(2));
  });
});
