import type { ApolloServerPlugin, GraphQLRequestContextResponseForOperation, GraphQLResponse, HeaderMap } from '@apollo/server' with {
  'resolution-mode': 'import',
};
import { GraphQLError, Kind, visit, BREAK, type DocumentNode, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from './context';

/** Compiled operations kept (least recently used dropped first); the portal sends about a hundred distinct documents. */
export const COMPILED_OPERATIONS = 200;

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Whether graphql-jit may turn this document into JavaScript source. graphql-jit writes argument literals into the
 * source it evaluates (`new Function`) through a JSON step whose Date marker is then replaced by a regular expression:
 * a string literal carrying that (public) marker becomes code, i.e. any client could run code on the server
 * (compiled-execution.plugin.spec.ts shows it). A document qualifies only when it has no string literal anywhere
 * (arguments, directives, variable defaults, nested in lists and objects): everything else in the generated source is
 * then a GraphQL Name (letters, digits, `_`), a number, a boolean, null, or comes from our own schema. Names that
 * begin with `__` other than `__typename` (an alias `__proto__`) are refused too. What the portal sends is variables
 * and Names only, so all of its documents qualify.
 */
export function compilable(document: DocumentNode): boolean {
  let ok = true;
  visit(document, {
    enter(node) {
      const refused =
        node.kind === Kind.STRING ||
        (node.kind === Kind.FIELD && node.alias !== undefined && node.alias.value.startsWith('__')) ||
        (node.kind === Kind.OPERATION_DEFINITION && node.operation === 'subscription');
      if (!refused) return undefined;
      ok = false;
      return BREAK;
    },
  });
  return ok;
}

/** A bounded least-recently-used map (a Map keeps insertion order: a hit is moved to the end, the first key is the oldest). */
export class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(readonly capacity: number) {}
  get size(): number {
    return this.entries.size;
  }
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
  }
}

function isThenable(value: object): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown }).then === 'function';
}

/** What a document compiles to: its plan, or null when it is left to graphql-js (not compilable, or graphql-jit refused it). */
type Plan = CompiledQuery | null;

/**
 * Apollo's error formatting for a response a plugin returns (Apollo formats only what its own `execute` returned):
 * each error's `extensions.code` defaults to INTERNAL_SERVER_ERROR, an `extensions.http` sets the response's status
 * and is not sent, then our formatError maps it to the contract (errorNormalize.js `normalizeAndFormatErrors`).
 */
export function formatErrorsAsApollo(errors: readonly GraphQLError[], formatError: FormatError): { errors: GraphQLFormattedError[]; status?: number } {
  let status: number | undefined;
  const formatted = errors.map((error) => {
    const { http, ...rest } = error.extensions ?? {};
    const extensions = { ...rest, code: rest.code ?? 'INTERNAL_SERVER_ERROR' };
    const httpStatus = (http as { status?: unknown } | undefined)?.status;
    if (typeof httpStatus === 'number') status = httpStatus;
    try {
      return formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  });
  return { errors: formatted, status };
}

/**
 * Each document's compiled plan (which resolvers to call, how to complete each value), compiled once and kept in a
 * bounded LRU keyed as Apollo keys its parsed documents (the query text's hash), plus the operation's name. A new
 * schema starts afresh.
 */
export class CompiledOperations {
  private plans: Lru<Plan>;
  private schema: GraphQLSchema | undefined;
  /** Documents compiled so far (the cache's misses that qualified). */
  compiled = 0;

  constructor(readonly capacity = COMPILED_OPERATIONS) {
    this.plans = new Lru<Plan>(capacity);
  }

  get size(): number {
    return this.plans.size;
  }

  planFor(schema: GraphQLSchema, document: DocumentNode, queryHash: string, operationName: string | null): Plan {
    if (schema !== this.schema) {
      this.plans = new Lru<Plan>(this.capacity);
      this.schema = schema;
    }
    const key = `${queryHash}:${operationName ?? ''}`;
    const known = this.plans.get(key);
    if (known !== undefined) return known;
    let plan: Plan = null;
    if (compilable(document)) {
      const compiled = compileQuery(schema, document, operationName ?? undefined, { useExperimentalPathBasedSkipInclude: true });
      plan = isCompiledQuery(compiled) ? compiled : null;
      this.compiled += 1;
    }
    this.plans.set(key, plan);
    return plan;
  }
}

/**
 * Executes queries and mutations with graphql-jit instead of graphql-js, from the plans `operations` keeps. Runs in
 * `responseForOperation`, that is after parsing, validation and every plugin's `didResolveOperation` (operation
 * limits, complexity, input hygiene, rate limit). The resolvers are the schema's own (Nest's, with their guards),
 * called with the same (root, args, context, info); errors are formatted by the same formatError as graphql-js's.
 *
 * Falls back to graphql-js (returns null) for a document that does not qualify (`compilable`: no string literal, no
 * subscription), and when the variables do not coerce: graphql-jit checks them before any resolver runs, and
 * graphql-js then reports them with Apollo's usual BAD_USER_INPUT and status 400.
 */
export function compiledExecutionPlugin(formatError: FormatError, operations = new CompiledOperations()): ApolloServerPlugin<RequestContext> {
  async function respond(requestContext: GraphQLRequestContextResponseForOperation<RequestContext>): Promise<GraphQLResponse | null> {
    const { schema, document, queryHash, operationName, request, contextValue } = requestContext;
    if (!queryHash) return null;
    const plan = operations.planFor(schema, document, queryHash, operationName);
    if (!plan) return null;
    const running = plan.query(undefined, contextValue, request.variables ?? {});
    // Variables that do not coerce: nothing ran; graphql-js reports them as it always has.
    if (!isThenable(running) && !('data' in running)) return null;
    const result: ExecutionResult = await running;
    const http = { status: undefined as number | undefined, headers: new Map() as HeaderMap };
    if (!result.errors?.length) return { http, body: { kind: 'single', singleResult: { data: result.data } } };
    const { errors, status } = formatErrorsAsApollo(result.errors, formatError);
    http.status = status;
    return { http, body: { kind: 'single', singleResult: { data: result.data, errors } } };
  }

  return {
    async requestDidStart() {
      return { responseForOperation: respond };
    },
  };
}
