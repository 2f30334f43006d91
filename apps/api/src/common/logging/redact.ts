/**
 * What of an error may be written to the log. Database errors carry the statement's parameters
 * (TypeORM's QueryFailedError.parameters: names, phone numbers, password hashes) and PostgreSQL's
 * `detail` and `where` ("Key (phone)=(…)", "Failing row contains (…)"); their messages can quote a
 * rejected value ('invalid input syntax for type uuid: "…"'). None of that is kept: the log says
 * what failed (type, SQLSTATE, constraint, table, column, the SQL with its placeholders, the stack).
 */
const DATABASE_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine'] as const;
const MAX_DEPTH = 3;

interface DatabaseErrorLike {
  code?: unknown;
  severity?: unknown;
  detail?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  schema?: unknown;
}

export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: '[not an Error: not logged]' };
  const record = error as Error & { driverError?: unknown; query?: unknown; cause?: unknown; code?: unknown; extensions?: { code?: unknown } };
  const driver = (record.driverError ?? record) as DatabaseErrorLike;
  const fromDatabase = isDatabaseError(driver) || record.driverError !== undefined;
  const out: Record<string, unknown> = { type: error.constructor?.name ?? error.name };
  let message = error.message;
  if (fromDatabase) {
    const identifiers = new Set([driver.constraint, driver.table, driver.column, driver.schema].filter((value) => typeof value === 'string'));
    message = maskQuoted(message, identifiers);
    for (const field of DATABASE_FIELDS) {
      const value = (driver as Record<string, unknown>)[field];
      if (typeof value === 'string' || typeof value === 'number') out[field] = value;
    }
    if (typeof record.query === 'string') out.query = record.query.slice(0, 2000);
  } else if (typeof record.code === 'string') {
    out.code = record.code;
  }
  out.message = message;
  if (error.stack) out.stack = replaceHeader(error.stack, `${error.name}: ${message}`);
  if (record.cause !== undefined && depth < MAX_DEPTH) out.cause = serializeError(record.cause, depth + 1);
  return out;
}

/** pg's DatabaseError: a five-character SQLSTATE and a severity. */
function isDatabaseError(value: DatabaseErrorLike): boolean {
  return typeof value.code === 'string' && /^[0-9A-Z]{5}$/.test(value.code) && typeof value.severity === 'string';
}

/** Quoted values become "…", except the names of the constraint, table or column (useful, not personal). */
function maskQuoted(message: string, identifiers: Set<unknown>): string {
  return message.replace(/"([^"]*)"/g, (whole, inner: string) => (identifiers.has(inner) ? whole : '"…"'));
}

/** The stack's first lines repeat the original message; they are replaced by the masked one. */
function replaceHeader(stack: string, header: string): string {
  const frames = stack.indexOf('\n    at ');
  return frames >= 0 ? `${header}${stack.slice(frames)}` : header;
}
