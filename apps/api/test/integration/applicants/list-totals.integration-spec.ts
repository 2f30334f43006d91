import { normalizeSearchText, Role } from '@shuraka/domain';
import { createApplicant, createOrganization, createReferral, createService, signedIn, uniqueTag } from '../../factories';
import { operation, startTestApp, type TestApp } from '../../support/test-app';

/** The applicant list's totals and a coordinator's search, as docs/performance.md ("A national programme's volume") serves them. */
type Connection = { totalCount: number; edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const APPLICANTS = operation<{ applicants: Connection }>(
  `query L($filter: ApplicantFilter, $first: Int, $after: String) {
    applicants(filter: $filter, first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
  }`,
);

describe('applicant list totals and search', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const counted = async (userId: string) =>
    ((await api.dataSource.query('SELECT count(*)::int AS n FROM applicant WHERE registered_by_id = $1', [userId])) as Array<{ n: number }>)[0].n;
  const total = async (token: string, filter?: Record<string, unknown>) => (await api.gql(APPLICANTS, { filter, first: 1 }, token)).data!.applicants.totalCount;
  const named = (registeredById: string, fullName: string, overrides: Record<string, unknown> = {}) =>
    createApplicant(api.dataSource, registeredById, { fullName, searchText: normalizeSearchText(fullName), ...overrides });

  it("gives a coordinator's whole list its exact total through registrations (also in parallel), moves, other updates and deletions", async () => {
    const first = await signedIn(api, Role.COORDINATOR);
    const second = await signedIn(api, Role.COORDINATOR);
    expect(await total(first.token)).toBe(0);

    await Promise.all(Array.from({ length: 8 }, (_, index) => named(first.user.id, `سالم ${index} ${uniqueTag()}`)));
    const moved = await named(first.user.id, `سعاد ${uniqueTag()}`, { category: 'DROPOUT' as never });
    await named(second.user.id, `خولة ${uniqueTag()}`);
    expect([await total(first.token), await total(second.token)]).toEqual([9, 1]);

    await api.dataSource.query('UPDATE applicant SET registered_by_id = $1 WHERE id = $2', [second.user.id, moved.id]);
    await api.dataSource.query(`UPDATE applicant SET district = 'سيئون' WHERE registered_by_id = $1`, [first.user.id]);
    expect([await total(first.token), await total(second.token)]).toEqual([8, 2]);
    expect(await total(second.token, { category: 'DROPOUT' })).toBe(1);

    await api.dataSource.query('DELETE FROM applicant WHERE id = $1', [moved.id]);
    await api.dataSource.query('UPDATE applicant SET registered_by_id = $1 WHERE registered_by_id = $2', [second.user.id, first.user.id]);
    expect([await total(first.token), await total(second.token)]).toEqual([0, 9]);
    for (const user of [first, second]) expect(await total(user.token)).toBe(await counted(user.user.id));
    // A filter counts its rows: the same as before.
    expect(await total(second.token, { governorate: 'YE-HD' })).toBe(9);
    expect(await total(second.token, { governorate: 'YE-AD' })).toBe(0);
  });

  it('finds in a coordinator’s search exactly their own matching applicants, newest first, page by page, with the exact total', async () => {
    const tag = uniqueTag();
    const owner = await signedIn(api, Role.COORDINATOR);
    const other = await signedIn(api, Role.COORDINATOR);
    const mine: string[] = [];
    for (let index = 0; index < 5; index += 1) mine.push((await named(owner.user.id, `فاطمة ${tag} ${index}`, { createdAt: new Date(Date.UTC(2026, 0, 1 + index)) })).id);
    await named(owner.user.id, `خولة ${uniqueTag()}`);
    const theirs = await named(other.user.id, `فاطمة ${tag} أخرى`);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const connection: Connection = (await api.gql(APPLICANTS, { filter: { search: `فاطمه ${tag}` }, first: 2, after }, owner.token)).data!.applicants;
      expect(connection.totalCount).toBe(5);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual([...mine].reverse());
    const otherSearch = await api.gql(APPLICANTS, { filter: { search: tag }, first: 10 }, other.token);
    expect(otherSearch.data!.applicants.edges.map((edge) => edge.node.id)).toEqual([theirs.id]);
    expect(otherSearch.data!.applicants.totalCount).toBe(1);
    // With another filter too, and for the administrator (all six) and a partner (only the referred one).
    expect(await total(owner.token, { search: tag, category: 'UNIVERSITY_GRADUATE' })).toBe(5);
    expect(await total((await signedIn(api, Role.ADMIN)).token, { search: tag })).toBe(6);
    const organization = await createOrganization(api.dataSource);
    await createReferral(api.dataSource, theirs, await createService(api.dataSource, organization.id));
    expect(await total((await signedIn(api, Role.PARTNER_STAFF, organization.id)).token, { search: tag })).toBe(1);
  });
});
