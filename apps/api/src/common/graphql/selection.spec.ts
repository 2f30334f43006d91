import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { fieldsAt, selectsPath, subfields } from './selection';

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

describe('fieldsAt and subfields', () => {
  it('give every alias of a field and the names below them', () => {
    let names: string[] = [];
    let aliases = 0;
    execute({
      schema,
      document: parse(`{ page { a: edges { node { id } } ...E } } fragment E on Page { edges { ... on Edge { node { applicant { id } } } } skipped: edges @skip(if: true) { node { x: id } } }`),
      rootValue: {
        page: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
          const nodes = fieldsAt(info, ['edges', 'node']);
          aliases = nodes.length;
          names = [...subfields(info, nodes).keys()].sort();
          return null;
        },
      },
    });
    expect(aliases).toBe(2);
    expect(names).toEqual(['applicant', 'id']);
  });
});
