import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { ALL_PAGE_COLUMNS, pageColumns, pageSelection, type PageSelection } from './referral-page-columns';

const schema = buildSchema(`
  type Money { amount: String currency: String }
  type Text { ar: String en: String }
  type Service { id: ID name: Text kind: String maxAmount: Money }
  type Organization { id: ID name: Text }
  type Applicant { id: ID fullName: String phone: String governorate: String }
  type Event { to: String reason: String at: String }
  type Referral { id: ID status: String service: Service organization: Organization applicant: Applicant history: [Event] }
  type Edge { node: Referral }
  type Page { edges: [Edge] totalCount: Int }
  type Query { referrals: Page }
`);

/** What pageSelection says at the `referrals` field of this operation. */
function selectionOf(query: string, variables: Record<string, unknown> = {}): PageSelection {
  let answer: PageSelection | undefined;
  execute({
    schema,
    document: parse(query),
    variableValues: variables,
    rootValue: {
      referrals: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        answer = pageSelection(info);
        return null;
      },
    },
  });
  return answer!;
}

const sorted = (set: ReadonlySet<string> | null) => (set ? [...set].sort() : null);

describe('pageSelection', () => {
  it('collects the fields of each object under aliases, fragments, inline fragments, leaving out @skip/@include', () => {
    const selection = selectionOf(
      `query($show: Boolean!) { referrals { totalCount edges { n: node { id ...R s: service @include(if: $show) { kind } organization @skip(if: true) { id } } } } }
       fragment R on Referral { service { ... on Service { m: maxAmount { amount } } } applicant @include(if: $show) { phone } }`,
      { show: true },
    );
    expect(sorted(selection.node)).toEqual(['applicant', 'id', 'service']);
    expect(sorted(selection.service)).toEqual(['kind', 'maxAmount']);
    expect(selection.organization).toBeNull();
    expect(sorted(selection.applicant)).toEqual(['phone']);
    expect(selection.history).toBeNull();
    const hidden = selectionOf(`query($show: Boolean!) { referrals { edges { node { applicant @include(if: $show) { phone } } } } }`, { show: false });
    expect(hidden.applicant).toBeNull();
  });
});

describe('pageColumns', () => {
  const none = { service: null, organization: null, applicant: null, history: null };

  it("reads the inbox's columns: what its fields show, the ids and keys always, the owner check's registeredById", () => {
    const columns = pageColumns({
      node: new Set(['id', 'status', 'version', 'createdAt', 'updatedAt', 'declineReason', 'history', 'service', 'organization', 'applicant', '__typename']),
      service: new Set(['id', 'name', 'kind']),
      organization: new Set(['id', 'name']),
      applicant: new Set(['id', 'fullName', 'category', 'governorate']),
      history: new Set(['to', 'reason']),
    });
    expect(columns.referral).toEqual(['id', 'createdAt', 'updatedAt', 'applicantId', 'serviceId', 'organizationId', 'referredById', 'status', 'version', 'declineReason']);
    expect(columns.service).toEqual(['id', 'organizationId', 'nameAr', 'nameEn', 'kind']);
    expect(columns.organization).toEqual(['id', 'nameAr', 'nameEn']);
    expect(columns.applicant).toEqual(['id', 'fullName', 'category', 'governorate', 'registeredById']);
    expect(columns.history).toEqual(['id', 'toStatus', 'at', 'reason']);
    expect(columns.withHistory).toBe(true);
  });

  it('reads both columns of a Money, and the ids only of objects not selected', () => {
    const columns = pageColumns({ ...none, node: new Set(['amountDisbursed', 'service']), service: new Set(['maxAmount']) });
    expect(columns.referral).toEqual(['id', 'createdAt', 'applicantId', 'serviceId', 'organizationId', 'referredById', 'amountDisbursed', 'disbursedCurrency']);
    expect(columns.service).toEqual(['id', 'organizationId', 'maxAmount', 'currency']);
    expect(columns.organization).toEqual(['id']);
    expect(columns.applicant).toEqual(['id', 'registeredById']);
    expect(columns.withHistory).toBe(false);
  });

  it('reads every column of an object one of whose selected fields it does not know', () => {
    const columns = pageColumns({ ...none, node: new Set(['id', 'somethingNew']), applicant: new Set(['fullName', 'constructor']), history: new Set(['to', 'newField']) });
    expect(columns.referral).toEqual(ALL_PAGE_COLUMNS.referral);
    expect(columns.applicant).toEqual(ALL_PAGE_COLUMNS.applicant);
    expect(columns.history).toEqual(ALL_PAGE_COLUMNS.history);
    expect(columns.service).toEqual(['id', 'organizationId']);
  });
});
