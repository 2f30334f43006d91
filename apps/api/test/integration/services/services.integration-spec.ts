import { ApplicantCategory, Role } from '@shuraka/domain';
import { createOrganization, createService, signedIn, uniqueTag } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

const SERVICE_FIELDS = `id name { ar en } kind categories governorates projectSizes gender minAge maxAge
  minAmount { amount currency } maxAmount { amount currency } guaranteeRequired capacity capacityUsed decisionDays organization { id }`;
/** The tests compare SERVICE_FIELDS with toMatchObject; only the id is read directly. */
type Service = { id: string; [field: string]: unknown };

const CREATE = operation<{ createService: Service }>(`mutation Create($input: CreateServiceInput!) { createService(input: $input) { ${SERVICE_FIELDS} } }`);
const UPDATE = operation<{ updateService: Service }>(
  `mutation Update($id: ID!, $input: UpdateServiceInput!) { updateService(id: $id, input: $input) { ${SERVICE_FIELDS} } }`,
);
const SERVICES = operation<{ services: { totalCount: number; edges: Array<{ node: { id: string; organization: { id: string } } }> } }>(
  `query S($filter: ServiceFilter, $first: Int) { services(filter: $filter, first: $first) { totalCount edges { node { id organization { id } } } } }`,
);
const ORGANIZATION_SERVICES = operation<{ organization: { services: Array<{ id: string }> } }>(`query O($id: ID!) { organization(id: $id) { services { id } } }`);

const microLoan = (organizationId: string) => ({
  organizationId,
  name: { ar: 'قرض المشروع متناهي الصغر', en: 'Micro-project loan' },
  kind: 'MICRO_LOAN',
  categories: ['UNIVERSITY_GRADUATE', 'DROPOUT'],
  governorates: ['YE-HD'],
  projectSizes: ['MICRO'],
  minAge: 18,
  maxAge: 35,
  minAmount: { amount: '50000', currency: 'YER' },
  maxAmount: { amount: '1000000.5', currency: 'YER' },
  guaranteeRequired: 'GROUP',
  capacity: 80,
  decisionDays: 14,
});

describe('services', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it("a partner's staff adds a service to their own organisation; money comes back as exact decimal strings", async () => {
    const partner = await createOrganization(api.dataSource);
    const { token } = await signedIn(api, Role.PARTNER_STAFF, partner.id);
    const response = await api.gql(CREATE, { input: microLoan(partner.id) }, token);
    expect(response.errors).toBeUndefined();
    expect(response.data!.createService).toMatchObject({
      kind: 'MICRO_LOAN',
      minAmount: { amount: '50000', currency: 'YER' },
      maxAmount: { amount: '1000000.5', currency: 'YER' },
      capacity: 80,
      capacityUsed: 0,
      gender: null,
      organization: { id: partner.id },
    });
  });

  it("partner A can neither add to, see nor edit partner B's services", async () => {
    const partnerA = await createOrganization(api.dataSource);
    const partnerB = await createOrganization(api.dataSource);
    const serviceB = await createService(api.dataSource, partnerB.id, { capacity: 5 });
    const serviceA = await createService(api.dataSource, partnerA.id);
    const staffA = (await signedIn(api, Role.PARTNER_STAFF, partnerA.id)).token;

    expect(errorCode(await api.gql(CREATE, { input: microLoan(partnerB.id) }, staffA))).toBe('FORBIDDEN');
    const edit = await api.gql(UPDATE, { id: serviceB.id, input: { capacity: 500 } }, staffA);
    expect(errorCode(edit)).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(`query($id: ID!) { service(id: $id) { id } }`, { id: serviceB.id }, staffA))).toBe('NOT_FOUND');

    const listed = await api.gql(SERVICES, { first: 100 }, staffA);
    const organizations = new Set(listed.data!.services.edges.map((edge) => edge.node.organization.id));
    expect([...organizations]).toEqual([partnerA.id]);
    expect((await api.gql(ORGANIZATION_SERVICES, { id: partnerB.id }, staffA)).data!.organization.services).toEqual([]);
    expect((await api.gql(ORGANIZATION_SERVICES, { id: partnerA.id }, staffA)).data!.organization.services).toEqual([{ id: serviceA.id }]);

    const coordinator = (await signedIn(api, Role.COORDINATOR)).token;
    const seen = await api.gql(ORGANIZATION_SERVICES, { id: partnerB.id }, coordinator);
    expect(seen.data!.organization.services).toEqual([{ id: serviceB.id }]);
    const unchanged = await api.gql<{ service: { capacity: number } }>(`query($id: ID!) { service(id: $id) { capacity } }`, { id: serviceB.id }, coordinator);
    expect(unchanged.data!.service.capacity).toBe(5);
    expect(errorCode(await api.gql(CREATE, { input: microLoan(partnerB.id) }, coordinator))).toBe('FORBIDDEN');
  });

  it('names each bad field: amounts, currency, ranges, capacity', async () => {
    const partner = await createOrganization(api.dataSource);
    const admin = (await signedIn(api, Role.ADMIN)).token;
    const badAmounts = await api.gql(
      CREATE,
      { input: { ...microLoan(partner.id), minAmount: { amount: '1e5', currency: 'YER' }, maxAmount: { amount: '-3', currency: 'XYZ' }, capacity: -1 } },
      admin,
    );
    expect(errorCode(badAmounts)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(badAmounts).map((error) => `${error.field}:${error.constraint}`).sort()).toEqual([
      'capacity:min',
      'maxAmount.amount:isAmount',
      'maxAmount.currency:isCurrency',
      'minAmount.amount:isAmount',
    ]);
    const reversed = await api.gql(
      CREATE,
      { input: { ...microLoan(partner.id), minAge: 40, maxAge: 20, minAmount: { amount: '900', currency: 'YER' }, maxAmount: { amount: '100', currency: 'YER' } } },
      admin,
    );
    expect(fieldErrors(reversed).map((error) => error.field).sort()).toEqual(['maxAge', 'maxAmount.amount']);
    const mixed = await api.gql(CREATE, { input: { ...microLoan(partner.id), maxAmount: { amount: '100000', currency: 'SAR' } } }, admin);
    expect(fieldErrors(mixed)).toEqual([expect.objectContaining({ field: 'maxAmount.currency', constraint: 'sameCurrency' })]);
    const noOrganization = await api.gql(CREATE, { input: microLoan('00000000-0000-4000-8000-000000000000') }, admin);
    expect(fieldErrors(noOrganization)).toEqual([expect.objectContaining({ field: 'organizationId', constraint: 'exists' })]);
  });

  it('updates only the given fields and checks ranges against the stored ones', async () => {
    const partner = await createOrganization(api.dataSource);
    const admin = (await signedIn(api, Role.ADMIN)).token;
    const created = (await api.gql(CREATE, { input: microLoan(partner.id) }, admin)).data!.createService;
    const updated = await api.gql(UPDATE, { id: created.id, input: { capacity: 100, gender: 'FEMALE', description: { ar: 'للنساء' } } }, admin);
    expect(updated.data!.updateService).toMatchObject({ capacity: 100, gender: 'FEMALE', minAge: 18, maxAge: 35, minAmount: { amount: '50000' } });
    const below = await api.gql(UPDATE, { id: created.id, input: { minAge: 50 } }, admin);
    expect(fieldErrors(below)).toEqual([expect.objectContaining({ field: 'maxAge', constraint: 'rangeOrder' })]);
    const cleared = await api.gql(UPDATE, { id: created.id, input: { minAmount: null, maxAmount: null, gender: null } }, admin);
    expect(cleared.data!.updateService).toMatchObject({ minAmount: null, maxAmount: null, gender: null });
  });

  it('filters by organisation, kind, category (an empty list serves everyone) and governorate', async () => {
    const partner = await createOrganization(api.dataSource, { nameEn: `Filter ${uniqueTag()}` });
    const open = await createService(api.dataSource, partner.id, { categories: [], governorates: ['YE-AB'] });
    const graduates = await createService(api.dataSource, partner.id, { categories: [ApplicantCategory.UNIVERSITY_GRADUATE], governorates: ['YE-HD'] });
    const admin = (await signedIn(api, Role.ADMIN)).token;
    const ids = async (filter: object) =>
      (await api.gql(SERVICES, { filter: { organizationId: partner.id, ...filter } }, admin)).data!.services.edges.map((edge) => edge.node.id);
    expect((await ids({})).sort()).toEqual([open.id, graduates.id].sort());
    expect(await ids({ category: 'DROPOUT' })).toEqual([open.id]);
    expect((await ids({ category: 'UNIVERSITY_GRADUATE' })).sort()).toEqual([open.id, graduates.id].sort());
    expect(await ids({ governorate: 'YE-HD' })).toEqual([graduates.id]);
    expect(await ids({ kind: 'GRANT' })).toEqual([]);
  });
});
