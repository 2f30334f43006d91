/** Before and after of each field that changed; absent `before` on creation, absent `after` on deletion. */
export type AuditChanges = Record<string, { before?: unknown; after?: unknown }>;

/** Never written to the log: secrets, and text derived from fields that are logged anyway. */
const REDACTED = new Set(['passwordHash', 'nationalIdHash']);
const OMITTED = new Set(['id', 'searchText', 'createdAt', 'updatedAt']);
export const REDACTED_VALUE = '[redacted]';

function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * The fields whose value differs between `before` and `after` (either may be null: creation,
 * deletion). Secrets show only that they changed.
 */
export function changesOf(before: object | null, after: object | null): AuditChanges {
  const old = (before ?? {}) as Record<string, unknown>;
  const now = (after ?? {}) as Record<string, unknown>;
  const changes: AuditChanges = {};
  for (const field of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (OMITTED.has(field)) continue;
    const was = plain(old[field]);
    const is = plain(now[field]);
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    const change: { before?: unknown; after?: unknown } = {};
    if (before) change.before = REDACTED.has(field) ? REDACTED_VALUE : was;
    if (after) change.after = REDACTED.has(field) ? REDACTED_VALUE : is;
    changes[field] = change;
  }
  return changes;
}
