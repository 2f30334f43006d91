import { Role, ServiceKind } from '@shuraka/domain';
import { AllocationPlanEntity } from '../../../src/modules/allocation/allocation-plan.entity';
import { createApplicant, createOrganization, createService, createUser, signedIn, TEST_PASSWORD } from '../../factories';
import { operation, startTestApp, type TestApp } from '../../support/test-app';

/**
 * The requests that stalled the API when it was probed (issue 6, item 11), each sent four times at
 * once while /health is polled. Bounds are generous for a busy 2-core CI machine; before these
 * limits the fragment chain and the 24,000 aliases each kept the server busy for 20 to 35 seconds.
 */
const REFUSED_WITHIN_MS = 5000;
const HEALTH_WITHIN_MS = 2000;
const COPIES = 4;

interface Answer {
  status: number;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  data?: unknown;
  ms: number;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('hostile queries are refused fast and /health stays responsive', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    // Warm up (first database connection, first GraphQL request), so that only the attacks are timed.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect((await api.gql(`{ __typename }`)).errors).toBeUndefined();
  });
  afterAll(() => api.close());

  async function post(body: string, token?: string): Promise<Answer> {
    const started = performance.now();
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const json = (await response.json()) as Pick<Answer, 'errors' | 'data'>;
    return { status: response.status, ...json, ms: performance.now() - started };
  }

  /** Sends COPIES of the request at once and times GET /health every 50 ms until they are answered. */
  async function attack(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const body = JSON.stringify({ query, variables });
    let answered = false;
    const attacks = Promise.all(Array.from({ length: COPIES }, () => post(body, token))).finally(() => (answered = true));
    const health: number[] = [];
    do {
      const started = performance.now();
      const response = await fetch(`${api.url}/health`);
      expect(response.status).toBe(200);
      health.push(performance.now() - started);
      await delay(50);
    } while (!answered);
    const answers = await attacks;
    return { answers, slowestHealthMs: Math.max(...health), bodyBytes: Buffer.byteLength(body) };
  }

  function expectFastRefusal(result: Awaited<ReturnType<typeof attack>>, code: string, message: RegExp) {
    for (const answer of result.answers) {
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors!.map((error) => error.extensions?.code)).toEqual(answer.errors!.map(() => code));
      expect(answer.errors!.map((error) => error.message)).toContainEqual(expect.stringMatching(message));
      expect(answer.ms).toBeLessThan(REFUSED_WITHIN_MS);
    }
    expect(result.slowestHealthMs).toBeLessThan(HEALTH_WITHIN_MS);
  }

  /** 22 fragments, each spreading the next one twice: 2^22 selections from about 1 KB. */
  function doublingChain(type: string, last: string): string {
    const fragments = Array.from({ length: 22 }, (_, index) => `fragment F${index} on ${type} { ...F${index + 1} ...F${index + 1} }`);
    return `${fragments.join(' ')} fragment F22 on ${type} { ${last} }`;
  }

  it('refuses the anonymous 1 KB fragment chain that doubles 22 times', async () => {
    const atRoot = await attack(`query { ...F0 } ${doublingChain('Query', 'me { id }')}`);
    expect(atRoot.bodyBytes).toBeLessThan(1200);
    expectFastRefusal(atRoot, 'GRAPHQL_VALIDATION_FAILED', /^Too many root fields: 4194304, at most 20 in one operation\.$/);

    // The same chain below a field: shallow, no alias, one root field; its size is what refuses it.
    const nested = await attack(`query { me { ...F0 } } ${doublingChain('User', 'id')}`);
    expectFastRefusal(nested, 'GRAPHQL_VALIDATION_FAILED', /^Too many selections: 12582912 once fragments are expanded, at most 2000\.$/);
  });

  it('refuses 24,000 aliased `me` in one request (a body under the 1 MB limit) at the parser', async () => {
    const { token } = await signedIn(api, Role.VIEWER);
    const result = await attack(`{ ${Array.from({ length: 24_000 }, (_, index) => `a${index}: me { id }`).join(' ')} }`, {}, token);
    expect(result.bodyBytes).toBeGreaterThan(400_000);
    expect(result.bodyBytes).toBeLessThan(1024 * 1024);
    expectFastRefusal(result, 'GRAPHQL_PARSE_FAILED', / 5000 tokens\. Parsing aborted\.$/);
    // Within the token cap, aliases are counted.
    const aliased = await attack(`{ ${Array.from({ length: 101 }, (_, index) => `a${index}: me { id }`).join(' ')} }`, {}, token);
    expectFastRefusal(aliased, 'GRAPHQL_VALIDATION_FAILED', /^Too many aliases: 101, at most 100/);
  });

  describe('expensive fields', () => {
    async function cohort() {
      const coordinator = await signedIn(api, Role.COORDINATOR);
      const partner = await createOrganization(api.dataSource);
      const service = await createService(api.dataSource, partner.id, { kind: ServiceKind.MICRO_LOAN, capacity: 5 });
      const applicants = [
        await createApplicant(api.dataSource, coordinator.user.id),
        await createApplicant(api.dataSource, coordinator.user.id),
      ];
      return { coordinator, service, applicants };
    }
    const plansOf = (userId: string) => api.dataSource.getRepository(AllocationPlanEntity).countBy({ createdById: userId });

    it('refuses 300 aliased planAllocation, and charges each plan, so that none is stored', async () => {
      const { coordinator, service, applicants } = await cohort();
      const input = { applicantIds: applicants.map((applicant) => applicant.id), serviceIds: [service.id] };
      const plans = (count: number) =>
        `mutation P($input: PlanAllocationInput!) { ${Array.from({ length: count }, (_, index) => `p${index}: planAllocation(input: $input) { id }`).join(' ')} }`;

      const result = await attack(plans(300), { input }, coordinator.token);
      expectFastRefusal(result, 'GRAPHQL_VALIDATION_FAILED', /^Too many root fields: 300, at most 20/);
      // Few enough root fields, still too costly: 3 plans cost 3 × 20,001.
      const three = await attack(plans(3), { input }, coordinator.token);
      expectFastRefusal(three, 'BAD_USER_INPUT', /^Query is too complex: cost 60003, budget 50000/);
      expect(await plansOf(coordinator.user.id)).toBe(0);

      const one = await api.gql(plans(1), { input }, coordinator.token);
      expect(one.errors).toBeUndefined();
      expect(await plansOf(coordinator.user.id)).toBe(1);
    });

    it('refuses 3,000 aliased matchServices before ranking anything, and charges each ranking', async () => {
      const { coordinator, applicants } = await cohort();
      const matches = (count: number) =>
        `query M($id: ID!) { ${Array.from({ length: count }, (_, index) => `m${index}: matchServices(applicantId: $id) { score }`).join(' ')} }`;

      const result = await attack(matches(3000), { id: applicants[0].id }, coordinator.token);
      expectFastRefusal(result, 'GRAPHQL_PARSE_FAILED', / 5000 tokens\. Parsing aborted\.$/);
      // Ten fit every other limit; each costs 5,000 plus 10 results × 1.
      const ten = await attack(matches(10), { id: applicants[0].id }, coordinator.token);
      expectFastRefusal(ten, 'BAD_USER_INPUT', /^Query is too complex: cost 50100, budget 50000/);

      const one = await api.gql<{ m0: unknown }>(matches(1), { id: applicants[0].id }, coordinator.token);
      expect(one.errors).toBeUndefined();
      expect(Array.isArray(one.data!.m0)).toBe(true);
    });
  });

  it('refuses 50 aliased logins before any password is checked, and login beside other fields', async () => {
    const user = await createUser(api.dataSource, Role.VIEWER);
    const LOGIN = operation<{ login: { accessToken: string } }>(`mutation L($input: LoginInput!) { login(input: $input) { accessToken } }`);
    const wrong = { input: { email: user.email, password: 'not the password' } };
    const logins = `mutation L($input: LoginInput!) { ${Array.from({ length: 50 }, (_, index) => `l${index}: login(input: $input) { accessToken }`).join(' ')} }`;

    const result = await attack(logins, wrong);
    expectFastRefusal(result, 'GRAPHQL_VALIDATION_FAILED', /^Too many root fields: 50, at most 20 in one operation\.$/);
    expect(result.answers[0].errors!.map((error) => error.message)).toContain('login must be the only field of its operation.');
    const two = await attack(`mutation L($input: LoginInput!) { a: login(input: $input) { accessToken } b: login(input: $input) { accessToken } }`, wrong);
    expectFastRefusal(two, 'GRAPHQL_VALIDATION_FAILED', /^login must be the only field of its operation\.$/);
    const beside = await attack(`mutation L($input: LoginInput!) { login(input: $input) { accessToken } logout }`, wrong);
    expectFastRefusal(beside, 'GRAPHQL_VALIDATION_FAILED', /^login must be the only field of its operation\.$/);

    // Had the 50 × 4 wrong passwords been tried, the login limit (10 a minute) would refuse this one.
    const right = await api.gql(LOGIN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(right.errors).toBeUndefined();
    expect(right.data!.login.accessToken).toEqual(expect.any(String));
  });
});
