import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { operationLimitsRule } from './operation-limits.rule';

const schema = buildSchema(`
  type User { id: ID! friend: User name: String }
  type Query { me: User user(id: ID!): User }
  type Mutation { login(email: String!): String logout: Boolean }
`);
const rule = operationLimitsRule({ maxDepth: 5, maxAliases: 3, maxRootFields: 4, maxSelections: 40 });
const errors = (query: string) => validate(schema, parse(query), [...specifiedRules, rule]).map((error) => error.message);

/** `depth` nested `friend` fields around `inner`. */
const nest = (depth: number, inner: string) => 'friend { '.repeat(depth) + inner + ' }'.repeat(depth);

/** A chain of `length` fragments on `type`, each spreading the next one twice, the last one `last`. */
function doublingChain(type: string, length: number, last: string): string {
  const fragments = Array.from({ length }, (_, index) => `fragment F${index} on ${type} { ...F${index + 1} ...F${index + 1} }`);
  return `${fragments.join(' ')} fragment F${length} on ${type} { ${last} }`;
}

describe('operationLimitsRule', () => {
  it("lets GraphiQL's schema query through only where introspection is served", () => {
    const limits = { maxDepth: 10, maxAliases: 100, maxRootFields: 20, maxSelections: 2000 };
    const check = (introspectionDepthExempt: boolean) =>
      validate(schema, parse(getIntrospectionQuery()), [...specifiedRules, operationLimitsRule({ ...limits, introspectionDepthExempt })]).map((error) => error.message);
    expect(check(false)).toEqual([expect.stringMatching(/^Query is too deep: \d+ levels, at most 10\.$/)]);
    expect(check(true)).toEqual([]);
    expect(errors(`{ __schema { types { name } } me { ${nest(5, 'id')} } }`)).toEqual(['Query is too deep: 7 levels, at most 5.']);
  });

  it('measures depth through fragments and inline fragments, which add no level', () => {
    expect(errors(`{ me { ${nest(3, 'id')} } }`)).toEqual([]); // me › friend ×3 › id = 5
    expect(errors(`{ me { ${nest(4, 'id')} } }`)).toEqual(['Query is too deep: 6 levels, at most 5.']);
    expect(errors(`{ me { ...A } } fragment A on User { ... on User { friend { ...B } } } fragment B on User { friend { friend { id } } }`)).toEqual([]);
    expect(errors(`{ me { ...A } } fragment A on User { ... on User { friend { ...B } } } fragment B on User { ${nest(3, 'id')} }`)).toEqual([
      'Query is too deep: 6 levels, at most 5.',
    ]);
  });

  it('measures each fragment once: a chain that doubles 40 times is judged at once', () => {
    const started = Date.now();
    // Walked naively, 2^40 spreads. Each fragment holds 2 spreads, the last one `last` selections.
    const tooMany = (top: number, last: number) =>
      `Too many selections: ${top + 2 * (2 ** 40 - 1) + 2 ** 40 * last} once fragments are expanded, at most 40.`;
    expect(errors(`{ me { ...F0 } } ${doublingChain('User', 3, 'id')}`)).toEqual([]);
    expect(errors(`{ me { ...F0 } } ${doublingChain('User', 40, 'id')}`)).toEqual([tooMany(2, 1)]);
    expect(errors(`{ me { ...F0 } } ${doublingChain('User', 40, nest(5, 'id'))}`)).toEqual(['Query is too deep: 7 levels, at most 5.', tooMany(2, 6)]);
    expect(errors(`{ ...F0 } ${doublingChain('Query', 40, 'me { id }')}`)).toEqual([
      tooMany(1, 2),
      `Too many root fields: ${2 ** 40}, at most 4 in one operation.`,
    ]);
    expect(errors(`{ me { ...F0 } } ${doublingChain('User', 40, 'a: id')}`)).toEqual([`Too many aliases: ${2 ** 40}, at most 3 in one operation.`, tooMany(2, 1)]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('counts selections as often as their fragment is spread', () => {
    const twenty = Array.from({ length: 20 }, () => 'id').join(' ');
    expect(errors(`{ me { ...A } } fragment A on User { ${twenty.split(' ').slice(1).join(' ')} }`)).toEqual([]); // me, ...A, 19 ids
    expect(errors(`{ me { ...A ...A } } fragment A on User { ${twenty} }`)).toEqual(['Too many selections: 43 once fragments are expanded, at most 40.']);
  });

  it('counts aliases as often as their fragment is spread', () => {
    expect(errors(`{ a: me { b: id c: id } }`)).toEqual([]);
    expect(errors(`{ a: me { b: id c: id d: id } }`)).toEqual(['Too many aliases: 4, at most 3 in one operation.']);
    expect(errors(`{ me { ...A } x: me { ...A } } fragment A on User { a: id }`)).toEqual([]);
    expect(errors(`{ me { ...A } x: me { ...A ...A } } fragment A on User { a: id }`)).toEqual(['Too many aliases: 4, at most 3 in one operation.']);
  });

  it('counts root fields, aliases included, through fragments', () => {
    expect(errors(`{ me { id } user(id: 1) { id } ...R } fragment R on Query { a: me { id } ... on Query { b: me { id } } }`)).toEqual([]);
    expect(errors(`{ me { id } user(id: 1) { id } ...R ...R } fragment R on Query { a: me { id } }`)).toEqual([]);
    expect(errors(`{ me { id } user(id: 1) { id } c: me { id } ...R } fragment R on Query { a: me { id } b: me { id } }`)).toEqual([
      'Too many root fields: 5, at most 4 in one operation.',
    ]);
  });

  it('keeps login alone in its operation', () => {
    expect(errors(`mutation { login(email: "a") }`)).toEqual([]);
    expect(errors(`mutation { login(email: "a") logout }`)).toEqual(['login must be the only field of its operation.']);
    expect(errors(`mutation { a: login(email: "a") b: login(email: "b") }`)).toEqual(['login must be the only field of its operation.']);
    expect(errors(`mutation { ...L ...L } fragment L on Mutation { login(email: "a") }`)).toEqual(['login must be the only field of its operation.']);
  });

  it('refuses operation kinds the schema does not serve', () => {
    expect(errors(`subscription { me { id } }`)).toEqual(['This API serves no subscription operations.']);
  });

  it('leaves fragment cycles and unknown fragments to the standard rules', () => {
    expect(errors(`{ me { ...A } } fragment A on User { friend { ...B } } fragment B on User { friend { ...A } }`)).toEqual([
      'Cannot spread fragment "A" within itself via "B".',
    ]);
    expect(errors(`{ me { ...Missing } }`)).toEqual(['Unknown fragment "Missing".']);
  });
});
