import { ReferralStatus, Role } from '@shuraka/domain';
import { ApplicantEntity } from '../../../src/modules/applicants/applicant.entity';
import { createApplicant, createConsortium, createOrganization, createReferral, createService, signedIn, uniqueTag } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

type Connection = { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type CountedConnection = Connection & { totalCount: number };

const REFERRALS = operation<{ referrals: CountedConnection }>(`query($first: Int, $after: String) {
  referrals(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`);
const APPLICANTS = `query($first: Int, $after: String, $filter: ApplicantFilter) {
  applicants(first: $first, after: $after, filter: $filter) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const ORGANIZATIONS = operation<{ organizations: CountedConnection }>(`query($first: Int, $after: String, $search: String) {
  organizations(first: $first, after: $after, filter: { search: $search }) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`);
const SERVICES = `query($first: Int, $after: String, $organizationId: ID) {
  services(first: $first, after: $after, filter: { organizationId: $organizationId }) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const CONSORTIA = operation<{ consortia: Connection }>(`query($first: Int, $after: String) { consortia(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
const MOVE = operation<{ transitionReferral: { id: string; status: string } }>(`mutation($input: TransitionReferralInput!) { transitionReferral(input: $input) { id status } }`);


describe('pagination (keyset cursors)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** Every page of a list, calling `between` after each page; ids in the order served. */
  async function pageThrough(query: string, field: string, token: string, variables: Record<string, unknown>, between: (page: number) => Promise<void> = async () => {}) {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const response = await api.gql<Record<string, Connection>>(query, { ...variables, after }, token);
      expect(response.errors).toBeUndefined();
      const connection: Connection = response.data![field];
      ids.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) return ids;
      after = connection.pageInfo.endCursor;
      await between(page);
    }
    throw new Error('more pages than expected');
  }

  it('pages through referrals without skipping or repeating one while referrals are added and change status between pages', async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const staff = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const service = await createService(api.dataSource, partner.id, { capacity: 100 });
    const applicants = await Promise.all(Array.from({ length: 14 }, () => createApplicant(api.dataSource, coordinator.user.id)));
    const existing: string[] = [];
    for (const applicant of applicants.slice(0, 10)) existing.push((await createReferral(api.dataSource, applicant, service)).id);
    const fresh = applicants.slice(10);

    const served = await pageThrough(REFERRALS, 'referrals', staff.token, { first: 3 }, async (page) => {
      // A new referral arrives (it sorts first, before every cursor) …
      if (fresh[page]) await createReferral(api.dataSource, fresh[page], service);
      // … and the partner works on referrals on pages already seen and on pages still to come.
      for (const id of [existing[page], existing[9 - page]]) {
        const moved = await api.gql(MOVE, { input: { referralId: id, to: 'ACKNOWLEDGED' } }, staff.token);
        expect(moved.errors ?? moved.data!.transitionReferral.status).toBe(ReferralStatus.ACKNOWLEDGED);
      }
    });

    expect(new Set(served).size).toBe(served.length);
    expect(served.filter((id) => existing.includes(id)).sort()).toEqual([...existing].sort());
    // Newest first: the ten that existed come in reverse creation order.
    expect(served).toEqual([...existing].reverse());
  });

  it('pages through applicants without skipping or repeating one while applicants are registered between pages', async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const tag = uniqueTag();
    const existing: ApplicantEntity[] = [];
    for (let index = 0; index < 8; index += 1) existing.push(await createApplicant(api.dataSource, coordinator.user.id, { fullName: `p${tag} ${index}`, searchText: `p${tag} ${index}` }));

    const served = await pageThrough(APPLICANTS, 'applicants', coordinator.token, { first: 3, filter: { search: `p${tag}` } }, async () => {
      await createApplicant(api.dataSource, coordinator.user.id, { fullName: `p${tag} late`, searchText: `p${tag} late` });
    });
    expect(served).toEqual(existing.map((applicant) => applicant.id).reverse());
  });

  it('keeps the order of the other lists across pages (organisations by name, services and consortia by creation)', async () => {
    const admin = await signedIn(api, Role.ADMIN);
    const tag = uniqueTag();
    const names = ['Delta', 'alpha', 'Charlie', 'Bravo', 'echo'].map((name) => `${name} ${tag}`);
    for (const name of names) await createOrganization(api.dataSource, { nameAr: null, nameEn: name });
    const organizations = await pageThrough(ORGANIZATIONS, 'organizations', admin.token, { first: 2, search: tag });
    const single = (await api.gql(ORGANIZATIONS, { first: 10, search: tag }, admin.token)).data!.organizations;
    expect(single.totalCount).toBe(5);
    expect(organizations).toEqual(single.edges.map((edge) => edge.node.id));

    const partner = await createOrganization(api.dataSource);
    const services: string[] = [];
    for (let index = 0; index < 5; index += 1) services.push((await createService(api.dataSource, partner.id)).id);
    expect(await pageThrough(SERVICES, 'services', admin.token, { first: 2, organizationId: partner.id })).toEqual(services);

    await createConsortium(api.dataSource, partner.id);
    const firstSix = (await api.gql(CONSORTIA, { first: 6 }, admin.token)).data!.consortia.edges.map((edge) => edge.node.id);
    const pageOne = (await api.gql(CONSORTIA, { first: 3 }, admin.token)).data!.consortia;
    const pageTwo = (await api.gql(CONSORTIA, { first: 3, after: pageOne.pageInfo.endCursor }, admin.token)).data!.consortia;
    expect([...pageOne.edges, ...pageTwo.edges].map((edge) => edge.node.id)).toEqual(firstSix);
  });

  it('refuses forged, altered and other lists’ cursors as BAD_USER_INPUT on `after`', async () => {
    const admin = await signedIn(api, Role.ADMIN);
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const partner = await createOrganization(api.dataSource);
    const service = await createService(api.dataSource, partner.id);
    for (let index = 0; index < 3; index += 1) await createReferral(api.dataSource, await createApplicant(api.dataSource, coordinator.user.id), service);
    const page = (await api.gql(REFERRALS, { first: 1 }, admin.token)).data!.referrals;
    const cursor = page.pageInfo.endCursor!;
    expect((await api.gql(REFERRALS, { first: 1, after: cursor }, admin.token)).errors).toBeUndefined();

    const [payload, mac] = cursor.split('.');
    const [kind, values] = JSON.parse(Buffer.from(payload, 'base64url').toString()) as [string, string[]];
    const reencode = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url');
    const organizationsCursor = (await api.gql(ORGANIZATIONS, { first: 1 }, admin.token)).data!.organizations.pageInfo.endCursor!;
    const forged = {
      offsetCursor: Buffer.from('o:5').toString('base64url'),
      garbage: 'not a cursor at all',
      alteredKeys: `${reencode([kind, ['2000-01-01T00:00:00.000000Z', values[1]]])}.${mac}`,
      alteredKind: `${reencode(['organizations:name-asc', values])}.${mac}`,
      wrongMac: `${payload}.${Buffer.alloc(16).toString('base64url')}`,
      otherList: organizationsCursor,
    };
    for (const [name, after] of Object.entries(forged)) {
      const response = await api.gql(REFERRALS, { first: 1, after }, admin.token);
      expect([name, errorCode(response), fieldErrors(response).map((error) => error.field)]).toEqual([name, 'BAD_USER_INPUT', ['after']]);
    }
  });
});
