import { randomUUID } from 'node:crypto';
import { Gender, Role, ServiceKind } from '@shuraka/domain';
import { createApplicant, createConsortium, createOrganization, createService, signedIn } from '../../factories';
import { errorCode, operation, startTestApp, type TestApp } from '../../support/test-app';

type Ref = { id: string };
interface Plan {
  id: string;
  totalScore: number;
  committed: boolean;
  assignments: Array<{ score: number; applicant: Ref; service: Ref }>;
  unassigned: Ref[];
  unassignedReasons: Array<{ reason: string; message: string; applicant: Ref }>;
}

const PLAN = operation<{ planAllocation: Plan }>(`mutation P($input: PlanAllocationInput!) {
  planAllocation(input: $input) {
    id totalScore committed
    assignments { score applicant { id } service { id } }
    unassigned { id }
    unassignedReasons { reason message applicant { id } }
  }
}`);
const COMMIT = operation<{ commitAllocation: Array<{ id: string; status: string; applicant: Ref; service: Ref }> }>(
  `mutation C($id: ID!) { commitAllocation(planId: $id) { id status applicant { id } service { id } } }`,
);
const MATCH = operation<{ matchServices: Array<{ score: number; service: Ref }> }>(`query M($id: ID!) { matchServices(applicantId: $id, first: 100) { score service { id } } }`);

describe('cohort allocation', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function cohort() {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    // The cohort's own consortium: its applicants are matched with these two services only, whatever other tests add.
    const consortium = await createConsortium(api.dataSource, partner.id);
    const loans = await createService(api.dataSource, partner.id, { kind: ServiceKind.MICRO_LOAN, capacity: 2 });
    const training = await createService(api.dataSource, partner.id, { kind: ServiceKind.VOCATIONAL_TRAINING, capacity: 1, gender: Gender.FEMALE });
    const applicants = [];
    for (const [gender, needs] of [
      [Gender.FEMALE, [ServiceKind.VOCATIONAL_TRAINING]],
      [Gender.FEMALE, [ServiceKind.MICRO_LOAN]],
      [Gender.MALE, [ServiceKind.MICRO_LOAN]],
      [Gender.MALE, [ServiceKind.VOCATIONAL_TRAINING]],
      [Gender.FEMALE, [ServiceKind.MICRO_LOAN, ServiceKind.VOCATIONAL_TRAINING]],
    ] as const) {
      applicants.push(await createApplicant(api.dataSource, coordinator.user.id, { gender, needs: [...needs], consortiumId: consortium.id }));
    }
    return { coordinator, loans, training, applicants, serviceIds: [loans.id, training.id] };
  }

  it('places each applicant at most once, within capacity, with the largest possible total', async () => {
    const { coordinator, applicants, serviceIds, loans, training } = await cohort();
    const response = await api.gql(PLAN, { input: { applicantIds: applicants.map((applicant) => applicant.id), serviceIds } }, coordinator.token);
    expect(response.errors).toBeUndefined();
    const plan = response.data!.planAllocation;
    expect(plan.committed).toBe(false);
    const perService = new Map<string, number>();
    for (const assignment of plan.assignments) perService.set(assignment.service.id, (perService.get(assignment.service.id) ?? 0) + 1);
    expect(perService.get(loans.id) ?? 0).toBeLessThanOrEqual(2);
    expect(perService.get(training.id) ?? 0).toBeLessThanOrEqual(1);
    expect(new Set(plan.assignments.map((assignment) => assignment.applicant.id)).size).toBe(plan.assignments.length);
    expect(plan.assignments.length + plan.unassigned.length).toBe(5);
    expect(plan.totalScore).toBeCloseTo(plan.assignments.reduce((sum, assignment) => sum + assignment.score, 0), 6);

    // Brute force over every assignment of the five applicants to the two planned services, with the
    // scores matchServices gives: the consortium's services, so the whole list, never cut off by others.
    const scores = await Promise.all(
      applicants.map(async (applicant) => {
        const matches = (await api.gql(MATCH, { id: applicant.id }, coordinator.token)).data!.matchServices;
        expect(matches.every((match) => serviceIds.includes(match.service.id))).toBe(true);
        return new Map<string, number>(
          matches.filter((match) => serviceIds.includes(match.service.id)).map((match) => [match.service.id, match.score]),
        );
      }),
    );
    let best = 0;
    const choose = (index: number, used: Record<string, number>, total: number) => {
      if (index === applicants.length) {
        best = Math.max(best, total);
        return;
      }
      choose(index + 1, used, total);
      for (const [serviceId, score] of scores[index]) {
        const capacity = serviceId === loans.id ? 2 : 1;
        if ((used[serviceId] ?? 0) < capacity) choose(index + 1, { ...used, [serviceId]: (used[serviceId] ?? 0) + 1 }, total + score);
      }
    };
    choose(0, {}, 0);
    expect(plan.totalScore).toBeCloseTo(best, 6);
    for (const assignment of plan.assignments) {
      const index = applicants.findIndex((applicant) => applicant.id === assignment.applicant.id);
      expect(scores[index].get(assignment.service.id)).toBeCloseTo(assignment.score, 6);
    }
    expect(plan.unassignedReasons.every((entry) => ['CAPACITY', 'NO_ELIGIBLE_SERVICE'].includes(entry.reason) && entry.message)).toBe(true);
  });

  it('commits a plan into SENT referrals once, in one transaction', async () => {
    const { coordinator, applicants, serviceIds } = await cohort();
    const plan = (await api.gql(PLAN, { input: { applicantIds: applicants.map((applicant) => applicant.id), serviceIds } }, coordinator.token)).data!.planAllocation;
    const committed = await api.gql(COMMIT, { id: plan.id }, coordinator.token);
    expect(committed.errors).toBeUndefined();
    expect(committed.data!.commitAllocation).toHaveLength(plan.assignments.length);
    expect(committed.data!.commitAllocation.every((referral) => referral.status === 'SENT')).toBe(true);
    expect(errorCode(await api.gql(COMMIT, { id: plan.id }, coordinator.token))).toBe('CONFLICT');
    const other = (await signedIn(api, Role.COORDINATOR)).token;
    expect(errorCode(await api.gql(COMMIT, { id: plan.id }, other))).toBe('NOT_FOUND');
  });

  it('refuses to commit when places changed since the plan, and writes nothing', async () => {
    const { coordinator, applicants, serviceIds, loans } = await cohort();
    const plan = (await api.gql(PLAN, { input: { applicantIds: applicants.map((applicant) => applicant.id), serviceIds } }, coordinator.token)).data!.planAllocation;
    await api.dataSource.query('UPDATE service SET capacity = 1 WHERE id = $1', [loans.id]);
    const response = await api.gql(COMMIT, { id: plan.id }, coordinator.token);
    expect(errorCode(response)).toBe('CONFLICT');
    expect(response.errors![0].extensions!.changedServiceIds).toEqual([loans.id]);
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM referral WHERE applicant_id = ANY($1)', [applicants.map((applicant) => applicant.id)]);
    expect(count).toBe(0);
  });

  it('plans only for applicants the coordinator may see', async () => {
    const { applicants, serviceIds } = await cohort();
    const other = (await signedIn(api, Role.COORDINATOR)).token;
    expect(errorCode(await api.gql(PLAN, { input: { applicantIds: [applicants[0].id], serviceIds } }, other))).toBe('NOT_FOUND');
    const partner = (await signedIn(api, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id)).token;
    expect(errorCode(await api.gql(PLAN, { input: { applicantIds: [applicants[0].id], serviceIds } }, partner))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND on serviceIds for a service that does not exist (the worker reads the services), and saves no plan', async () => {
    const { coordinator, applicants, serviceIds } = await cohort();
    const unknown = randomUUID();
    const response = await api.gql(PLAN, { input: { applicantIds: applicants.map((applicant) => applicant.id), serviceIds: [...serviceIds, unknown, serviceIds[0]] } }, coordinator.token);
    expect(errorCode(response)).toBe('NOT_FOUND');
    expect(response.errors![0].extensions!.fieldErrors).toEqual([expect.objectContaining({ field: 'serviceIds' })]);
    expect(response.errors![0].message).toContain(unknown);
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM allocation_plan WHERE created_by_id = $1', [coordinator.user.id]);
    expect(count).toBe(0);
  });
});
