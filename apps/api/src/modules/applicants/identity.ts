import { createHmac } from 'node:crypto';
import { toAsciiDigits } from '@shuraka/domain';

/** National ids compare without spaces, dashes or letter case, and with ASCII digits. */
export function normalizeNationalId(raw: string): string {
  return toAsciiDigits(raw).replace(/[\s-]/g, '').toUpperCase();
}

/** Keyed hash of a normalised national id: finds duplicates, reveals nothing without the key. */
export function hashNationalId(normalized: string, key: string): string {
  return createHmac('sha256', key).update(normalized).digest('hex');
}

export function lastDigits(normalized: string): string {
  return normalized.slice(-4);
}
