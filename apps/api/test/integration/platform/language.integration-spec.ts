import { Role } from '@shuraka/domain';
import { FoldSearchDigits1796200000000 } from '../../../src/database/migrations/1796200000000-FoldSearchDigits';
import { signedIn, uniqueTag } from '../../factories';
import { errorCode, fieldErrors, startTestApp, type TestApp } from '../../support/test-app';

const REGISTER = `mutation R($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id phone } }`;
const APPLICANTS = `query L($filter: ApplicantFilter) { applicants(filter: $filter, first: 100) { totalCount edges { node { id } } } }`;
const ORGANIZATIONS = `query O($filter: OrganizationFilter) { organizations(filter: $filter, first: 100) { edges { node { id } } } }`;
const CREATE_ORGANIZATION = `mutation C($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name { ar en } } }`;

type Ids = { edges: Array<{ node: { id: string } }> };
const ids = (page: Ids) => page.edges.map((edge) => edge.node.id);

const applicant = (phone: string) => ({
  fullName: `سلمى ${uniqueTag()}`,
  category: 'UNIVERSITY_GRADUATE',
  gender: 'FEMALE',
  governorate: 'YE-HD',
  phone,
  needs: ['MICRO_LOAN'],
  guaranteeOffered: 'NONE',
  consentGiven: true,
});

describe('searching with Arabic-Indic digits, and Latin-only English names', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp();
    admin = (await signedIn(api, Role.ADMIN)).token;
  });
  afterAll(() => api.close());

  it('finds an applicant whose phone is 777… when searched with ٧٧٧ or Persian ۷۷۷', async () => {
    const { token } = await signedIn(api, Role.COORDINATOR);
    const first = await api.gql<{ registerApplicant: { id: string; phone: string | null } }>(REGISTER, { input: applicant('+967777123456') }, token);
    const other = await api.gql<{ registerApplicant: { id: string; phone: string | null } }>(REGISTER, { input: applicant('+967733123456') }, token);
    expect(first.errors).toBeUndefined();
    expect(other.errors).toBeUndefined();
    for (const search of ['٧٧٧', '۷۷۷', '٧٧٧١٢٣', '777']) {
      const found = await api.gql<{ applicants: Ids & { totalCount: number } }>(APPLICANTS, { filter: { search } }, token);
      expect(found.errors).toBeUndefined();
      expect(ids(found.data!.applicants)).toEqual([first.data!.registerApplicant.id]);
    }
  });

  it('finds an organisation by the digits in its name, whichever digits were typed on either side', async () => {
    const tag = uniqueTag();
    const created = await api.gql<{ createOrganization: { id: string } }>(
      CREATE_ORGANIZATION,
      { input: { name: { ar: `مبادرة ٢٠٣٠ ${tag}` }, kind: 'NGO', governorates: ['YE-AD'] } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    for (const search of [`2030 ${tag}`, `٢٠٣٠ ${tag}`]) {
      const found = await api.gql<{ organizations: Ids }>(ORGANIZATIONS, { filter: { search } }, admin);
      expect(ids(found.data!.organizations)).toEqual([created.data!.createOrganization.id]);
    }
  });

  it('re-folds search text stored before digits were folded (the migration’s statement)', async () => {
    const tag = uniqueTag();
    const [row] = await api.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO organization (name_ar, kind, search_text) VALUES ($1, 'NGO', $2) RETURNING id`,
      [`جمعية ٤٥ ${tag}`, `جمعيه ٤٥ ${tag}`],
    );
    const before = await api.gql<{ organizations: Ids }>(ORGANIZATIONS, { filter: { search: `45 ${tag}` } }, admin);
    expect(ids(before.data!.organizations)).toEqual([]);
    const runner = api.dataSource.createQueryRunner();
    try {
      await new FoldSearchDigits1796200000000().up(runner);
    } finally {
      await runner.release();
    }
    const after = await api.gql<{ organizations: Ids }>(ORGANIZATIONS, { filter: { search: `٤٥ ${tag}` } }, admin);
    expect(ids(after.data!.organizations)).toEqual([row.id]);
  });

  it('refuses Arabic script in the English name of an organisation, naming the field, and writes nothing', async () => {
    const tag = uniqueTag();
    const response = await api.gql<{ createOrganization: { id: string } }>(
      CREATE_ORGANIZATION,
      { input: { name: { ar: `جمعية ${tag}`, en: `جمعية ${tag}` }, kind: 'NGO', governorates: ['YE-AD'] } },
      admin,
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(response)).toEqual([expect.objectContaining({ field: 'name.en', constraint: 'noArabicScript' })]);
    const found = await api.gql<{ organizations: Ids }>(ORGANIZATIONS, { filter: { search: tag } }, admin);
    expect(ids(found.data!.organizations)).toEqual([]);
    const latin = await api.gql<{ createOrganization: { name: { en: string } } }>(
      CREATE_ORGANIZATION,
      { input: { name: { ar: `جمعية ${tag}`, en: `Al-Amal 2030 ${tag}` }, kind: 'NGO', governorates: ['YE-AD'] } },
      admin,
    );
    expect(latin.errors).toBeUndefined();
  });
});
