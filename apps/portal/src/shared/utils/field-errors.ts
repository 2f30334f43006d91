import type { ApiFieldError } from './api-errors';

import type { ReactNode } from 'react';

export interface MappedFieldErrors {
  /** Mantine form errors, keyed by the form field path. */
  errors: Record<string, ReactNode>;
  /** Errors whose field is not on the form: show them in the general alert. */
  unmatched: ApiFieldError[];
}

/**
 * Leaf paths of form values in the dotted form Mantine and the API share:
 * `{ name: { ar }, branches: [{ governorate }] }` → `name.ar`, `branches.0.governorate`.
 * Arrays of plain values (multi-selects) are one field.
 */
export function formFieldPaths(values: unknown, prefix = ''): string[] {
  if (Array.isArray(values)) {
    const objects = values.filter((item) => item !== null && typeof item === 'object');
    if (values.length === 0 || objects.length === 0) return prefix ? [prefix] : [];
    return values.flatMap((item, index) => formFieldPaths(item, join(prefix, String(index))));
  }
  if (values !== null && typeof values === 'object') {
    const entries = Object.entries(values as Record<string, unknown>);
    if (entries.length === 0) return prefix ? [prefix] : [];
    return entries.flatMap(([key, value]) => formFieldPaths(value, join(prefix, key)));
  }
  return prefix ? [prefix] : [];
}

/**
 * Finds the form field an API error belongs to:
 * the same path; else the first field inside it (`name` → `name.ar`);
 * else the nearest field above it (`governorates.2` → `governorates`).
 */
export function resolveFieldPath(field: string, fields: readonly string[]): string | undefined {
  const path = field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
  if (fields.includes(path)) return path;
  const inside = fields.find((candidate) => candidate.startsWith(`${path}.`));
  if (inside) return inside;
  const segments = path.split('.');
  for (let length = segments.length - 1; length > 0; length -= 1) {
    const parent = segments.slice(0, length).join('.');
    if (fields.includes(parent)) return parent;
  }
  return undefined;
}

/** Spreads the API's field errors over the form; the first message for a field wins. */
export function mapFieldErrors(
  fieldErrors: readonly ApiFieldError[],
  fields: readonly string[],
  describe: (error: ApiFieldError) => ReactNode,
): MappedFieldErrors {
  const errors: Record<string, ReactNode> = {};
  const unmatched: ApiFieldError[] = [];
  for (const error of fieldErrors) {
    const path = resolveFieldPath(error.field, fields);
    if (!path) {
      unmatched.push(error);
      continue;
    }
    if (!(path in errors)) errors[path] = describe(error);
  }
  return { errors, unmatched };
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
