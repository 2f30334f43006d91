import type { Locale } from '@shuraka/domain';

/**
 * A message of the engine in both languages (the portal shows the user's, the API sends both). Every problem the
 * library reports is written with `say`, Arabic first, so that no message exists in one language only.
 */
export type Bilingual = Record<Locale, string>;

export const say = (ar: string, en: string): Bilingual => ({ ar, en });
