import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { isQueryCanceled } from '../database/postgres-errors';
import { AppError, type FieldError } from './app-error';

/** A statement or request ran past its time limit: the server's problem, and worth retrying later. */
export const TIMEOUT_CODE = 'SERVICE_UNAVAILABLE';
import { variableFieldErrors } from './variable-errors';

/** Codes that Apollo itself raises for malformed requests; they are safe to show as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** graphql-js's "Did you mean …?" hints name fields and enum values: schema details. */
const SUGGESTION = / ?Did you mean .+?\?$/s;

function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const fieldErrors = formatted.extensions?.fieldErrors as FieldError[] | undefined;
  return {
    ...formatted,
    message: formatted.message.replace(SUGGESTION, ''),
    ...(fieldErrors && {
      extensions: { ...formatted.extensions, fieldErrors: fieldErrors.map((error) => ({ ...error, message: error.message.replace(SUGGESTION, '') })) },
    }),
  };
}

/**
 * Maps every error to the contract's shape: AppErrors keep their code and field errors, Apollo's
 * own request errors keep theirs, anything else becomes a generic INTERNAL_SERVER_ERROR that is
 * logged with its stack here and never sent to the client.
 */
export function createErrorFormatter(logger: Logger, exposeDetails: boolean) {
  const format = formatError(logger, exposeDetails);
  // Field suggestions would let anyone rebuild the schema that disabled introspection hides.
  return exposeDetails ? format : (formatted: GraphQLFormattedError, error: unknown) => withoutSuggestions(format(formatted, error));
}

function formatError(logger: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const { http: _http, ...extensions } = original.extensions;
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      if (code === 'BAD_USER_INPUT' && !extensions.fieldErrors) {
        const fieldErrors = variableFieldErrors(formatted.message);
        if (fieldErrors) extensions.fieldErrors = fieldErrors;
      }
      return { ...formatted, extensions };
    }
    if (isQueryCanceled(original)) {
      logger.warn({ path: formatted.path }, 'SQL statement cancelled by statement_timeout (DB_STATEMENT_TIMEOUT_MS)');
      return { message: 'The request took too long and was stopped; try again later', path: formatted.path, extensions: { code: TIMEOUT_CODE } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: exposeDetails && original instanceof Error ? `Internal server error: ${original.message}` : 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
