import { Locale, hasArabicScript } from '@shuraka/domain';

/** A language Shuraka keeps: the domain's locales. */
export type Lang = Locale;

/** What a header means once trimmed, case-folded and de-aliased. */
export interface ColumnInfo {
  /** The header as written in the file (what issues name). */
  header: string;
  /** Canonical column: `type`, `name`, `label`, `hint`, `required`, ..., `media`, or the trimmed header for others. */
  key: string;
  /** For translatable columns: `bare` (no `::language`), a language Shuraka keeps, or another one. */
  lang?: 'bare' | Lang | 'other';
  /** The language as written (`English (en)`), for messages. */
  langSpec?: string;
}

/** Headers are matched after trimming spaces and tabs (`name `, `form_title\t`) and collapsing inner whitespace. */
export function cleanHeader(header: string): string {
  return header.replace(/[\s\u00A0]+/g, ' ').trim();
}

const ALIASES: Record<string, string> = {
  type: 'type',
  command: 'type',
  name: 'name',
  value: 'name',
  tag: 'name',
  label: 'label',
  caption: 'label',
  hint: 'hint',
  required: 'required',
  'bind::required': 'required',
  required_message: 'required_message',
  'required message': 'required_message',
  requiredmsg: 'required_message',
  'jr:requiredmsg': 'required_message',
  'bind::jr:requiredmsg': 'required_message',
  constraint: 'constraint',
  'bind::constraint': 'constraint',
  constraint_message: 'constraint_message',
  'constraint message': 'constraint_message',
  'constraining message': 'constraint_message',
  'jr:constraintmsg': 'constraint_message',
  'bind::jr:constraintmsg': 'constraint_message',
  relevant: 'relevant',
  relevance: 'relevant',
  'bind::relevant': 'relevant',
  calculation: 'calculation',
  calculate: 'calculation',
  'bind::calculate': 'calculation',
  default: 'default',
  read_only: 'read_only',
  readonly: 'read_only',
  'bind::readonly': 'read_only',
  choice_filter: 'choice_filter',
  repeat_count: 'repeat_count',
  'jr:count': 'repeat_count',
  count: 'repeat_count',
  'control::jr:count': 'repeat_count',
  max_repeats: 'max_repeats',
  capability: 'capability',
  list_name: 'list_name',
  'list name': 'list_name',
  image: 'media',
  'big-image': 'media',
  audio: 'media',
  video: 'media',
  media: 'media',
  form_title: 'form_title',
  form_id: 'form_id',
  version: 'version',
  default_language: 'default_language',
};

const TRANSLATABLE = new Set(['label', 'hint', 'required_message', 'constraint_message', 'media', 'form_title']);

/** Reads `label::Arabic (ar)`, `bind::jr:constraintMsg::English`, `media::image::English (en)`, `name `... */
export function parseHeader(header: string): ColumnInfo {
  const clean = cleanHeader(header);
  const parts = clean.split('::').map((part) => part.trim());
  let base = parts[0].toLowerCase();
  let rest = parts.slice(1);
  if ((base === 'bind' || base === 'control') && rest.length > 0) {
    base = `${base}::${rest[0].toLowerCase()}`;
    rest = rest.slice(1);
  } else if (base === 'media' && rest.length > 0) {
    rest = rest.slice(1); // media::image::English → the language
  }
  const key = ALIASES[base];
  if (!key) return { header, key: clean };
  if (!TRANSLATABLE.has(key)) return rest.length === 0 ? { header, key } : { header, key: clean };
  if (rest.length === 0) return { header, key, lang: 'bare' };
  const langSpec = rest.join('::');
  return { header, key, lang: languageOf(langSpec) ?? 'other', langSpec };
}

const ENGLISH = new Set(['en', 'eng', 'english', 'anglais', 'inglés', 'ingles', 'الإنجليزية', 'الانجليزية', 'انجليزي', 'إنجليزي']);
const ARABIC = new Set(['ar', 'ara', 'arabic', 'arabe', 'árabe', 'العربية', 'عربي']);

/** `English (en)`, `english`, `Arabic (ar)`, `ar`, `العربية` → ar/en; anything else → undefined. */
export function languageOf(spec: string | null | undefined): Lang | undefined {
  if (!spec) return undefined;
  const code = /\(\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*\)\s*$/.exec(spec);
  const word = (code ? code[1] : spec).trim().toLowerCase();
  if (ENGLISH.has(word)) return 'en';
  if (ARABIC.has(word)) return 'ar';
  return undefined;
}

/** The language of a column without one: Arabic when most of its cells are in Arabic script. */
export function detectLanguage(cells: string[]): Lang {
  const filled = cells.filter((cell) => cell.trim() !== '');
  const arabic = filled.filter((cell) => hasArabicScript(cell)).length;
  return filled.length > 0 && arabic * 2 >= filled.length ? 'ar' : 'en';
}

/** The XLSForm spelling of a language column Shuraka writes (what Kobo and ODK match `default_language` with). */
export const LANGUAGE_COLUMN: Record<Lang, string> = { ar: 'Arabic (ar)', en: 'English (en)' };
