import { request } from 'node:http';
import { In } from 'typeorm';
import { Gender, Role, ServiceKind } from '@shuraka/domain';
import { allocate, buildAllocationInstance, matchService, withoutOpenKindPairs, type EligiblePair } from '@shuraka/matching';
import { addDays, Clock } from '../../../src/common/time/clock';
import { AllocationService } from '../../../src/modules/allocation/allocation.service';
import { ApplicantEntity } from '../../../src/modules/applicants/applicant.entity';
import { MatchingDataService } from '../../../src/modules/matching/matching.service';
import { openReferralsOfKind } from '../../../src/modules/referrals/referral-queries';
import { ServiceEntity } from '../../../src/modules/services/service.entity';
import { createApplicant, createConsortium, createOrganization, createReferral, createService, signedIn } from '../../factories';
import { seedCohort } from '../../factories/cohort';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

type Ref = { id: string };
interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
interface Plan {
  id: string;
  applicantCount: number;
  assignedCount: number;
  unassignedCount: number;
  totalScore: number;
  assignments: Array<{ score: number; applicant: Ref; service: Ref }>;
  unassignedReasons: Array<{ reason: string; applicant: Ref }>;
}

const PLAN = operation<{ planAllocation: Plan }>(`mutation P($input: PlanAllocationInput!) {
  planAllocation(input: $input) {
    id applicantCount assignedCount unassignedCount totalScore
    assignments { score applicant { id } service { id } }
    unassignedReasons { reason applicant { id } }
  }
}`);
const PLAN_SUMMARY = operation<{ planAllocation: Pick<Plan, 'id' | 'applicantCount' | 'assignedCount' | 'unassignedCount'> }>(
  `mutation P($input: PlanAllocationInput!) { planAllocation(input: $input) { id applicantCount assignedCount unassignedCount } }`,
);
const PAGES = operation<{
  allocationPlan: {
    assignmentPage: { totalCount: number; edges: Array<{ cursor: string; node: { score: number; applicant: Ref; service: Ref } }>; pageInfo: PageInfo };
    unassignedPage: { totalCount: number; edges: Array<{ cursor: string; node: { reason: string; message: string; applicant: Ref } }>; pageInfo: PageInfo };
  };
}>(`query Pages($id: ID!, $first: Int, $afterAssigned: String, $afterUnassigned: String) {
  allocationPlan(id: $id) {
    assignmentPage(first: $first, after: $afterAssigned) { totalCount edges { cursor node { score applicant { id } service { id } } } pageInfo { hasNextPage endCursor } }
    unassignedPage(first: $first, after: $afterUnassigned) { totalCount edges { cursor node { reason message applicant { id } } } pageInfo { hasNextPage endCursor } }
  }
}`);
const APPLICANTS = operation<{ applicants: { totalCount: number; edges: Array<{ node: Ref }> } }>(
  `query A($filter: ApplicantFilter) { applicants(first: 100, filter: $filter) { totalCount edges { node { id } } } }`,
);

describe('cohort allocation at scale (cohort filters, pages, ties, queue, disconnects)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function coordinatorWithConsortium() {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const lead = await createOrganization(api.dataSource);
    const consortium = await createConsortium(api.dataSource, lead.id);
    return { coordinator, lead, consortium };
  }

  it('plans exactly the applicants applicants(filter) lists, with the registration dates in the consortium calendar', async () => {
    const { coordinator, lead, consortium } = await coordinatorWithConsortium();
    const service = await createService(api.dataSource, lead.id, { capacity: 2 });
    const make = async (createdAt: string, overrides = {}) => {
      const applicant = await createApplicant(api.dataSource, coordinator.user.id, { consortiumId: consortium.id, ...overrides });
      await api.dataSource.query('UPDATE applicant SET created_at = $2 WHERE id = $1', [applicant.id, createdAt]);
      return applicant;
    };
    // 22:30 UTC on 1 January is 01:30 on 2 January in Aden (UTC+3).
    const lateNight = await make('2026-01-01T22:30:00Z');
    const morning = await make('2026-01-02T06:00:00Z', { gender: Gender.MALE });
    const referred = await make('2026-01-02T07:00:00Z');
    await createReferral(api.dataSource, referred, service);
    const before = await make('2026-01-01T20:59:00Z');
    const after = await make('2026-01-02T21:00:00Z');

    const filter = { registeredFrom: '2026-01-02', registeredTo: '2026-01-02', notYetReferred: true };
    const listed = (await api.gql(APPLICANTS, { filter }, coordinator.token)).data!.applicants;
    expect(listed.edges.map((edge) => edge.node.id).sort()).toEqual([lateNight.id, morning.id].sort());
    expect(listed.totalCount).toBe(2);
    const days = (await api.gql(APPLICANTS, { filter: { registeredFrom: '2026-01-02', registeredTo: '2026-01-02' } }, coordinator.token)).data!.applicants;
    expect(days.edges.map((edge) => edge.node.id).sort()).toEqual([lateNight.id, morning.id, referred.id].sort());
    expect(days.edges.map((edge) => edge.node.id)).not.toContain(before.id);
    expect(days.edges.map((edge) => edge.node.id)).not.toContain(after.id);
    const referredOnly = (await api.gql(APPLICANTS, { filter: { notYetReferred: false } }, coordinator.token)).data!.applicants;
    expect(referredOnly.edges.map((edge) => edge.node.id)).toEqual([referred.id]);

    const response = await api.gql(PLAN, { input: { applicantIds: [], cohort: filter, serviceIds: [service.id] } }, coordinator.token);
    expect(response.errors).toBeUndefined();
    const plan = response.data!.planAllocation;
    expect(plan.applicantCount).toBe(listed.totalCount);
    const planned = [...plan.assignments.map((entry) => entry.applicant.id), ...plan.unassignedReasons.map((entry) => entry.applicant.id)];
    expect(planned.sort()).toEqual(listed.edges.map((edge) => edge.node.id).sort());
    expect(plan.assignedCount + plan.unassignedCount).toBe(plan.applicantCount);

    // Another coordinator's cohort of the same filter holds none of them.
    const other = await signedIn(api, Role.COORDINATOR);
    const otherPlan = await api.gql(PLAN, { input: { applicantIds: [], cohort: filter, serviceIds: [service.id] } }, other.token);
    expect(errorCode(otherPlan)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(otherPlan)[0].field).toBe('cohort');
  });

  it('plans what the reference path plans: entities through matchService pair by pair, the same solver (the worker reads the cohort itself)', async () => {
    const { coordinator, consortium } = await coordinatorWithConsortium();
    const { serviceIds } = await seedCohort(api.dataSource, { coordinatorId: coordinator.user.id, consortiumId: consortium.id, applicants: 400, services: 16, seed: 5 });
    const applicantRepository = api.dataSource.getRepository(ApplicantEntity);
    const cohortOrder = { where: { registeredById: coordinator.user.id }, order: { createdAt: 'ASC', id: 'ASC' } } as const;
    const ids = (await applicantRepository.find(cohortOrder)).map((applicant) => applicant.id);
    // What the worker's SQL computes: ages on a birthday, the day before one and on 29 February; amounts with decimals.
    const today = api.app.get(Clock).today();
    const yearsAgo = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`.replace(/-02-29$/, '-02-28');
    for (const [index, birthDate] of [yearsAgo(today, 30), yearsAgo(addDays(today, 1), 30), yearsAgo(addDays(today, -1), 18), '2000-02-29', '1996-02-29'].entries()) {
      await api.dataSource.query('UPDATE applicant SET birth_date = $2 WHERE id = $1', [ids[index], birthDate]);
    }
    for (const [index, amount] of ['150000.500', '60000.250', '100000.000', '0.125'].entries()) {
      await api.dataSource.query(`UPDATE applicant SET requested_amount = $2, requested_currency = 'YER' WHERE id = $1`, [ids[10 + index], amount]);
    }
    const services = await api.dataSource.getRepository(ServiceEntity).find({ where: { id: In(serviceIds) }, order: { id: 'ASC' } });
    const applicants = await applicantRepository.find(cohortOrder);
    const matching = api.app.get(MatchingDataService);
    const weights = await matching.weightsFor(consortium.id);
    // Open referrals: their service is left out, and one of their kind too, unless the coordinator allows
    // a second. Three applicants eligible for two services of a kind get a referral to one of them.
    const unreferred = await matching.toMatchServices(services);
    const picks: Array<[number, number]> = [];
    for (let a = 30; a < applicants.length && picks.length < 3; a++) {
      const eligible = unreferred.flatMap((service, s) => (matchService(matching.toMatchApplicant(applicants[a]), service, weights).eligible ? [s] : []));
      const referred = eligible.find((s) => !picks.some(([, taken]) => taken === s) && eligible.some((t) => t !== s && services[t].kind === services[s].kind));
      if (referred !== undefined) picks.push([a, referred]);
    }
    expect(picks).toHaveLength(3);
    for (const [a, s] of picks) await createReferral(api.dataSource, applicants[a], services[s]);
    const allowed = applicants[picks[1][0]].id;

    const response = await api.gql(PLAN, { input: { applicantIds: [], cohort: {}, serviceIds, allowSecondOfKind: [{ applicantId: allowed, reason: 'Both are needed' }] } }, coordinator.token);
    expect(response.errors).toBeUndefined();
    const plan = response.data!.planAllocation;

    const matchServices = await matching.toMatchServices(services);
    const open = await openReferralsOfKind(api.dataSource, applicants.map((applicant) => applicant.id));
    const eligible: EligiblePair[] = [];
    applicants.forEach((applicant, a) => {
      const openServices = new Set((open.get(applicant.id) ?? []).map((referral) => referral.serviceId));
      matchServices.forEach((service, s) => {
        if (openServices.has(service.id)) return;
        const match = matchService(matching.toMatchApplicant(applicant), service, weights);
        if (match.eligible) eligible.push({ applicant: a, service: s, score: match.scoreCentiPoints });
      });
    });
    const { pairs, blocked } = withoutOpenKindPairs(eligible, matchServices, (a) => (applicants[a].id === allowed ? [] : (open.get(applicants[a].id) ?? [])));
    const places = matchServices.map((service) => Math.max(0, service.capacity - service.placesTaken));
    const reference = allocate(buildAllocationInstance({ applicantCount: applicants.length, capacities: places, pairs }));

    expect(plan.applicantCount).toBe(400);
    expect(plan.totalScore * 100).toBe(reference.totalScore);
    const expectedAssignments = new Map<string, { service: string; score: number }>();
    reference.serviceOfApplicant.forEach((s, a) => {
      if (s >= 0) expectedAssignments.set(applicants[a].id, { service: services[s].id, score: pairs.find((pair) => pair.applicant === a && pair.service === s)!.score / 100 });
    });
    expect(new Map(plan.assignments.map((entry) => [entry.applicant.id, { service: entry.service.id, score: entry.score }]))).toEqual(expectedAssignments);
    expect(plan.assignments.length).toBe(expectedAssignments.size);
    const expectedReasons = new Map(
      reference.unassignedReason.flatMap((reason, a) => (reason === null ? [] : [[applicants[a].id, reason === 'NO_ELIGIBLE_SERVICE' && blocked.has(a) ? 'OPEN_REFERRAL_OF_KIND' : reason] as const])),
    );
    expect(new Map(plan.unassignedReasons.map((entry) => [entry.applicant.id, entry.reason]))).toEqual(expectedReasons);
    // The cases above are in play: pairs left out for an open referral of their kind, not for the allowed applicant.
    expect([picks[0][0], picks[1][0], picks[2][0]].map((a) => blocked.has(a))).toEqual([true, false, true]);
  });

  it('refuses a cohort with applicantIds too, and one of more than 20,000 applicants, naming the count', async () => {
    const { coordinator, consortium } = await coordinatorWithConsortium();
    await seedCohort(api.dataSource, { coordinatorId: coordinator.user.id, consortiumId: consortium.id, applicants: 20_003, services: 2 });
    const [{ id }] = await api.dataSource.query('SELECT id FROM applicant WHERE registered_by_id = $1 LIMIT 1', [coordinator.user.id]);
    const both = await api.gql(PLAN_SUMMARY, { input: { applicantIds: [id], cohort: {} } }, coordinator.token);
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(both)[0].field).toBe('applicantIds');

    const tooMany = await api.gql(PLAN_SUMMARY, { input: { applicantIds: [], cohort: {} } }, coordinator.token);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(tooMany)[0]).toMatchObject({ field: 'cohort', constraint: 'maxCohort' });
    expect(fieldErrors(tooMany)[0].message).toContain('20003');
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM allocation_plan WHERE created_by_id = $1', [coordinator.user.id]);
    expect(count).toBe(0);
  });

  it('pages through a kept plan in plan order, the same as its whole lists, without solving again', async () => {
    const { coordinator, consortium } = await coordinatorWithConsortium();
    await seedCohort(api.dataSource, { coordinatorId: coordinator.user.id, consortiumId: consortium.id, applicants: 90, services: 4, seed: 3 });
    const response = await api.gql(PLAN, { input: { applicantIds: [], cohort: {} } }, coordinator.token);
    expect(response.errors).toBeUndefined();
    const plan = response.data!.planAllocation;
    expect(plan.applicantCount).toBe(90);
    expect(plan.assignedCount).toBeGreaterThan(0);
    expect(plan.unassignedCount).toBeGreaterThan(0);
    const scores = plan.assignments.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const read = async (first: number, afterAssigned: string | null, afterUnassigned: string | null) => {
      const page = await api.gql(PAGES, { id: plan.id, first, afterAssigned, afterUnassigned }, coordinator.token);
      expect(page.errors).toBeUndefined();
      return page.data!.allocationPlan;
    };
    const assigned: Plan['assignments'] = [];
    const unassigned: Array<{ reason: string; applicant: Ref }> = [];
    let cursors: [string | null, string | null] = [null, null];
    for (let guard = 0; guard < 40; guard++) {
      const page = await read(7, cursors[0], cursors[1]);
      expect(page.assignmentPage.totalCount).toBe(plan.assignedCount);
      expect(page.unassignedPage.totalCount).toBe(plan.unassignedCount);
      assigned.push(...page.assignmentPage.edges.map((edge) => edge.node));
      unassigned.push(...page.unassignedPage.edges.map((edge) => ({ reason: edge.node.reason, applicant: edge.node.applicant })));
      expect(page.unassignedPage.edges.every((edge) => edge.node.message.length > 0)).toBe(true);
      cursors = [page.assignmentPage.pageInfo.endCursor ?? cursors[0], page.unassignedPage.pageInfo.endCursor ?? cursors[1]];
      if (!page.assignmentPage.pageInfo.hasNextPage && !page.unassignedPage.pageInfo.hasNextPage) break;
    }
    expect(assigned).toEqual(plan.assignments);
    expect(unassigned).toEqual(plan.unassignedReasons);
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM allocation_plan WHERE created_by_id = $1', [coordinator.user.id]);
    expect(count).toBe(1);

    const wrong = await api.gql(PAGES, { id: plan.id, first: 5, afterAssigned: cursors[1], afterUnassigned: null }, coordinator.token);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const forged = await api.gql(PAGES, { id: plan.id, first: 5, afterAssigned: 'eyJ4Ijo1fQ.AAAA', afterUnassigned: null }, coordinator.token);
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
    const stranger = await signedIn(api, Role.COORDINATOR);
    expect(errorCode(await api.gql(PAGES, { id: plan.id, first: 5 }, stranger.token))).toBe('NOT_FOUND');
  });

  it('gives a tie to the applicant who registered first, whatever their ids', async () => {
    const { coordinator, lead, consortium } = await coordinatorWithConsortium();
    const service = await createService(api.dataSource, lead.id, { capacity: 1, kind: ServiceKind.MICRO_LOAN });
    const twins = [
      await createApplicant(api.dataSource, coordinator.user.id, { consortiumId: consortium.id }),
      await createApplicant(api.dataSource, coordinator.user.id, { consortiumId: consortium.id }),
    ].sort((a, b) => (a.id < b.id ? -1 : 1));
    const winnerWhen = async (older: (typeof twins)[number]) => {
      await api.dataSource.query(`UPDATE applicant SET created_at = CASE WHEN id = $1 THEN now() - interval '30 days' ELSE now() - interval '1 day' END WHERE id = ANY($2::uuid[])`, [
        older.id,
        twins.map((twin) => twin.id),
      ]);
      const plan = (await api.gql(PLAN, { input: { applicantIds: twins.map((twin) => twin.id), serviceIds: [service.id] } }, coordinator.token)).data!.planAllocation;
      expect(plan.assignments).toHaveLength(1);
      expect(plan.unassignedReasons).toEqual([{ reason: 'CAPACITY', applicant: { id: expect.any(String) } }]);
      return plan.assignments[0].applicant.id;
    };
    // The larger id registered first, then the smaller one: the place follows the registration date.
    expect(await winnerWhen(twins[1])).toBe(twins[1].id);
    expect(await winnerWhen(twins[0])).toBe(twins[0].id);
  });
});

describe('the allocation worker pool through the API', () => {
  let api: TestApp;
  const logLines: string[] = [];
  beforeAll(async () => {
    api = await startTestApp({ env: { ALLOCATION_WORKERS: '1', ALLOCATION_QUEUE: '0', LOG_LEVEL: 'info' }, logStream: { write: (line: string) => void logLines.push(line) } });
  });
  afterAll(() => api.close());

  async function bigCohort(applicants: number, services: number) {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const lead = await createOrganization(api.dataSource);
    const consortium = await createConsortium(api.dataSource, lead.id);
    await seedCohort(api.dataSource, { coordinatorId: coordinator.user.id, consortiumId: consortium.id, applicants, services, seed: 7 });
    return coordinator;
  }

  it('logs the time of every phase of a plan', async () => {
    const coordinator = await bigCohort(200, 10);
    const response = await api.gql(PLAN_SUMMARY, { input: { applicantIds: [], cohort: {} } }, coordinator.token);
    expect(response.errors).toBeUndefined();
    const line = logLines.map((text) => JSON.parse(text)).find((entry) => entry.planAllocation?.planId === response.data!.planAllocation.id);
    expect(line.msg).toBe('allocation plan made');
    expect(line.planAllocation).toMatchObject({ applicants: 200, services: 10 });
    for (const phase of ['load', 'encode', 'score', 'solve', 'save', 'total']) expect(typeof line.planAllocation.ms[phase]).toBe('number');
  });

  it('refuses a plan with TOO_MANY_REQUESTS when every worker is busy and the queue is full', async () => {
    const coordinator = await bigCohort(5_000, 150);
    const plans = await Promise.all([0, 1, 2].map(() => api.gql(PLAN_SUMMARY, { input: { applicantIds: [], cohort: {} } }, coordinator.token)));
    const codes = plans.map((response) => (response.errors ? errorCode(response) : 'OK'));
    expect(codes).toContain('TOO_MANY_REQUESTS');
    expect(codes).toContain('OK');
    expect(codes.every((code) => code === 'OK' || code === 'TOO_MANY_REQUESTS')).toBe(true);
    const refused = plans.find((response) => errorCode(response) === 'TOO_MANY_REQUESTS')!;
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Refused plans wrote nothing; the pool takes the next one.
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM allocation_plan WHERE created_by_id = $1', [coordinator.user.id]);
    expect(count).toBe(codes.filter((code) => code === 'OK').length);
    expect((await api.gql(PLAN_SUMMARY, { input: { applicantIds: [], cohort: { category: 'DROPOUT' } } }, coordinator.token)).errors).toBeUndefined();
  });

  it('abandons a plan whose client went away: its worker is stopped and replaced, and nothing is kept', async () => {
    const coordinator = await bigCohort(5_000, 150);
    const pool = () => api.app.get(AllocationService).poolStats;
    const startedBefore = pool().started;
    const body = JSON.stringify({ query: PLAN_SUMMARY, variables: { input: { applicantIds: [], cohort: {} } } });
    const { hostname, port } = new URL(api.url);
    const client = request({ host: hostname, port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator.token}` } });
    const answered = new Promise<string>((resolve) => {
      client.on('response', () => resolve('answered'));
      client.on('error', () => resolve('closed'));
      client.on('close', () => resolve('closed'));
    });
    client.end(body);
    // Wait until the plan is in the worker, then hang up.
    for (let waited = 0; pool().busy === 0 && waited < 20_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pool().busy).toBe(1);
    client.destroy();
    expect(await answered).toBe('closed');
    for (let waited = 0; (pool().busy > 0 || pool().started === startedBefore) && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pool()).toMatchObject({ busy: 0, waiting: 0, workers: 1, started: startedBefore + 1 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM allocation_plan WHERE created_by_id = $1', [coordinator.user.id]);
    expect(count).toBe(0);
    // The fresh worker plans the next cohort.
    expect((await api.gql(PLAN_SUMMARY, { input: { applicantIds: [], cohort: { category: 'DROPOUT' } } }, coordinator.token)).errors).toBeUndefined();
  });
});
