import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { GraphQLError } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@shuraka/domain';
import { AppError, ErrorCode } from '../errors/app-error';

/** Lists without `first` (e.g. Organization.services) are counted as this many items. */
export const UNPAGED_LIST_ESTIMATE = 10;

/**
 * Cost of a field: 1, plus its children's cost times the page size for connections (`first`,
 * default 20) or times UNPAGED_LIST_ESTIMATE for plain lists. Every alias is counted.
 */
export const listAwareEstimator: ComplexityEstimator = ({ args, childComplexity, field, type: parent }) => {
  // A connection's `edges` are already counted by the connection's page size.
  if (parent.name.endsWith('Connection')) return 1 + childComplexity;
  const type = field.type.toString();
  if (typeof args.first === 'number' || type.endsWith('Connection!')) {
    const first = typeof args.first === 'number' ? args.first : LIMITS.pageSizeDefault;
    return 1 + childComplexity * Math.max(first, 1);
  }
  if (type.startsWith('[')) return 1 + childComplexity * UNPAGED_LIST_ESTIMATE;
  return 1 + childComplexity;
};

/** Rejects operations costlier than `maxComplexity` before they run. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [listAwareEstimator],
            });
          } catch (error) {
            // Variables that do not fit the schema: the operation will not run, and Apollo reports
            // them as BAD_USER_INPUT when it coerces them.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (complexity > maxComplexity) {
            throw new AppError(
              ErrorCode.BAD_USER_INPUT,
              `Query is too complex: cost ${complexity}, budget ${maxComplexity}. Ask for fewer items or fields.`,
              { complexity, maxComplexity, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
