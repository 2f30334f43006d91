import type { QuestionType } from '../model';

export type ParsedType =
  | { kind: 'question'; type: QuestionType; listName?: string }
  | { kind: 'begin'; type: 'GROUP' | 'REPEAT' }
  | { kind: 'end'; type: 'GROUP' | 'REPEAT' }
  | { kind: 'unsupported'; reason: string }
  | { kind: 'unknown' };

const SIMPLE: Record<string, QuestionType> = {
  text: 'TEXT',
  string: 'TEXT',
  integer: 'INTEGER',
  int: 'INTEGER',
  decimal: 'DECIMAL',
  date: 'DATE',
  note: 'NOTE',
  calculate: 'CALCULATE',
  // ODK's acknowledge is a single "OK" tick: Shuraka keeps it as a yes/no answer (see docs/questionnaires.md).
  acknowledge: 'BOOLEAN',
  trigger: 'BOOLEAN',
};

const UNSUPPORTED: Record<string, string> = {
  time: 'times of day are not supported (use text)',
  datetime: 'date-times are not supported (use date)',
  geopoint: 'locations (GPS) are not supported',
  geotrace: 'locations (GPS) are not supported',
  geoshape: 'locations (GPS) are not supported',
  'start-geopoint': 'locations (GPS) are not supported',
  'background-geopoint': 'locations (GPS) are not supported',
  image: 'media answers (photos, sound, video, files) are not supported',
  audio: 'media answers (photos, sound, video, files) are not supported',
  video: 'media answers (photos, sound, video, files) are not supported',
  file: 'media answers (photos, sound, video, files) are not supported',
  'background-audio': 'media answers (photos, sound, video, files) are not supported',
  barcode: 'barcodes are not supported',
  range: 'range sliders are not supported (use integer or decimal with a constraint)',
  rank: 'ranking questions are not supported (use select_multiple)',
  osm: 'OpenStreetMap questions are not supported',
  hidden: 'hidden questions are not supported (use calculate)',
  'xml-external': 'external data files are not supported',
  'csv-external': 'external data files are not supported',
  start: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
  end: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
  today: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
  deviceid: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
  subscriberid: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
  simserial: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
  phonenumber: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
  username: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
  email: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
  audit: 'device metadata (start, end, today, device, phone, user, audit) is not collected by Shuraka',
};

const SELECTS: Record<string, QuestionType | string> = {
  select_one: 'SELECT_ONE',
  'select one': 'SELECT_ONE',
  select_multiple: 'SELECT_MULTIPLE',
  'select multiple': 'SELECT_MULTIPLE',
  'select all that apply': 'SELECT_MULTIPLE',
  select_one_from_file: 'choices from a file (select_one_from_file) are not supported: put the choices in the choices sheet',
  select_multiple_from_file:
    'choices from a file (select_multiple_from_file) are not supported: put the choices in the choices sheet',
  select_one_external: 'external choices (select_one_external) are not supported: put the choices in the choices sheet',
  select_multiple_external:
    'external choices (select_multiple_external) are not supported: put the choices in the choices sheet',
};

/** Reads a `type` cell: `select_one  yes_no`, `begin group`, `begin_repeat`, `integer`, `geopoint`... */
export function parseType(cell: string): ParsedType {
  const text = cell.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const block = /^(begin|end)[ _-]?(group|repeat)$/.exec(lower);
  if (block) {
    const type = block[2] === 'group' ? 'GROUP' : 'REPEAT';
    return block[1] === 'begin' ? { kind: 'begin', type } : { kind: 'end', type };
  }
  if (SIMPLE[lower]) return { kind: 'question', type: SIMPLE[lower] };
  if (UNSUPPORTED[lower]) return { kind: 'unsupported', reason: UNSUPPORTED[lower] };
  if (lower.startsWith('uri:')) return { kind: 'unsupported', reason: UNSUPPORTED.deviceid };
  for (const prefix of Object.keys(SELECTS).sort((a, b) => b.length - a.length)) {
    if (!lower.startsWith(`${prefix} `)) continue;
    const target = SELECTS[prefix];
    if (target !== 'SELECT_ONE' && target !== 'SELECT_MULTIPLE') return { kind: 'unsupported', reason: target };
    const words = text.slice(prefix.length).trim().split(' ');
    if (words.length === 2 && words[1].toLowerCase() === 'or_other') {
      return { kind: 'unsupported', reason: '"or_other" is not supported: add an "other" choice and a text question' };
    }
    if (words.length !== 1) return { kind: 'unknown' };
    return { kind: 'question', type: target, listName: words[0] };
  }
  return { kind: 'unknown' };
}

/** ODK functions Shuraka's expressions deliberately leave out (device, external data, geometry, clock). */
export const UNSUPPORTED_FUNCTIONS = new Set([
  'instance',
  'jr:itext',
  'jr:choice-name',
  'pulldata',
  'now',
  'uuid',
  'digest',
  'base64-decode',
  'area',
  'distance',
  'geofence',
  'version',
  'property',
  'random',
  'randomize',
  'decimal-date-time',
  'decimal-time',
  'format-date',
  'format-date-time',
  'date-time',
  'count-non-empty',
  'checklist',
  'weighted-checklist',
  'current',
  'last-saved',
]);
