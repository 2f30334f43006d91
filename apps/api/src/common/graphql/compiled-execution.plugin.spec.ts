import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLError, GraphQLObjectType, parse, type GraphQLFieldResolver, type GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from '../errors/app-error';
import { CompiledOperations, compilable, compiledExecutionPlugin, Lru } from './compiled-execution.plugin';

const typeDefs = `
  type Item { id: ID! name: String! secret: String }
  type Query { item(id: ID!): Item echo(text: String): String items(first: Int): [Item!]! }
  type Mutation { rename(id: ID!, name: String!): Item }
`;

interface Ctx {
  calls: string[];
}

const resolvers = {
  Query: {
    item: (_: unknown, { id }: { id: string }, ctx: Ctx) => {
      ctx.calls.push(`item:${id}`);
      if (id === 'hidden') throw new AppError(ErrorCode.NOT_FOUND, 'Item not found', { http: { status: 404 } });
      return { id, name: id === 'nameless' ? null : `name ${id}` };
    },
    echo: (_: unknown, { text }: { text: string | null }) => text,
    items: (_: unknown, { first }: { first: number | null }) => Array.from({ length: first ?? 2 }, (_, index) => ({ id: String(index), name: `n${index}` })),
  },
  Item: {
    secret: () => {
      throw new Error('database on fire');
    },
  },
  Mutation: {
    rename: (_: unknown, { id, name }: { id: string; name: string }) => ({ id, name }),
  },
};

/** The contract's formatter in miniature: AppErrors keep their code, anything else is a generic internal error. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.extensions.code } };
  if (formatted.extensions?.code === 'BAD_USER_INPUT') return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The schema with the resolvers above attached to its fields. */
function executableSchema() {
  const schema = buildSchema(typeDefs);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [fieldName, resolve] of Object.entries(fields)) type.getFields()[fieldName].resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}

async function serverWith(plugins: ReturnType<typeof compiledExecutionPlugin>[]) {
  const server = new ApolloServer<Ctx>({ schema: executableSchema(), plugins: plugins as never, formatError });
  await server.start();
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const calls: string[] = [];
    const response = await server.executeOperation({ query, variables }, { contextValue: { calls } });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, result: JSON.parse(JSON.stringify(response.body.singleResult)) as unknown, calls };
  };
  return { server, run };
}

describe('which documents graphql-jit may compile', () => {
  it('takes documents made of variables and names, with numbers, booleans, enums and objects of them', () => {
    expect(compilable(parse('query Q($id: ID!) { item(id: $id) { id name } }'))).toBe(true);
    expect(compilable(parse('{ items(first: 3) { id ...F @include(if: true) } } fragment F on Item { name }'))).toBe(true);
  });

  it('refuses a string literal anywhere (arguments, directives, variable defaults) and aliases beginning with __', () => {
    expect(compilable(parse('{ item(id: "1") { id } }'))).toBe(false);
    expect(compilable(parse('query Q($id: ID! = "1") { item(id: $id) { id } }'))).toBe(false);
    expect(compilable(parse('{ __proto__: items { id } }'))).toBe(false);
    expect(compilable(parse('{ items { __typename id } }'))).toBe(true);
    expect(compilable(parse('subscription { items { id } }'))).toBe(false);
  });
});

describe('the compiled plans kept', () => {
  it('keeps at most its capacity, dropping the least recently used', () => {
    const lru = new Lru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.size).toBe(2);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
  });

  it('compiles a document once, and again only after it was dropped', async () => {
    const operations = new CompiledOperations(2);
    const { server, run } = await serverWith([compiledExecutionPlugin(formatError, operations)]);
    const query = (n: number) => `query Q${n}($first: Int) { items(first: $first) { id } }`;
    await run(query(1), { first: 1 });
    await run(query(1), { first: 2 });
    expect(operations.compiled).toBe(1);
    await run(query(2));
    await run(query(3));
    expect(operations.size).toBe(2);
    expect((await run(query(1), { first: 1 })).result).toEqual({ data: { items: [{ id: '0' }] } });
    expect(operations.compiled).toBe(4);
    await server.stop();
  });
});

describe('execution through the compiled plan', () => {
  const operations = new CompiledOperations();
  let compiled: Awaited<ReturnType<typeof serverWith>>;
  let plain: Awaited<ReturnType<typeof serverWith>>;
  beforeAll(async () => {
    compiled = await serverWith([compiledExecutionPlugin(formatError, operations)]);
    plain = await serverWith([]);
  });
  afterAll(async () => {
    await compiled.server.stop();
    await plain.server.stop();
  });

  /** The same request on a server with the plugin and on one without: same status and body. */
  async function same(query: string, variables?: Record<string, unknown>) {
    const before = operations.compiled;
    const [jit, js] = await Promise.all([compiled.run(query, variables), plain.run(query, variables)]);
    expect({ status: jit.status, result: jit.result }).toEqual({ status: js.status, result: js.result });
    return { ...jit, compiledNow: operations.compiled > before };
  }

  it('answers as graphql-js does, data and errors: a resolver error keeps its code, path and status', async () => {
    const hidden = await same('query Hidden($id: ID!) { item(id: $id) { id name } }', { id: 'hidden' });
    expect(hidden.compiledNow).toBe(true);
    expect(hidden.status).toBe(404);
    expect(hidden.result).toEqual({
      data: { item: null },
      errors: [{ message: 'Item not found', path: ['item'], locations: [{ line: 1, column: 26 }], extensions: { code: 'NOT_FOUND' } }],
    });
    expect(hidden.calls).toEqual(['item:hidden']);
  });

  it('bubbles a null up to the nearest nullable field, and hides an unexpected error behind INTERNAL_SERVER_ERROR', async () => {
    const nameless = await same('query N($id: ID!) { item(id: $id) { id name } }', { id: 'nameless' });
    expect(nameless.result).toMatchObject({ data: { item: null }, errors: [{ path: ['item', 'name'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    const secret = await same('query S($first: Int) { items(first: $first) { id secret } }', { first: 2 });
    expect(secret.result).toMatchObject({ data: { items: [{ id: '0', secret: null }, { id: '1', secret: null }] } });
    expect(JSON.stringify(secret.result)).not.toContain('on fire');
  });

  it('runs mutations, and leaves variables that do not coerce to graphql-js (400, BAD_USER_INPUT)', async () => {
    const renamed = await same('mutation R($id: ID!, $name: String!) { rename(id: $id, name: $name) { id name } }', { id: '1', name: 'new' });
    expect(renamed.result).toEqual({ data: { rename: { id: '1', name: 'new' } } });
    const bad = await same('query B($first: Int) { items(first: $first) { id } }', { first: 'many' });
    expect(bad.status).toBe(400);
    expect(bad.result).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('never turns a string literal into code: such a document runs on graphql-js', async () => {
    // graphql-jit writes argument literals into the source it evaluates, and replaces its (public) Date marker with
    // `new Date(…)` by a regular expression: this literal would have run `globalThis.__jitInjected = 1`.
    const marker = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
    const text = `${marker}0)&&(globalThis.__jitInjected=1)&&new Date(0`;
    const echoed = await same(`{ echo(text: ${JSON.stringify(text)}) }`);
    expect(echoed.compiledNow).toBe(false);
    expect(echoed.result).toEqual({ data: { echo: text } });
    expect((globalThis as { __jitInjected?: number }).__jitInjected).toBeUndefined();
  });
});
