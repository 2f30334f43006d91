import { Role } from '@shuraka/domain';
import { ApplicantEntity } from '../../../src/modules/applicants/applicant.entity';
import { OrganizationEntity } from '../../../src/modules/organizations/organization.entity';
import { createUser, signedIn, uniqueTag } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

const NUL = '\u0000';
const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE
const FSI = '\u2068'; // FIRST STRONG ISOLATE
const RLM = '\u200F'; // RIGHT-TO-LEFT MARK: allowed
const LRM = '\u200E'; // LEFT-TO-RIGHT MARK: allowed

const CREATE_ORGANIZATION = operation<{ createOrganization: { id: string; name: { ar: string | null; en: string | null } } }>(
  `mutation C($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name { ar en } } }`,
);
const REGISTER = `mutation R($input: RegisterApplicantInput!) { registerApplicant(input: $input) { id fullName } }`;
const SEARCH_ORGANIZATIONS = `query S($s: String) { organizations(filter: { search: $s }) { totalCount } }`;

const applicant = (overrides: Record<string, unknown>) => ({
  fullName: 'سالم عوض باوزير',
  nationalId: `${Math.floor(1e9 + Math.random() * 8e9)}`,
  category: 'UNIVERSITY_GRADUATE',
  gender: 'MALE',
  birthDate: '1999-03-14',
  governorate: 'YE-HD',
  district: 'المكلا',
  phone: `+967 77${Math.floor(1e6 + Math.random() * 8e6)}`,
  projectSize: 'MICRO',
  sector: 'صيانة الهواتف',
  requestedAmount: { amount: '500000', currency: 'YER' },
  needs: ['MICRO_LOAN'],
  guaranteeOffered: 'GROUP',
  consentGiven: true,
  ...overrides,
});

describe('text that cannot be stored or would reorder what the portal shows', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp();
    admin = (await signedIn(api, Role.ADMIN)).token;
  });
  afterAll(() => api.close());

  const nul = (field: string) => [{ field, constraint: 'noNulCharacter', message: 'must not contain the NUL character (U+0000)' }];
  const bidi = (field: string) => [expect.objectContaining({ field, constraint: 'noBidiControl' })];

  it('refuses a NUL byte in the login e-mail (anonymous) as BAD_USER_INPUT, not a server error', async () => {
    const user = await createUser(api.dataSource, Role.VIEWER);
    const response = await api.gql(`mutation L($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: `${user.email}${NUL}`, password: 'whatever it is' },
    });
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(response)).toEqual(nul('email'));
    expect(response.errors![0].message).toBe('Invalid input: email: must not contain the NUL character (U+0000)');
  });

  it('refuses it in a search, as a variable, a variable default and an inline literal, named by the argument', async () => {
    const variable = await api.gql(SEARCH_ORGANIZATIONS, { s: `abc${NUL}` }, admin);
    expect(errorCode(variable)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(variable)).toEqual(nul('filter.search'));
    const byDefault = await api.gql(`query S($s: String = "x\\u0000") { organizations(filter: { search: $s }) { totalCount } }`, {}, admin);
    expect(fieldErrors(byDefault)).toEqual(nul('filter.search'));
    const inline = await api.gql(`{ applicants(filter: { search: "x\\u0000" }) { totalCount } }`, {}, admin);
    expect(errorCode(inline)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(inline)).toEqual(nul('filter.search'));
    const clean = await api.gql(SEARCH_ORGANIZATIONS, { s: 'abc' }, admin);
    expect(clean.errors).toBeUndefined();
  });

  it('refuses NUL and bidirectional controls in names, nested LocalizedText and lists included, writing nothing', async () => {
    const tag = uniqueTag();
    const organizations = () =>
      api.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o').where('o.name_ar LIKE :t OR o.name_en LIKE :t', { t: `%${tag}%` }).getCount();
    const input = (overrides: Record<string, unknown>) => ({ name: { ar: `منظمة ${tag}`, en: `Org ${tag}` }, kind: 'NGO', governorates: ['YE-HD'], ...overrides });

    expect(fieldErrors(await api.gql(CREATE_ORGANIZATION, { input: input({ name: { ar: `منظمة ${tag}${NUL}` } }) }, admin))).toEqual(nul('name.ar'));
    expect(fieldErrors(await api.gql(CREATE_ORGANIZATION, { input: input({ name: { en: `evil ${tag}${RLO}gpj.exe` } }) }, admin))).toEqual(bidi('name.en'));
    expect(fieldErrors(await api.gql(CREATE_ORGANIZATION, { input: input({ governorates: ['YE-HD', `YE-AD${NUL}`] }) }, admin))).toEqual(nul('governorates.1'));
    expect(
      fieldErrors(await api.gql(CREATE_ORGANIZATION, { input: input({ branches: [{ name: { ar: `فرع${FSI}` }, governorate: 'YE-HD' }] }) }, admin)),
    ).toEqual(bidi('branches.0.name.ar'));
    const inline = await api.gql(`mutation { createOrganization(input: { name: { ar: "منظمة ${tag}\\u202e" }, kind: NGO, governorates: ["YE-HD"] }) { id } }`, {}, admin);
    expect(errorCode(inline)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(inline)).toEqual(bidi('name.ar'));
    expect(await organizations()).toBe(0);

    // Direction marks are part of ordinary Arabic text: kept as written.
    const marked = await api.gql(CREATE_ORGANIZATION, { input: input({ name: { ar: `جمعية ${RLM}(أمل)${RLM} ${tag}`, en: `Amal${LRM} ${tag}` } }) }, admin);
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.createOrganization.name).toEqual({ ar: `جمعية ${RLM}(أمل)${RLM} ${tag}`, en: `Amal${LRM} ${tag}` });
  });

  it("refuses them in an applicant's name, reporting every bad field at once", async () => {
    const coordinator = await signedIn(api, Role.COORDINATOR);
    const response = await api.gql(REGISTER, { input: applicant({ fullName: `سالم${NUL}`, district: `المكلا${RLO}` }) }, coordinator.token);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(response)).toEqual([...nul('fullName'), ...bidi('district')]);
    expect(await api.dataSource.getRepository(ApplicantEntity).countBy({ registeredById: coordinator.user.id })).toBe(0);
  });
});
