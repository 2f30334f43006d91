import { MemberRole, Role } from '@shuraka/domain';
import { BranchEntity } from '../../../src/modules/organizations/branch.entity';
import { createConsortium, createOrganization, createService, signedIn, uniqueTag } from '../../factories';
import { StatementCounter } from '../../support/statement-counter';
import { operation, startTestApp, type TestApp } from '../../support/test-app';

/** Only what the test reads is typed. */
const DIRECTORY_PAGE = operation<{ organizations: { edges: Array<{ node: { consortia: Array<{ members: unknown[] }> } }> } }>(`query Page($search: String, $first: Int) {
  organizations(filter: { search: $search }, first: $first) {
    totalCount
    edges { node {
      id name { ar }
      branches { governorate }
      services { id capacity organization { id } }
      consortia { id members { role organization { id name { ar } } } }
    } }
  }
}`);

describe('nested fields go through DataLoader', () => {
  const counter = new StatementCounter();
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ sqlLogger: counter });
  });
  afterAll(() => api.close());

  it('sends the same number of statements for 5 and for 50 organisations', async () => {
    const tag = uniqueTag();
    const organizations = [];
    for (let index = 0; index < 50; index += 1) {
      const organization = await createOrganization(api.dataSource, { nameAr: `منظمة ${tag} ${String(index).padStart(2, '0')}` });
      await createService(api.dataSource, organization.id);
      await api.dataSource.getRepository(BranchEntity).insert({ organizationId: organization.id, position: 0, nameAr: 'فرع', governorate: 'YE-HD' });
      organizations.push(organization);
    }
    for (let index = 0; index < 50; index += 10) {
      const [lead, ...rest] = organizations.slice(index, index + 10);
      await createConsortium(api.dataSource, lead.id, rest.map((member) => ({ organizationId: member.id, role: MemberRole.MEMBER })));
    }
    const { token } = await signedIn(api, Role.COORDINATOR);

    const statementsFor = async (first: number) => {
      counter.count = 0;
      counter.statements = [];
      const response = await api.gql(DIRECTORY_PAGE, { search: tag, first }, token);
      expect(response.errors).toBeUndefined();
      expect(response.data!.organizations.edges).toHaveLength(first);
      expect(response.data!.organizations.edges[first - 1].node.consortia[0].members).toHaveLength(10);
      if (process.env.DEBUG_SQL) console.log(counter.statements.join('\n'));
      return counter.count;
    };
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    // The page's organisations are primed in the loader, so a larger page may even need fewer.
    expect(large).toBeLessThanOrEqual(small);
    // user lookup, page + count, then at most one statement per nested loader
    expect(small).toBeLessThanOrEqual(8);
  });
});
