import { QueryFailedError } from 'typeorm';

/** SQLSTATE codes the services react to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_QUERY_CANCELED = '57014';

function sqlState(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error as { code?: string }).code : undefined;
}

/**
 * A unique index refused the row: the second of two concurrent writers lost the race the
 * preceding existence check could not close. Pass `constraint` to match one index only.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (sqlState(error) !== PG_UNIQUE_VIOLATION) return false;
  return constraint === undefined || (error as { constraint?: string }).constraint === constraint;
}

/** The statement ran past `statement_timeout` (or was cancelled). */
export function isQueryCanceled(error: unknown): boolean {
  return sqlState(error) === PG_QUERY_CANCELED;
}
