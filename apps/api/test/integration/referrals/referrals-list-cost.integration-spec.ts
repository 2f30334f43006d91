import { randomInt } from 'node:crypto';
import { Role } from '@shuraka/domain';
import { createApplicant, createOrganization, createReferral, createService, signedIn } from '../../factories';
import { StatementCounter } from '../../support/statement-counter';
import { operation, startTestApp, type TestApp } from '../../support/test-app';

/** Everything a referral, its applicant, service and organisation expose that the mappers compute. */
const FIELDS = `id organizationId status version note createdAt updatedAt decidedAt declineReason amountDisbursed { amount currency } jobsCreated trainingCompleted
  history { from to at reason declineReason by { id displayName } }
  referredBy { id displayName email role }
  service { id name { ar en } description { ar en } kind categories governorates projectSizes gender minAge maxAge minAmount { amount currency } maxAmount { amount currency }
            guaranteeRequired capacity capacityUsed decisionDays organization { id } }
  organization { id name { ar en } kind governorates }
  applicant { id fullName nationalIdLastDigits category gender birthDate governorate district phone projectSize sector requestedAmount { amount currency } needs
              guaranteeOffered consentGivenAt consentWithdrawnAt consentWithdrawalReason version consortiumId createdAt }`;

type Node = { id: string } & Record<string, unknown>;
const LIST = operation<{ referrals: { totalCount?: number; edges: Array<{ node: Node }>; pageInfo: { hasNextPage: boolean } } }>(
  `query L($first: Int) { referrals(first: $first) { totalCount edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
);
const LIST_WITHOUT_TOTAL = operation<{ referrals: { totalCount?: number; edges: Array<{ node: Node }> } }>(
  `query L($first: Int) { referrals(first: $first) { edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
);
/** The portal's inbox (apps/portal/src/modules/referrals/graphql, as the throughput benchmark sends it). */
const INBOX = operation<{ referrals: { totalCount: number; edges: Array<{ node: Node }> } }>(
  `query Referrals($filter: ReferralFilter, $first: Int, $after: String) {
    referrals(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { id status version createdAt updatedAt declineReason history { to reason } service { id name { ar en } kind } organization { id name { ar en } }
        applicant { id fullName category governorate } } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
);
const LIST_WITHOUT_APPLICANT = operation<{ referrals: { edges: Array<{ node: Node }> } }>(
  `query L($first: Int) { referrals(first: $first) { totalCount edges { node { id status service { id } organization { id } history { to } } } } }`,
);
const TOTAL_TWICE = operation<{ referrals: { totalCount: number; again: number } }>(`{ referrals(first: 1) { totalCount again: totalCount } }`);
const ONE = operation<{ referral: Node }>(`query R($id: ID!) { referral(id: $id) { ${FIELDS} } }`);

describe('referrals list: cost per request', () => {
  const counter = new StatementCounter();
  let api: TestApp;
  let staff: { user: { id: string }; token: string };
  let coordinator: { user: { id: string }; token: string };
  const VISIBLE = 60;

  beforeAll(async () => {
    api = await startTestApp({ sqlLogger: counter });
    coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource, { nameEn: 'Partner' });
    const other = await createOrganization(api.dataSource);
    staff = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const services = [
      await createService(api.dataSource, partner.id, { minAmount: '100000.5', maxAmount: '900000', currency: 'YER', descriptionAr: 'وصف' }),
      await createService(api.dataSource, partner.id),
    ];
    const elsewhere = await createService(api.dataSource, other.id);
    const phoneBase = randomInt(10_000_000, 90_000_000);
    for (let index = 0; index < VISIBLE; index += 1) {
      const applicant = await createApplicant(api.dataSource, coordinator.user.id, {
        nationalIdLastDigits: '4321',
        phone: `+9677${phoneBase + index}`,
        requestedAmount: index % 2 ? '250000.75' : null,
        requestedCurrency: index % 2 ? 'YER' : null,
        birthDate: index % 3 ? '1999-12-31' : null,
      });
      const outcome = index % 5 === 0 ? { amountDisbursed: '1500.250', disbursedCurrency: 'USD', jobsCreated: 2, trainingCompleted: true, decidedAt: new Date() } : {};
      await createReferral(api.dataSource, applicant, services[index % 2], { note: index % 4 ? `ملاحظة ${index}` : null, ...outcome });
      // The same applicant sent to another partner: not the partner's to see or count.
      if (index < 3) await createReferral(api.dataSource, applicant, elsewhere);
    }
  });
  afterAll(() => api.close());

  const statementsOf = async <T>(run: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> => {
    counter.reset();
    const result = await run();
    return { result, count: counter.count, statements: [...counter.statements] };
  };

  it('sends as many statements for first: 50 as for first: 10 (applicant, service, organisation, history, people)', async () => {
    for (const who of [staff, coordinator]) {
      const small = await statementsOf(() => api.gql(LIST, { first: 10 }, who.token));
      const large = await statementsOf(() => api.gql(LIST, { first: 50 }, who.token));
      expect(small.result.errors).toBeUndefined();
      expect(large.result.errors).toBeUndefined();
      expect(small.result.data!.referrals.edges).toHaveLength(10);
      expect(large.result.data!.referrals.edges).toHaveLength(50);
      expect(large.count).toBe(small.count);
    }
  });

  it('sends two statements for a partner inbox page with its total: who is calling with the request counted, the page with its audit and count', async () => {
    const page = await statementsOf(() => api.gql(INBOX, { first: 50 }, staff.token));
    expect(page.result.errors).toBeUndefined();
    expect(page.result.data!.referrals.edges).toHaveLength(50);
    expect(page.result.data!.referrals.totalCount).toBe(VISIBLE);
    expect(page.count).toBe(2);
    const [identity, rows] = page.statements;
    // The rate limit is counted in the statement that authenticates (before any resolver runs) ...
    expect(identity).toMatch(/FROM app_user/);
    expect(identity).toMatch(/INSERT INTO rate_limit/);
    // ... and the applicants shown are recorded, and the total counted, by the page's own statement.
    expect(rows).toMatch(/keyset_0/);
    expect(rows).toMatch(/INSERT INTO audit_entry/);
    expect(rows).toMatch(/count\(/i);
    // The coordinator's reads are not recorded: no audit in their page's statement.
    const coordinatorPage = await statementsOf(() => api.gql(INBOX, { first: 50 }, coordinator.token));
    expect(coordinatorPage.result.errors).toBeUndefined();
    expect(coordinatorPage.count).toBe(2);
    expect(coordinatorPage.statements.some((sql) => /audit_entry/.test(sql))).toBe(false);
  });

  it('counts the total of a page past the end (no row to carry it) with a statement of its own', async () => {
    const all = await api.gql(INBOX, { first: 100 }, staff.token);
    expect(all.errors).toBeUndefined();
    const after = (all.data!.referrals as unknown as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const past = await statementsOf(() => api.gql(INBOX, { first: 10, after }, staff.token));
    expect(past.result.errors).toBeUndefined();
    expect(past.result.data!.referrals.edges).toEqual([]);
    expect(past.result.data!.referrals.totalCount).toBe(VISIBLE);
    expect(past.count).toBe(3);
  });

  it('counts the total only when totalCount is selected, correctly and once', async () => {
    const without = await statementsOf(() => api.gql(LIST_WITHOUT_TOTAL, { first: 10 }, staff.token));
    const withTotal = await statementsOf(() => api.gql(LIST, { first: 10 }, staff.token));
    expect(without.result.errors).toBeUndefined();
    expect(without.result.data!.referrals.edges).toHaveLength(10);
    expect(without.statements.some((sql) => /count\(/i.test(sql))).toBe(false);
    expect(withTotal.statements.filter((sql) => /count\(/i.test(sql))).toHaveLength(1);
    // The page's statement counts when asked to (no statement more): only the SQL differs.
    expect(without.count).toBe(withTotal.count);
    // Only the partner's own referrals: those sent elsewhere are not counted.
    expect(withTotal.result.data!.referrals.totalCount).toBe(VISIBLE);

    const twice = await statementsOf(() => api.gql(TOTAL_TWICE, {}, staff.token));
    expect(twice.result.data!.referrals).toEqual({ totalCount: VISIBLE, again: VISIBLE });
    expect(twice.statements.filter((sql) => /count\(/i.test(sql))).toHaveLength(1);
  });

  it('answers each referral of the page exactly as referral(id) does (raw page read vs entities)', async () => {
    for (const who of [staff, coordinator]) {
      const page = await api.gql(LIST, { first: 50 }, who.token);
      expect(page.errors).toBeUndefined();
      const nodes = page.data!.referrals.edges.map((edge) => edge.node);
      expect(nodes.some((node) => node.amountDisbursed !== null)).toBe(true);
      for (let start = 0; start < nodes.length; start += 10) {
        const batch = nodes.slice(start, start + 10);
        const answers = await Promise.all(batch.map((node) => api.gql(ONE, { id: node.id }, who.token)));
        answers.forEach((one, index) => {
          expect(one.errors).toBeUndefined();
          expect(batch[index]).toEqual(one.data!.referral);
        });
      }
    }
  }, 120_000);

  it("reads only the columns the inbox's selection needs, and answers it as referral(id) does", async () => {
    const page = await statementsOf(() => api.gql(INBOX, { first: 50 }, staff.token));
    expect(page.result.errors).toBeUndefined();
    const rows = page.statements.find((sql) => /keyset_0/.test(sql))!;
    // What the inbox shows is read ...
    for (const column of ['"a"."full_name"', '"a"."governorate"', '"s"."name_ar"', '"s"."kind"', '"o"."name_en"', '"r"."status"', '"r"."version"', 'e.to_status', 'e.reason']) {
      expect(rows).toContain(column);
    }
    // ... with the ids, keys and the owner check's column ...
    for (const column of ['"a"."id"', '"a"."registered_by_id"', '"s"."organization_id"', '"r"."applicant_id"', '"r"."created_at"']) expect(rows).toContain(column);
    // ... and nothing it does not show.
    for (const column of ['"a"."phone"', '"a"."birth_date"', '"a"."national_id_last_digits"', '"s"."description_ar"', '"s"."max_amount"', '"o"."governorates"', '"r"."note"', '"r"."amount_disbursed"', 'e.by_id', 'e.from_status']) {
      expect(rows).not.toContain(column);
    }
    const INBOX_ONE = operation<{ referral: Node }>(
      `query R($id: ID!) { referral(id: $id) { id status version createdAt updatedAt declineReason history { to reason } service { id name { ar en } kind }
        organization { id name { ar en } } applicant { id fullName category governorate } } }`,
    );
    const nodes = page.result.data!.referrals.edges.map((edge) => edge.node);
    for (const node of nodes.slice(0, 5)) {
      const one = await api.gql(INBOX_ONE, { id: node.id }, staff.token);
      expect(one.errors).toBeUndefined();
      expect(node).toEqual(one.data!.referral);
    }
  });

  it('answers unusual fields asked through a fragment, an alias and @include, as referral(id) does', async () => {
    const ODD = `fragment Odd on Referral { money: amountDisbursed { amount currency } person: applicant { tel: phone born: birthDate ...Digits } service { ... on Service { ceiling: maxAmount { amount } } } }
      fragment Digits on Applicant { nationalIdLastDigits consentWithdrawalReason requestedAmount { amount currency } }`;
    const page = await statementsOf(() =>
      api.gql(
        operation<{ referrals: { edges: Array<{ node: Node }> } }>(
          `query($odd: Boolean!) { referrals(first: 50) { edges { node { id ...Odd @include(if: $odd) history @skip(if: $odd) { to } } } } } ${ODD}`,
        ),
        { odd: true },
        coordinator.token,
      ),
    );
    expect(page.result.errors).toBeUndefined();
    const rows = page.statements.find((sql) => /keyset_0/.test(sql))!;
    expect(rows).toContain('"a"."phone"');
    expect(rows).not.toContain('referral_event');
    expect(rows).not.toContain('"a"."full_name"');
    const nodes = page.result.data!.referrals.edges.map((edge) => edge.node as Record<string, Record<string, unknown> | null>);
    expect(nodes).toHaveLength(50);
    // The coordinator registered them: the owner's view (national id digits), with the phone, birth date, amounts.
    expect(nodes.every((node) => typeof node.person!.tel === 'string' && node.person!.nationalIdLastDigits === '4321')).toBe(true);
    expect(nodes.some((node) => node.person!.born !== null)).toBe(true);
    expect(nodes.some((node) => node.money !== null)).toBe(true);
    expect(nodes.some((node) => (node.service!.ceiling as { amount: string } | null)?.amount === '900000')).toBe(true);
    const ONE = operation<{ referral: Node }>(`query R($id: ID!) { referral(id: $id) { id ...Odd } } ${ODD}`);
    for (const node of nodes.slice(0, 10)) {
      const one = await api.gql(ONE, { id: node.id }, coordinator.token);
      expect(one.errors).toBeUndefined();
      expect(node).toEqual(one.data!.referral);
    }
    // The partner's staff are not the owner: no national id digits, whatever the page read.
    const partnerPage = await api.gql(
      operation<{ referrals: { edges: Array<{ node: { applicant: { nationalIdLastDigits: string | null; phone: string } } }> } }>(
        `{ referrals(first: 5) { edges { node { applicant { nationalIdLastDigits phone } } } } }`,
      ),
      {},
      staff.token,
    );
    expect(partnerPage.errors).toBeUndefined();
    expect(partnerPage.data!.referrals.edges.every((edge) => edge.node.applicant.nationalIdLastDigits === null && edge.node.applicant.phone.startsWith('+967'))).toBe(true);
  });

  it('reads the history of the page in the page statement, in the order and to the millisecond that referral(id) shows', async () => {
    const first = (await api.gql(LIST, { first: 1 }, staff.token)).data!.referrals.edges[0].node;
    // Several events, two at the same instant (ordered by id), with microseconds, a decline reason and a reason.
    await api.dataSource.query(
      `INSERT INTO referral_event (referral_id, from_status, to_status, at, by_id, decline_reason, reason) VALUES
         ($1, 'SENT', 'ACKNOWLEDGED', '2030-01-02T03:04:05.678999Z', $2, NULL, NULL),
         ($1, 'ACKNOWLEDGED', 'DECLINED', '2030-01-02T03:04:06.000001Z', $2, 'NOT_ELIGIBLE', 'سبب'),
         ($1, 'ACKNOWLEDGED', 'DECLINED', '2030-01-02T03:04:06.000001Z', $2, NULL, 'same instant')`,
      [first.id, coordinator.user.id],
    );
    const page = await statementsOf(() => api.gql(LIST, { first: 50 }, staff.token));
    expect(page.result.errors).toBeUndefined();
    // The only statement reading referral_event is the page's own (the one with the keyset), no loader's.
    const readingEvents = page.statements.filter((sql) => /referral_event/i.test(sql));
    expect(readingEvents).toHaveLength(1);
    expect(readingEvents[0]).toMatch(/keyset_0/);
    const node = page.result.data!.referrals.edges.find((edge) => edge.node.id === first.id)!.node;
    const one = await api.gql(ONE, { id: first.id }, staff.token);
    expect(one.errors).toBeUndefined();
    expect((node.history as unknown[]).length).toBe(4);
    expect((node.history as Array<{ at: string }>)[1].at).toBe('2030-01-02T03:04:05.678Z');
    expect(node.history).toEqual(one.data!.referral.history);
  });

  it('still records that partner staff were shown the applicants of the page', async () => {
    const audited = async () =>
      Number(
        (
          await api.dataSource.query(`SELECT count(*)::int AS count FROM audit_entry WHERE user_id = $1 AND action = 'READ_PERSONAL_DATA'`, [staff.user.id])
        )[0].count,
      );
    const before = await audited();
    const page = await api.gql(LIST, { first: 10 }, staff.token);
    expect(page.errors).toBeUndefined();
    expect((await audited()) - before).toBe(10);
  });

  it('records the applicants only when the page shows them, once each, and never the next page\'s', async () => {
    const audited = async () =>
      (await api.dataSource.query(`SELECT record_id FROM audit_entry WHERE user_id = $1 AND action = 'READ_PERSONAL_DATA' ORDER BY id`, [staff.user.id])).map(
        (row: { record_id: string }) => row.record_id,
      );
    const before = (await audited()).length;
    const newAudits = async () => (await audited()).slice(before);
    // Not selected, or left out by @skip / @include: nothing recorded.
    const skipped = operation<{ referrals: { edges: Array<{ node: { id: string } }> } }>(
      `query($show: Boolean!) { referrals(first: 5) { edges { node { id applicant @include(if: $show) { id } a: applicant @skip(if: true) { fullName } } } } }`,
    );
    expect((await api.gql(skipped, { show: false }, staff.token)).errors).toBeUndefined();
    expect((await api.gql(LIST_WITHOUT_APPLICANT, { first: 5 }, staff.token)).errors).toBeUndefined();
    expect(await newAudits()).toEqual([]);
    // Through a fragment and an alias: exactly the applicants of the page (5 of the 6 rows the page read), with no statement of their own.
    const viaFragment = await statementsOf(() =>
      api.gql(
        operation<{ referrals: { edges: Array<{ node: { person: { id: string } } }> } }>(
          `query { referrals(first: 5) { edges { node { ...Shown } } } } fragment Shown on Referral { person: applicant { id fullName } }`,
        ),
        {},
        staff.token,
      ),
    );
    expect(viaFragment.result.errors).toBeUndefined();
    expect(viaFragment.statements.filter((sql) => /audit_entry/.test(sql))).toHaveLength(1);
    expect((await newAudits()).sort()).toEqual(viaFragment.result.data!.referrals.edges.map((edge) => edge.node.person.id).sort());
  });

  it('records an applicant shown twice on a page once', async () => {
    const partner = await createOrganization(api.dataSource);
    const reader = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const applicant = await createApplicant(api.dataSource, coordinator.user.id);
    for (const service of [await createService(api.dataSource, partner.id), await createService(api.dataSource, partner.id)]) await createReferral(api.dataSource, applicant, service);
    const page = await api.gql(LIST, { first: 10 }, reader.token);
    expect(page.errors).toBeUndefined();
    expect(page.data!.referrals.edges.map((edge) => (edge.node.applicant as { id: string }).id)).toEqual([applicant.id, applicant.id]);
    expect(await api.dataSource.query(`SELECT record_id FROM audit_entry WHERE user_id = $1 AND action = 'READ_PERSONAL_DATA'`, [reader.user.id])).toEqual([{ record_id: applicant.id }]);
  });
});
