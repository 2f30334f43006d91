import { normalizeSearchText, RECOMMENDATION_STATUS_LABELS, RecommendationStatus, toAsciiDigits } from '@shuraka/domain';
import { readSheets } from '@shuraka/xlsform/workbook';
import Papa from 'papaparse';

/** Most rows a progress sheet may hold (a meeting has a handful of recommendations; this is generous). */
export const MAX_PROGRESS_ROWS = 1000;

/** One filled row of a progress sheet: `row` is the 1-based spreadsheet row (the header is row 1). */
export interface ProgressRow {
  row: number;
  number: number;
  /** Null: the row does not move the status. */
  status: RecommendationStatus | null;
  note: string | null;
  percent: number | null;
}

/** A problem of one row (or of the whole file: row 0, or the header row 1), said in Arabic and English. */
export interface ProgressSheetIssue {
  row: number;
  /** The column header as written in the file, or the column's English name when the file lacks it. */
  column: string | null;
  message: { ar: string; en: string };
}

export interface ProgressSheet {
  rows: ProgressRow[];
  issues: ProgressSheetIssue[];
  /** The header of each column found, as written in the file (trimmed), for messages about a row's cell. */
  headers: Partial<Record<ProgressColumn, string>>;
}

export type ProgressColumn = 'number' | 'status' | 'note' | 'percent';

/** The headers each column is known by, English and Arabic (compared folded: case, hamza, ta marbuta, spaces). */
export const PROGRESS_HEADERS: Record<ProgressColumn, { ar: string; en: string; aliases: string[] }> = {
  number: { ar: 'الرقم', en: 'number', aliases: ['no', 'no.', '#', 'رقم', 'رقم التوصية'] },
  status: { ar: 'الحالة', en: 'status', aliases: ['حالة'] },
  note: { ar: 'ملاحظة', en: 'note', aliases: ['notes', 'progress note', 'ملاحظات', 'الملاحظة', 'الملاحظات'] },
  percent: { ar: 'النسبة', en: 'percent', aliases: ['%', 'percentage', 'نسبة', 'نسبة الإنجاز', 'النسبة المئوية'] },
};

const COLUMN_BY_HEADER = new Map<string, ProgressColumn>(
  (Object.keys(PROGRESS_HEADERS) as ProgressColumn[]).flatMap((column) => {
    const { ar, en, aliases } = PROGRESS_HEADERS[column];
    return [ar, en, ...aliases].map((name) => [normalizeSearchText(name), column] as [string, ProgressColumn]);
  }),
);

/** Status as written: the enum name (any case, spaces for underscores), or its Arabic or English label. */
const STATUS_BY_TEXT = new Map<string, RecommendationStatus>(
  Object.values(RecommendationStatus).flatMap((status) =>
    [status, status.replace(/_/g, ' '), RECOMMENDATION_STATUS_LABELS[status].ar, RECOMMENDATION_STATUS_LABELS[status].en].map(
      (text) => [normalizeSearchText(text), status] as [string, RecommendationStatus],
    ),
  ),
);

const NO_ROWS = { ar: 'لا صفوف في الملف تحت صف العناوين.', en: 'The file has no rows below its header row.' };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded progress sheet, CSV or XLSX (told apart by content: an .xlsx is a zip), into its filled rows or
 * the problems of its rows. Checks only what the file itself says (headers, numbers, known statuses, percent range,
 * a number given twice); whether each row may be applied is the recommendations' own rules, checked by the caller.
 */
export async function readProgressSheet(fileName: string, file: Buffer): Promise<ProgressSheet> {
  const isZip = file.length >= 4 && file.subarray(0, 4).equals(ZIP_MAGIC);
  if (isZip || /\.xlsx$/i.test(fileName)) {
    let sheets: Record<string, Array<Record<string, string>>>;
    try {
      sheets = await readSheets(file, { percents: true });
    } catch {
      return fileIssue('الملف ليس مصنف ‎.xlsx‎ مقروءًا (أو أنه كبير جدًا).', 'The file is not a readable .xlsx workbook (or it is too large).');
    }
    const [first] = Object.values(sheets);
    if (!first || first.length === 0) return fileIssue(NO_ROWS.ar, NO_ROWS.en);
    const headers = first.length > 0 ? Object.keys(first[0]) : [];
    return readProgressRows(headers, first);
  }
  return readProgressCsv(file);
}

/** A CSV progress sheet: UTF-8 with or without a byte order mark, separated by commas, semicolons or tabs. */
export function readProgressCsv(file: Buffer): ProgressSheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return fileIssue(
      'الملف ليس بترميز UTF-8: احفظه من برنامج الجداول بصيغة «CSV UTF-8» أو ‎.xlsx‎.',
      'The file is not UTF-8 text: save it from your spreadsheet program as "CSV UTF-8" or as .xlsx.',
    );
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fileIssue('الملف فارغ.', 'The file is empty.');
  // Papaparse guesses over empty lines too (the line end after the last row is one), which keeps a two-column file's
  // average below two fields per line and falls back to commas: guess without them, then read every line, so that
  // the rows keep their spreadsheet numbers.
  const delimiter = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy', preview: 20 }).meta.delimiter;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const [headerRow = [], ...records] = parsed.data;
  const headers = headerRow.map((header) => header ?? '');
  const rows = records.map((record) => {
    const row: Record<string, string> = {};
    headers.forEach((header, index) => {
      if (header.trim() === '') return;
      const value = record[index] ?? '';
      if (!(header in row) || (row[header] === '' && value !== '')) row[header] = value;
    });
    return row;
  });
  // Papaparse reads the line end after the last row as one more, empty record.
  while (rows.length > 0 && Object.values(rows[rows.length - 1]).every((value) => value.trim() === '')) rows.pop();
  return readProgressRows(headers, rows);
}

/**
 * The rows of a sheet (header → text; `rows[i]` is spreadsheet row i + 2) as progress rows. Empty rows are skipped;
 * every problem is reported, not only the first. `rows` holds the rows without a problem (the caller checks them
 * further, so that one answer names every bad row).
 */
export function readProgressRows(headers: string[], rows: Array<Record<string, string>>): ProgressSheet {
  const columns = new Map<ProgressColumn, string>();
  const issues: ProgressSheetIssue[] = [];
  for (const header of headers) {
    const column = COLUMN_BY_HEADER.get(normalizeSearchText(header));
    if (!column) continue; // other columns (the recommendation's text in the template) are for the reader
    if (columns.has(column)) {
      issues.push({ row: 1, column: header.trim(), message: { ar: `العمود «${header.trim()}» مكرر.`, en: `Column "${header.trim()}" appears twice.` } });
    } else columns.set(column, header);
  }
  if (!columns.has('number')) {
    issues.push({
      row: 1,
      column: 'number',
      message: { ar: 'ينقص الملف عمود «الرقم» (رقم التوصية).', en: 'The file has no "number" column (the recommendation\'s number).' },
    });
  }
  if (!columns.has('status') && !columns.has('note') && !columns.has('percent')) {
    issues.push({
      row: 1,
      column: 'status',
      message: {
        ar: 'ينقص الملف عمود «الحالة» أو «ملاحظة» أو «النسبة»: لا شيء يُحدَّث.',
        en: 'The file has none of the "status", "note" or "percent" columns: there is nothing to update.',
      },
    });
  }
  const found: Partial<Record<ProgressColumn, string>> = Object.fromEntries([...columns].map(([column, name]) => [column, name.trim()]));
  if (issues.length > 0) return { rows: [], issues, headers: found };

  const filled = rows.map((values, index) => ({ values, row: index + 2 })).filter(({ values }) => Object.values(values).some((value) => value.trim() !== ''));
  if (filled.length === 0) return fileIssue(NO_ROWS.ar, NO_ROWS.en, found);
  if (filled.length > MAX_PROGRESS_ROWS) {
    return fileIssue(`في الملف أكثر من ${MAX_PROGRESS_ROWS} صف.`, `The file has more than ${MAX_PROGRESS_ROWS} rows.`, found);
  }
  const cell = (values: Record<string, string>, column: ProgressColumn) => {
    const header = columns.get(column);
    return header === undefined ? '' : (values[header] ?? '').trim();
  };
  const header = (column: ProgressColumn) => found[column] ?? column;
  const result: ProgressRow[] = [];
  const firstRowOf = new Map<number, number>();
  for (const { values, row } of filled) {
    const before = issues.length;
    const issue = (column: ProgressColumn, ar: string, en: string) => issues.push({ row, column: header(column), message: { ar, en } });

    const numberText = toAsciiDigits(cell(values, 'number'));
    const number = /^\d{1,6}$/.test(numberText) ? Number(numberText) : null;
    if (numberText === '') issue('number', 'رقم التوصية فارغ.', 'The recommendation number is empty.');
    else if (number === null || number < 1) issue('number', `«${cell(values, 'number')}» ليس رقم توصية.`, `"${cell(values, 'number')}" is not a recommendation number.`);
    else if (firstRowOf.has(number)) {
      issue('number', `التوصية رقم ${number} مذكورة أيضًا في الصف ${firstRowOf.get(number)}.`, `Recommendation ${number} is also in row ${firstRowOf.get(number)}.`);
    } else firstRowOf.set(number, row);

    const statusText = cell(values, 'status');
    const status = statusText === '' ? null : (STATUS_BY_TEXT.get(normalizeSearchText(statusText)) ?? undefined);
    if (status === undefined) {
      issue(
        'status',
        `«${statusText}» ليست حالة؛ الحالات: مفتوحة، قيد التنفيذ، منجزة، ملغاة.`,
        `"${statusText}" is not a status; use OPEN, IN_PROGRESS, DONE or DROPPED.`,
      );
    }

    const percentText = toAsciiDigits(cell(values, 'percent')).replace(/[%٪]$/, '').trim();
    const percent = percentText === '' ? null : /^\d{1,3}$/.test(percentText) ? Number(percentText) : NaN;
    if (percent !== null && !(percent >= 0 && percent <= 100)) {
      issue('percent', `«${cell(values, 'percent')}» ليست نسبة بين 0 و100.`, `"${cell(values, 'percent')}" is not a percentage from 0 to 100.`);
    }

    const note = cell(values, 'note');
    if (issues.length === before && number !== null) {
      result.push({ row, number, status: status ?? null, note: note === '' ? null : note, percent });
    }
  }
  return { rows: result, issues, headers: found };
}

function fileIssue(ar: string, en: string, headers: ProgressSheet['headers'] = {}): ProgressSheet {
  return { rows: [], issues: [{ row: 0, column: null, message: { ar, en } }], headers };
}
