import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Codes the API puts in `extensions.code`, plus NETWORK for "the request did not get through". */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

export interface ApiFieldError {
  /** Path inside `input`, dotted: `name.ar`, `branches.0.governorate`. */
  field: string;
  message: string;
  constraint?: string;
  /** The message in Arabic and English, when the rule that failed wrote both. */
  localized?: { ar: string | null; en: string | null };
  /** Uploaded spreadsheets: the 1-based row and the column header the error is about. */
  row?: number;
  column?: string;
}

export interface ApiError {
  code: ApiErrorCode;
  /** The server's message, when it sent one (shown for CONFLICT). */
  message: string;
  fieldErrors: ApiFieldError[];
  /** The rest of the error's `extensions` (a CONFLICT's `existingApplicantId`, `reasons`, `version`…), when there is any. */
  details?: Record<string, unknown>;
}

const KNOWN_CODES = new Set<ApiErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

/** Turns whatever Apollo hands back into one of a few cases the UI knows how to explain. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);

  if (ServerError.is(error)) {
    const errors = graphQLErrorsInBody(error.bodyText);
    if (errors.length > 0) {
      const parsed = fromGraphQLErrors(errors);
      if (parsed.code !== 'UNKNOWN') return parsed;
    }
    return fromHttpStatus(error.statusCode, error.message);
  }

  if (ServerParseError.is(error)) {
    // An HTML page from a proxy or captive portal instead of JSON: the API was not reached.
    return { code: 'NETWORK', message: error.message, fieldErrors: [] };
  }

  if (isFetchFailure(error)) {
    return { code: 'NETWORK', message: (error as Error).message, fieldErrors: [] };
  }

  const message = error instanceof Error ? error.message : '';
  return { code: 'UNKNOWN', message, fieldErrors: [] };
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  if (!error) return false;
  return toApiError(error).code === code;
}

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): ApiError {
  const first = errors.find((e) => KNOWN_CODES.has(codeOf(e) as ApiErrorCode)) ?? errors[0];
  const code = first ? codeOf(first) : undefined;
  const { code: _code, fieldErrors: _fieldErrors, ...details } = first?.extensions ?? {};
  return {
    code: code && KNOWN_CODES.has(code as ApiErrorCode) ? (code as ApiErrorCode) : 'UNKNOWN',
    message: first?.message ?? '',
    fieldErrors: errors.flatMap((e) => readFieldErrors(e.extensions?.fieldErrors)),
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}

function codeOf(error: GraphQLFormattedError): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

function readFieldErrors(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ApiFieldError[] => {
    if (!item || typeof item !== 'object') return [];
    const { field, message, constraint, localized, row, column } = item as Record<string, unknown>;
    if (typeof field !== 'string') return [];
    return [
      {
        field,
        message: typeof message === 'string' ? message : '',
        ...(typeof constraint === 'string' ? { constraint } : {}),
        ...(isLocalizedMessage(localized) ? { localized: { ar: localized.ar ?? null, en: localized.en ?? null } } : {}),
        ...(typeof row === 'number' ? { row } : {}),
        ...(typeof column === 'string' ? { column } : {}),
      },
    ];
  });
}

function isLocalizedMessage(value: unknown): value is { ar?: string | null; en?: string | null } {
  if (!value || typeof value !== 'object') return false;
  const { ar, en } = value as Record<string, unknown>;
  return typeof ar === 'string' || typeof en === 'string';
}

function graphQLErrorsInBody(bodyText: string | undefined): GraphQLFormattedError[] {
  if (!bodyText) return [];
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) ? (body.errors as GraphQLFormattedError[]) : [];
  } catch {
    return [];
  }
}

function fromHttpStatus(status: number, message: string): ApiError {
  const code: ApiErrorCode =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : status === 429
            ? 'TOO_MANY_REQUESTS'
            : status === 502 || status === 503 || status === 504 || status === 0
              ? 'NETWORK'
              : 'UNKNOWN';
  return { code, message, fieldErrors: [] };
}

function isFetchFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // fetch() rejects with a TypeError when offline, on DNS failure or a dropped connection.
  return error.name === 'TypeError' || error.name === 'AbortError' || /network|fetch|offline/i.test(error.message);
}
