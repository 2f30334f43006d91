import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@shuraka/domain';
import { AppError, ErrorCode } from '../errors/app-error';

/** Lists without `first` (e.g. Organization.services) are counted as this many items. */
export const UNPAGED_LIST_ESTIMATE = 10;

/**
 * Selections the estimator walks at most, fragments expanded (graphql-query-complexity re-walks a
 * fragment at every spread). A backstop: the operation limits rule refuses more than
 * MAX_SELECTIONS first.
 */
export const MAX_QUERY_NODES = 10_000;

/**
 * Cost of a field: its own cost (1, or the `complexity` set on its resolver: FIELD_COST), plus its
 * children's cost times the page size for connections (`first`, default 20) or times
 * UNPAGED_LIST_ESTIMATE for plain lists. Every alias is counted.
 */
export const listAwareEstimator: ComplexityEstimator = ({ args, childComplexity, field, type: parent }) => {
  const own = typeof field.extensions?.complexity === 'number' ? field.extensions.complexity : 1;
  // A connection's `edges` are already counted by the connection's page size.
  if (parent.name.endsWith('Connection')) return own + childComplexity;
  const type = field.type.toString();
  if (typeof args.first === 'number' || type.endsWith('Connection!')) {
    const first = typeof args.first === 'number' ? args.first : LIMITS.pageSizeDefault;
    return own + childComplexity * Math.max(first, 1);
  }
  if (type.startsWith('[')) return own + childComplexity * UNPAGED_LIST_ESTIMATE;
  return own + childComplexity;
};

function tooComplex(message: string, extensions: Record<string, unknown> = {}): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { ...extensions, http: { status: 400 } });
}

/** Costs remembered per document (Apollo's parsed-document cache hands out the same DocumentNode for the same query text). */
const COSTS_PER_DOCUMENT = 64;
/** Variables longer than this (an uploaded file as base64, a long list) are costed every time, never kept as a key. */
const MAX_REMEMBERED_VARIABLES = 2_048;

/**
 * The cost of an operation, computed once per document, operation name and variables (an inbox read
 * again with the same variables is not walked again); at most COSTS_PER_DOCUMENT of them per document,
 * forgotten together when full. Throws what getComplexity throws (not remembered).
 */
export function createComplexityCache() {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): number => {
    let ofDocument = costs.get(document);
    if (!ofDocument) costs.set(document, (ofDocument = new Map()));
    const key = JSON.stringify([operationName ?? null, variables ?? null]);
    const known = ofDocument.get(key);
    if (known !== undefined) return known;
    const complexity = getComplexity({ schema, operationName: operationName ?? undefined, query: document, variables, estimators: [listAwareEstimator], maxQueryNodes: MAX_QUERY_NODES });
    if (key.length > MAX_REMEMBERED_VARIABLES) return complexity;
    if (ofDocument.size >= COSTS_PER_DOCUMENT) ofDocument.clear();
    ofDocument.set(key, complexity);
    return complexity;
  };
}

/** Rejects operations costlier than `maxComplexity` before they run. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  const costOf = createComplexityCache();
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = costOf(schema, document, request.operationName, request.variables);
          } catch (error) {
            if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
              throw tooComplex(`Query is too complex: more than ${MAX_QUERY_NODES} selections once its fragments are expanded.`);
            }
            // Variables that do not fit the schema: the operation will not run, and Apollo reports
            // them as BAD_USER_INPUT when it coerces them.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (complexity > maxComplexity) {
            throw tooComplex(`Query is too complex: cost ${complexity}, budget ${maxComplexity}. Ask for fewer items or fields.`, {
              complexity,
              maxComplexity,
            });
          }
        },
      };
    },
  };
}
