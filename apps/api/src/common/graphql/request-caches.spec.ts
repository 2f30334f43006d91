import { buildSchema, parse } from 'graphql';
import { createComplexityCache } from './complexity.plugin';
import { unsafeTextInRequest } from './input-hygiene.plugin';

const schema = buildSchema(`
  type Item { id: ID! name: String }
  type ItemEdge { node: Item }
  type ItemConnection { edges: [ItemEdge] }
  type Query { items(first: Int, search: String): ItemConnection! }
`);

describe('complexity per document and variables', () => {
  it('answers each document and variables with their own cost, the same when asked again', () => {
    const costOf = createComplexityCache();
    const document = parse(`query Q($first: Int) { items(first: $first) { edges { node { id name } } } }`);
    const ten = costOf(schema, document, 'Q', { first: 10 });
    const fifty = costOf(schema, document, 'Q', { first: 50 });
    expect(fifty).toBeGreaterThan(ten);
    expect(costOf(schema, document, 'Q', { first: 10 })).toBe(ten);
    expect(costOf(schema, parse(`{ items(first: 10) { edges { node { id } } } }`), undefined, undefined)).toBeLessThan(ten);
  });
});

describe('input hygiene with the document part worked out once', () => {
  it('checks each request\'s own variables against the same document', () => {
    const document = parse(`query Q($s: String) { items(search: $s) { edges { node { id } } } }`);
    expect(unsafeTextInRequest(document, { s: 'fine' })).toEqual([]);
    expect(unsafeTextInRequest(document, { s: 'bad\u0000' }).map((problem) => problem.field)).toEqual(['search']);
    expect(unsafeTextInRequest(document, { s: 'fine again' })).toEqual([]);
  });

  it('reports a literal of the document on every request, not only the first', () => {
    const document = parse(`{ items(search: "a\u202Eb") { edges { node { id } } } }`);
    expect(unsafeTextInRequest(document, {})).toHaveLength(1);
    expect(unsafeTextInRequest(document, {})).toHaveLength(1);
  });
});
