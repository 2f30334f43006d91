import type { FieldError } from '../errors/app-error';

/**
 * Explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
 * reorder the text shown after them, so a name can display as something else ("Trojan Source").
 * The marks U+200E, U+200F and U+061C stay allowed: Arabic text uses them legitimately, and they
 * only set the direction of the neutral characters beside them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Why a string cannot be accepted, or null. NUL cannot be stored in PostgreSQL text at all. */
export function unsafeText(text: string): Omit<FieldError, 'field'> | null {
  if (text.includes('\u0000')) return { message: 'must not contain the NUL character (U+0000)', constraint: 'noNulCharacter' };
  if (BIDI_CONTROLS.test(text)) {
    return { message: 'must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)', constraint: 'noBidiControl' };
  }
  return null;
}
