/**
 * Folds the spelling variants Arabic writers mix freely, so that a search for
 * `موسسه العون` finds `مؤسسة العون للتنمية`: hamza forms of alef and of waw/ya, ta marbuta and ha,
 * alef maqsura and ya, tatweel and diacritics. Latin letters are lower-cased.
 * The API stores the folded names in `search_text` columns when it writes a row, and folds the query
 * the same way; rows written by other means need their `search_text` recomputed with this function, and a
 * change of this function needs a migration that re-folds the stored rows (see `FoldSearchDigits…`).
 */
import { toAsciiDigits } from './digits';

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/[أإآٱ]/g, 'ا'],
  [/ؤ/g, 'و'],
  [/ئ/g, 'ي'],
  [/ء/g, ''],
  [/ة/g, 'ه'],
  [/ى/g, 'ي'],
];

export function normalizeSearchText(input: string): string {
  let text = toAsciiDigits(input.normalize('NFC')).replace(DIACRITICS, '').replace(TATWEEL, '');
  for (const [pattern, replacement] of FOLDS) text = text.replace(pattern, replacement);
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
