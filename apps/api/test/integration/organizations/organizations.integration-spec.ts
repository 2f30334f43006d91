import { MemberRole, OrganizationKind, Role } from '@shuraka/domain';
import { createConsortium, createOrganization, signedIn, uniqueTag } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

type Localized = { ar: string | null; en: string | null };
type Branch = { name: Localized; governorate: string; district: string | null };
type Organization = { id: string; name: Localized; kind: string; governorates: string[] };

const ORGANIZATIONS = operation<{
  organizations: { totalCount: number; edges: Array<{ cursor: string; node: Organization }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}>(`query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id name { ar en } kind governorates } } pageInfo { hasNextPage endCursor }
  }
}`);
const ORGANIZATION = operation<{ organization: Organization & { branches: Branch[]; consortia: Array<{ id: string }>; services: Array<{ id: string }> } }>(`query Organization($id: ID!) {
  organization(id: $id) { id name { ar en } kind governorates branches { name { ar en } governorate district } consortia { id } services { id } }
}`);
const CREATE = operation<{ createOrganization: Organization & { branches: Branch[] } }>(`mutation Create($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name { ar en } kind governorates branches { name { ar en } governorate district } }
}`);
const UPDATE = operation<{ updateOrganization: Organization & { branches: Array<{ name: { ar: string | null }; governorate: string }> } }>(`mutation Update($id: ID!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, input: $input) { id name { ar en } kind governorates branches { name { ar } governorate } }
}`);

describe('organisations', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp();
    admin = (await signedIn(api, Role.ADMIN)).token;
  });
  afterAll(() => api.close());

  it('an ADMIN creates an organisation with its branches, and anyone signed in reads it', async () => {
    const created = await api.gql(
      CREATE,
      {
        input: {
          name: { ar: '  برنامج الاتحاد للتمويل الأصغر  ', en: 'Union Microfinance Programme' },
          kind: 'MICROFINANCE_PROGRAM',
          governorates: ['YE-AB', 'YE-HD', 'YE-AB'],
          branches: [
            { name: { ar: 'فرع زنجبار' }, governorate: 'YE-AB', district: 'زنجبار' },
            { name: { en: 'Mukalla branch' }, governorate: 'YE-HD' },
          ],
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const organization = created.data!.createOrganization;
    expect(organization).toMatchObject({
      name: { ar: 'برنامج الاتحاد للتمويل الأصغر', en: 'Union Microfinance Programme' },
      kind: 'MICROFINANCE_PROGRAM',
      governorates: ['YE-AB', 'YE-HD'],
      branches: [
        { name: { ar: 'فرع زنجبار', en: null }, governorate: 'YE-AB', district: 'زنجبار' },
        { name: { ar: null, en: 'Mukalla branch' }, governorate: 'YE-HD', district: null },
      ],
    });
    const viewer = (await signedIn(api, Role.VIEWER)).token;
    const read = await api.gql(ORGANIZATION, { id: organization.id }, viewer);
    expect(read.data!.organization.branches).toHaveLength(2);
  });

  it('names every bad field of a create and writes nothing', async () => {
    const tag = uniqueTag();
    const response = await api.gql(
      CREATE,
      {
        input: {
          name: { ar: '   ', en: '' },
          kind: 'NGO',
          governorates: ['YE-HD', 'XX-99'],
          branches: [{ name: { ar: `فرع ${tag}` }, governorate: 'Hadramout' }, { name: { en: 'x'.repeat(301) }, governorate: 'YE-HD' }],
        },
      },
      admin,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(response)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', constraint: 'atLeastOneLanguage' }),
        expect.objectContaining({ field: 'governorates', constraint: 'isGovernorate' }),
        expect.objectContaining({ field: 'branches.0.governorate', constraint: 'isGovernorate' }),
        expect.objectContaining({ field: 'branches.1.name.en', constraint: 'maxLength' }),
      ]),
    );
    const search = await api.gql(ORGANIZATIONS, { filter: { search: tag } }, admin);
    expect(search.data!.organizations.totalCount).toBe(0);
    expect(response.errors![0].extensions).not.toHaveProperty('stacktrace');
  });

  it('refuses unknown fields and wrong enum values as BAD_USER_INPUT', async () => {
    const unknownKind = await api.gql(CREATE, { input: { name: { ar: 'س' }, kind: 'CHARITY', governorates: [] } }, admin);
    expect(errorCode(unknownKind)).toBe('BAD_USER_INPUT');
    expect(unknownKind.status).toBe(400);
    expect(fieldErrors(unknownKind)).toEqual([expect.objectContaining({ field: 'kind' })]);
    const unknownField = await api.gql(CREATE, { input: { name: { ar: 'س' }, kind: 'NGO', governorates: [], color: 'red' } }, admin);
    expect(errorCode(unknownField)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(unknownField)).toEqual([expect.objectContaining({ field: 'color' })]);
    const missing = await api.gql(CREATE, { input: { name: { ar: 'س' }, governorates: [] } }, admin);
    expect(fieldErrors(missing)).toEqual([expect.objectContaining({ field: 'kind', constraint: 'isNotEmpty' })]);
  });

  it('is created only by an ADMIN', async () => {
    for (const role of [Role.COORDINATOR, Role.PARTNER_STAFF, Role.COMMITTEE_MEMBER, Role.VIEWER]) {
      const { token } = await signedIn(api, role);
      const response = await api.gql(CREATE, { input: { name: { ar: 'منظمة' }, kind: 'NGO', governorates: [] } }, token);
      expect(errorCode(response)).toBe('FORBIDDEN');
    }
  });

  it('finds an Arabic name through a misspelt hamza and ta marbuta, and English case-insensitively', async () => {
    const tag = uniqueTag();
    const awn = await createOrganization(api.dataSource, { nameAr: `مؤسسة العون للتنمية ${tag}`, nameEn: `Al-Awn Foundation ${tag}` });
    await createOrganization(api.dataSource, { nameAr: `مؤسسة نهد التنموية ${tag}`, nameEn: `Nahd Foundation ${tag}` });
    const misspelt = await api.gql(ORGANIZATIONS, { filter: { search: `موسسه العون للتنميه ${tag}` } }, admin);
    expect(misspelt.data!.organizations.edges.map((edge) => edge.node.id)).toEqual([awn.id]);
    const diacritics = await api.gql(ORGANIZATIONS, { filter: { search: `مُؤَسَّسَة العـــون لِلتَّنْمِيَة ${tag}` } }, admin);
    expect(diacritics.data!.organizations.totalCount).toBe(1);
    const english = await api.gql(ORGANIZATIONS, { filter: { search: `AL-AWN foundation ${tag}` } }, admin);
    expect(english.data!.organizations.edges.map((edge) => edge.node.id)).toEqual([awn.id]);
    const both = await api.gql(ORGANIZATIONS, { filter: { search: tag } }, admin);
    expect(both.data!.organizations.totalCount).toBe(2);
    const wildcard = await api.gql(ORGANIZATIONS, { filter: { search: `%${tag}` } }, admin);
    expect(wildcard.data!.organizations.totalCount).toBe(0);
  });

  it('filters by kind, governorate and consortium', async () => {
    const tag = uniqueTag();
    const bank = await createOrganization(api.dataSource, { nameEn: `Bank ${tag}`, kind: OrganizationKind.BANK, governorates: ['SA-04'] });
    const ngo = await createOrganization(api.dataSource, { nameEn: `NGO ${tag}`, kind: OrganizationKind.NGO, governorates: ['YE-AB'] });
    const consortium = await createConsortium(api.dataSource, ngo.id, [{ organizationId: bank.id, role: MemberRole.FUNDER }]);
    const ids = async (filter: object) =>
      (await api.gql(ORGANIZATIONS, { filter: { search: tag, ...filter } }, admin)).data!.organizations.edges.map((edge) => edge.node.id);
    expect(await ids({ kind: 'BANK' })).toEqual([bank.id]);
    expect(await ids({ governorate: 'YE-AB' })).toEqual([ngo.id]);
    expect((await ids({ consortiumId: consortium.id })).sort()).toEqual([bank.id, ngo.id].sort());
    expect(errorCode(await api.gql(ORGANIZATIONS, { filter: { governorate: 'Aden' } }, admin))).toBe('BAD_USER_INPUT');
  });

  it('pages with first/after and refuses more than 100 at once', async () => {
    const tag = uniqueTag();
    for (let index = 0; index < 5; index += 1) await createOrganization(api.dataSource, { nameAr: `صفحة ${tag} ${index}` });
    const first = await api.gql(ORGANIZATIONS, { filter: { search: tag }, first: 2 }, admin);
    const page1 = first.data!.organizations;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await api.gql(ORGANIZATIONS, { filter: { search: tag }, first: 2, after: page1.pageInfo.endCursor }, admin)).data!.organizations;
    const page3 = (await api.gql(ORGANIZATIONS, { filter: { search: tag }, first: 2, after: page2.pageInfo.endCursor }, admin)).data!.organizations;
    expect(page3.edges).toHaveLength(1);
    expect(page3.pageInfo.hasNextPage).toBe(false);
    const all = [...page1.edges, ...page2.edges, ...page3.edges].map((edge) => edge.node.name.ar);
    expect(all).toEqual([0, 1, 2, 3, 4].map((index) => `صفحة ${tag} ${index}`));

    const tooMany = await api.gql(ORGANIZATIONS, { first: 101 }, admin);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(tooMany)[0]).toMatchObject({ field: 'first', constraint: 'max' });
    expect(errorCode(await api.gql(ORGANIZATIONS, { after: 'garbage' }, admin))).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expect(errorCode(await api.gql(ORGANIZATION, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(ORGANIZATION, { id: 'abc' }, admin))).toBe('BAD_USER_INPUT');
  });

  it("lets a partner's staff edit their own organisation but not another one", async () => {
    const own = await createOrganization(api.dataSource);
    const other = await createOrganization(api.dataSource);
    const { token } = await signedIn(api, Role.PARTNER_STAFF, own.id);
    const updated = await api.gql(
      UPDATE,
      { id: own.id, input: { name: { ar: 'اسم جديد' }, branches: [{ name: { ar: 'فرع عدن' }, governorate: 'YE-AD' }] } },
      token,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOrganization).toMatchObject({ name: { ar: 'اسم جديد', en: null }, branches: [{ governorate: 'YE-AD' }] });

    const denied = await api.gql(UPDATE, { id: other.id, input: { name: { ar: 'استيلاء' } } }, token);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const unchanged = await api.gql(ORGANIZATION, { id: other.id }, token);
    expect(unchanged.data!.organization.name.ar).toBe(other.nameAr);
    const coordinator = (await signedIn(api, Role.COORDINATOR)).token;
    expect(errorCode(await api.gql(UPDATE, { id: own.id, input: { kind: 'BANK' } }, coordinator))).toBe('FORBIDDEN');
  });

  it('leaves an organisation untouched when an update is invalid', async () => {
    const organization = await createOrganization(api.dataSource, { governorates: ['YE-HD'] });
    const response = await api.gql(
      UPDATE,
      { id: organization.id, input: { governorates: ['YE-AB'], branches: [{ name: { ar: 'فرع' }, governorate: 'nowhere' }] } },
      admin,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const read = await api.gql(ORGANIZATION, { id: organization.id }, admin);
    expect(read.data!.organization.governorates).toEqual(['YE-HD']);
  });
});
