import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectsPath } from './selection';

const schema = buildSchema(`
  type Applicant { id: ID! }
  type Node { id: ID! applicant: Applicant }
  type Edge { node: Node }
  type Page { edges: [Edge] total: Int }
  type Query { page: Page }
`);

/** What selectsPath says, at the `page` field, of `path` for this operation. */
function selectionOf(query: string, path: string[], variables: Record<string, unknown> = {}): boolean {
  let answer: boolean | undefined;
  execute({
    schema,
    document: parse(query),
    variableValues: variables,
    rootValue: {
      page: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        answer = selectsPath(info, path);
        return null;
      },
    },
  });
  return answer!;
}

const PATH = ['edges', 'node', 'applicant'];

describe('selectsPath', () => {
  it('finds a nested field, under aliases and through fragments and inline fragments', () => {
    expect(selectionOf(`{ page { edges { node { applicant { id } } } } }`, PATH)).toBe(true);
    expect(selectionOf(`{ page { e: edges { n: node { a: applicant { id } } } } }`, PATH)).toBe(true);
    expect(selectionOf(`{ page { ...P } } fragment P on Page { edges { node { ... on Node { applicant { id } } } } }`, PATH)).toBe(true);
  });

  it('does not find what is not selected or is left out by @skip / @include', () => {
    expect(selectionOf(`{ page { total edges { node { id } } } }`, PATH)).toBe(false);
    expect(selectionOf(`{ page { edges { node { applicant @skip(if: true) { id } } } } }`, PATH)).toBe(false);
    expect(selectionOf(`query($show: Boolean!) { page { edges { node { applicant @include(if: $show) { id } } } } }`, PATH, { show: false })).toBe(false);
    expect(selectionOf(`query($show: Boolean!) { page { edges { node { applicant @include(if: $show) { id } } } } }`, PATH, { show: true })).toBe(true);
    expect(selectionOf(`{ page { edges { ...N @skip(if: true) } } } fragment N on Edge { node { applicant { id } } }`, PATH)).toBe(false);
  });
});
