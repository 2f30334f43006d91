import { MemberRole, Role } from '@shuraka/domain';
import { createConsortium, createOrganization, signedIn } from '../../factories';
import { errorCode, fieldErrors, operation, startTestApp, type TestApp } from '../../support/test-app';

type Localized = { ar: string | null; en: string | null };
type Member = { role: string; organization: { id: string } };
type Consortium = { id: string; name: Localized; country: string; purpose: Localized; members: Member[] };

const CONSORTIUM = operation<{ consortium: Consortium }>(
  `query C($id: ID!) { consortium(id: $id) { id name { ar en } country purpose { ar en } members { role organization { id } } } }`,
);
const CREATE = operation<{ createConsortium: Consortium }>(`mutation Create($input: CreateConsortiumInput!) {
  createConsortium(input: $input) { id name { ar en } country purpose { ar } members { role organization { id } } }
}`);
const ADD = operation<{ addConsortiumMember: { id: string; members: Member[] } }>(
  `mutation Add($input: AddConsortiumMemberInput!) { addConsortiumMember(input: $input) { id members { role organization { id } } } }`,
);
const REMOVE = operation<{ removeConsortiumMember: { members: Array<{ organization: { id: string } }> } }>(
  `mutation Remove($input: RemoveConsortiumMemberInput!) { removeConsortiumMember(input: $input) { members { organization { id } } } }`,
);
const UPDATE = operation<{ updateConsortium: { name: Localized; country: string } }>(
  `mutation Update($id: ID!, $input: UpdateConsortiumInput!) { updateConsortium(id: $id, input: $input) { name { ar en } country } }`,
);

describe('consortia', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApp();
    admin = (await signedIn(api, Role.ADMIN)).token;
  });
  afterAll(() => api.close());

  it('an ADMIN creates a consortium whose lead organisation becomes its LEAD member', async () => {
    const smeps = await createOrganization(api.dataSource);
    const response = await api.gql(
      CREATE,
      { input: { name: { ar: 'شركاء التمكين والإقراض', en: 'Empowerment and Lending Partners' }, country: 'YE', leadOrganizationId: smeps.id, purpose: { ar: 'تنسيق الخدمات' } } },
      admin,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.createConsortium).toMatchObject({
      country: 'YE',
      purpose: { ar: 'تنسيق الخدمات' },
      members: [{ role: 'LEAD', organization: { id: smeps.id } }],
    });
  });

  it('refuses a bad country and an unknown lead, writing nothing', async () => {
    const response = await api.gql(
      CREATE,
      { input: { name: { ar: 'اتحاد' }, country: 'Yemen', leadOrganizationId: '00000000-0000-4000-8000-000000000000' } },
      admin,
    );
    expect(fieldErrors(response)).toEqual([expect.objectContaining({ field: 'country' })]);
    const unknownLead = await api.gql(
      CREATE,
      { input: { name: { ar: 'اتحاد' }, country: 'YE', leadOrganizationId: '00000000-0000-4000-8000-000000000000' } },
      admin,
    );
    expect(fieldErrors(unknownLead)).toEqual([expect.objectContaining({ field: 'leadOrganizationId', constraint: 'exists' })]);
    const partner = (await signedIn(api, Role.PARTNER_STAFF, (await createOrganization(api.dataSource)).id)).token;
    const lead = await createOrganization(api.dataSource);
    expect(errorCode(await api.gql(CREATE, { input: { name: { ar: 'اتحاد' }, country: 'YE', leadOrganizationId: lead.id } }, partner))).toBe(
      'FORBIDDEN',
    );
  });

  it('lists members lead first and refuses duplicates and a second lead with CONFLICT', async () => {
    const lead = await createOrganization(api.dataSource);
    const funder = await createOrganization(api.dataSource);
    const member = await createOrganization(api.dataSource);
    const consortium = await createConsortium(api.dataSource, lead.id);
    await api.gql(ADD, { input: { consortiumId: consortium.id, organizationId: funder.id, role: 'FUNDER' } }, admin);
    const added = await api.gql(ADD, { input: { consortiumId: consortium.id, organizationId: member.id, role: 'MEMBER' } }, admin);
    expect(added.data!.addConsortiumMember.members.map((m) => [m.role, m.organization.id])).toEqual([
      ['LEAD', lead.id],
      ['MEMBER', member.id],
      ['FUNDER', funder.id],
    ]);
    expect(errorCode(await api.gql(ADD, { input: { consortiumId: consortium.id, organizationId: member.id, role: 'OBSERVER' } }, admin))).toBe(
      'CONFLICT',
    );
    const other = await createOrganization(api.dataSource);
    expect(errorCode(await api.gql(ADD, { input: { consortiumId: consortium.id, organizationId: other.id, role: 'LEAD' } }, admin))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await api.gql(REMOVE, { input: { consortiumId: consortium.id, organizationId: lead.id } }, admin))).toBe('CONFLICT');
    const removed = await api.gql(REMOVE, { input: { consortiumId: consortium.id, organizationId: funder.id } }, admin);
    expect(removed.data!.removeConsortiumMember.members.map((m) => m.organization.id)).toEqual([lead.id, member.id]);
  });

  it("lets the lead organisation's staff manage membership, but not another member's staff", async () => {
    const lead = await createOrganization(api.dataSource);
    const member = await createOrganization(api.dataSource);
    const consortium = await createConsortium(api.dataSource, lead.id, [{ organizationId: member.id, role: MemberRole.MEMBER }]);
    const leadStaff = (await signedIn(api, Role.PARTNER_STAFF, lead.id)).token;
    const memberStaff = (await signedIn(api, Role.PARTNER_STAFF, member.id)).token;
    const newcomer = await createOrganization(api.dataSource);

    const byMember = await api.gql(ADD, { input: { consortiumId: consortium.id, organizationId: newcomer.id, role: 'MEMBER' } }, memberStaff);
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(UPDATE, { id: consortium.id, input: { name: { ar: 'مختطف' } } }, memberStaff))).toBe('FORBIDDEN');

    const byLead = await api.gql(ADD, { input: { consortiumId: consortium.id, organizationId: newcomer.id, role: 'MEMBER' } }, leadStaff);
    expect(byLead.errors).toBeUndefined();
    const renamed = await api.gql(UPDATE, { id: consortium.id, input: { name: { en: 'Renamed' }, country: 'SA' } }, leadStaff);
    expect(renamed.data!.updateConsortium).toEqual({ name: { ar: null, en: 'Renamed' }, country: 'SA' });
    const read = await api.gql(CONSORTIUM, { id: consortium.id }, memberStaff);
    expect(read.data!.consortium.members).toHaveLength(3);
  });

  it('pages consortia and answers NOT_FOUND for an unknown one', async () => {
    const response = await api.gql<{ consortia: { edges: unknown[] } }>(`{ consortia(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`, {}, admin);
    expect(response.data!.consortia.edges).toHaveLength(1);
    expect(errorCode(await api.gql(CONSORTIUM, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
  });
});

describe('matching weights per consortium', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const WEIGHTS = operation<{ updateConsortium: { matchingWeights: Record<string, number>; customMatchingWeights: boolean } }>(`mutation W($id: ID!, $input: UpdateConsortiumInput!) {
    updateConsortium(id: $id, input: $input) { matchingWeights { need trackRecord amountFit governorate district capacityHeadroom } customMatchingWeights }
  }`);

  it('uses the documented defaults until the lead sets weights adding up to 100', async () => {
    const lead = await createOrganization(api.dataSource);
    const consortium = await createConsortium(api.dataSource, lead.id);
    const leadStaff = (await signedIn(api, Role.PARTNER_STAFF, lead.id)).token;
    const read = await api.gql<{ consortium: unknown }>(`query($id: ID!) { consortium(id: $id) { matchingWeights { need trackRecord } customMatchingWeights } }`, { id: consortium.id }, leadStaff);
    expect(read.data!.consortium).toEqual({ matchingWeights: { need: 35, trackRecord: 20 }, customMatchingWeights: false });

    const wrong = await api.gql(WEIGHTS, { id: consortium.id, input: { matchingWeights: { need: 50, trackRecord: 20, amountFit: 15, governorate: 10, district: 10, capacityHeadroom: 10 } } }, leadStaff);
    expect(fieldErrors(wrong)).toEqual([expect.objectContaining({ field: 'matchingWeights', constraint: 'weightsSum' })]);
    const weights = { need: 50, trackRecord: 10, amountFit: 10, governorate: 10, district: 10, capacityHeadroom: 10 };
    const set = await api.gql(WEIGHTS, { id: consortium.id, input: { matchingWeights: weights } }, leadStaff);
    expect(set.data!.updateConsortium).toEqual({ matchingWeights: weights, customMatchingWeights: true });
    const reset = await api.gql(WEIGHTS, { id: consortium.id, input: { matchingWeights: null } }, leadStaff);
    expect(reset.data!.updateConsortium.customMatchingWeights).toBe(false);
  });
});
