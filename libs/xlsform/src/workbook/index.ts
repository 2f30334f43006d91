/**
 * Server side only (exceljs, Node buffers): reading and writing .xlsx files. The portal imports `@shuraka/xlsform`,
 * never this entry. Why exceljs: see docs/questionnaires.md.
 */
// exceljs is CommonJS: its default export works whether this file is compiled to CommonJS or run as ESM.
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import type { FormDefinition } from '../model';
import {
  CHOICES_COLUMNS,
  SETTINGS_COLUMNS,
  SURVEY_COLUMNS,
  SheetRows,
  XlsFormImport,
  XlsFormImportOptions,
  exportXlsFormSheets,
  importXlsFormSheets,
} from '../xlsform';

/** A sheet this large is not a questionnaire (and would only cost memory). */
export const MAX_SHEET_ROWS = 50_000;

/**
 * What the zip's entries may declare once inflated, checked before exceljs inflates them: a small upload can hold
 * gigabytes of XML (a zip bomb), and the row limit only applies once everything is in memory. The largest form of
 * the fixtures (the XLSForm spec's test form) holds 2.2 MB.
 */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

/** Reads an .xlsx XLSForm (survey, choices, settings) and imports it; a file that is no workbook is an issue too. */
export async function readXlsForm(file: Buffer, options: XlsFormImportOptions = {}): Promise<XlsFormImport> {
  let sheets: Record<string, SheetRows>;
  try {
    sheets = await readSheets(file);
  } catch (error) {
    const message = error instanceof WorkbookTooLargeError ? error.message : 'The file is not a readable .xlsx workbook';
    return { form: null, issues: [{ sheet: '', row: 0, code: 'INVALID', message }], skipped: [], ignored: [] };
  }
  return importXlsFormSheets(sheets, options);
}

class WorkbookTooLargeError extends Error {}

/**
 * Every sheet of a workbook as rows of header → text; `rows[i]` is spreadsheet row `i + 2`. Throws on a file that
 * is no zip, or whose entries declare more than MAX_UNCOMPRESSED_BYTES once inflated. With `percents`, a number
 * formatted as a percentage reads as shown (`0.5` under `0%` → `50%`), as a user who typed "50%" expects.
 */
export async function readSheets(file: Buffer, options: { percents?: boolean } = {}): Promise<Record<string, SheetRows>> {
  const declared = declaredUncompressedBytes(file);
  if (declared === null) throw new Error('not a zip archive');
  if (declared > MAX_UNCOMPRESSED_BYTES) {
    throw new WorkbookTooLargeError(`The workbook holds more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB once uncompressed`);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheets: Record<string, SheetRows> = {};
  for (const worksheet of workbook.worksheets) sheets[worksheet.name] = sheetRows(worksheet, options.percents ?? false);
  return sheets;
}

/**
 * The sum of the uncompressed sizes the zip's central directory declares (what jszip, under exceljs, trusts and
 * checks each inflated entry against), or null when there is no readable central directory. Zip64 markers count
 * as 4 GB: no questionnaire needs them.
 */
function declaredUncompressedBytes(file: Buffer): number | null {
  const END = 0x06054b50;
  const ENTRY = 0x02014b50;
  // The end record is the last 22 bytes, followed by a comment of at most 65535 bytes.
  let end = -1;
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 0xffff); at--) {
    if (file.readUInt32LE(at) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff) return 0xffffffff;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== ENTRY) return null;
    total += file.readUInt32LE(at + 24);
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return total;
}

function sheetRows(worksheet: Worksheet, percents: boolean): SheetRows {
  const headers = new Map<number, string>();
  worksheet.getRow(1).eachCell({ includeEmpty: false }, (cell, column) => {
    const header = cellText(cell.value);
    if (header.trim() !== '') headers.set(column, header);
  });
  // Formatting can stretch a sheet to a million rows: only rows holding a value count.
  let last = 1;
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    let filled = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!filled && cellText(cell.value).trim() !== '') filled = true;
    });
    if (filled) last = number;
  });
  if (last > MAX_SHEET_ROWS + 1) {
    throw new WorkbookTooLargeError(`Sheet "${worksheet.name}" has more than ${MAX_SHEET_ROWS} rows`);
  }
  const rows: SheetRows = [];
  for (let number = 2; number <= last; number++) {
    const row = worksheet.getRow(number);
    const record: Record<string, string> = {};
    for (const [column, header] of headers) {
      const cell = row.getCell(column);
      const text =
        percents && typeof cell.value === 'number' && isPercentFormat(cell.numFmt) ? `${numberText(cell.value * 100)}%` : cellText(cell.value);
      if (!(header in record) || (record[header] === '' && text !== '')) record[header] = text;
    }
    rows.push(record);
  }
  return rows;
}

/** A number format that shows its value times 100 with a % sign: a `%` outside quoted text and `\` escapes. */
function isPercentFormat(format: string | undefined): boolean {
  return /%/.test((format ?? '').replace(/"[^"]*"|\\./g, ''));
}

/**
 * The text of a cell as the author sees it: numbers without float noise or exponent (`2.0240515E7` → `20240515`),
 * Excel booleans as TRUE/FALSE, dates as YYYY-MM-DD (with the time when there is one), formulas by their cached
 * result, rich text and hyperlinks by their text, `_x000D_`-style escapes decoded, line ends as `\n`.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return unescapeXlsx(value).replace(/\r\n?/g, '\n');
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return cellText(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result !== undefined) return cellText(value.result as CellValue);
    // A file written without cached results: only the constant formulas can be read without a calculator.
    const formula = (value.formula ?? '').trim().toUpperCase();
    if (formula === 'TRUE()' || formula === 'TRUE') return 'TRUE';
    if (formula === 'FALSE()' || formula === 'FALSE') return 'FALSE';
    return '';
  }
  return '';
}

/**
 * OOXML escapes control characters as `_x000D_`. exceljs decodes shared strings once; tools that escaped twice
 * (`_x005F_x000D_`, as in the REACH form) still leave `_x000D_` in the text, which no author means literally.
 */
function unescapeXlsx(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(15)); // 0.1 + 0.2 stored as 0.30000000000000004
  if (Number.isInteger(rounded) && Math.abs(rounded) < 1e21) return BigInt(rounded).toString();
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  return rounded.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const iso = value.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.slice(0, 19);
}

/** The XLSForm of a form as an .xlsx file (survey, choices, settings). */
export async function writeXlsForm(form: FormDefinition): Promise<Buffer> {
  const sheets = exportXlsFormSheets(form);
  const keep = new Set(['type', 'name', 'list_name', 'form_title', 'form_id']);
  return writeSheets([
    { name: 'survey', rows: table(sheets.survey, SURVEY_COLUMNS, keep) },
    { name: 'choices', rows: table(sheets.choices, CHOICES_COLUMNS, keep) },
    { name: 'settings', rows: table(sheets.settings, SETTINGS_COLUMNS, keep) },
  ]);
}

/** Rows of header → text as a table: known columns first, then the others; empty columns left out. */
function table(rows: SheetRows, order: string[], keep: Set<string>): string[][] {
  const headers = [...order];
  for (const row of rows) for (const header of Object.keys(row)) if (!headers.includes(header)) headers.push(header);
  const used = headers.filter(
    (header) => keep.has(header) || header.startsWith('label::') || rows.some((row) => (row[header] ?? '') !== ''),
  );
  return [used, ...rows.map((row) => used.map((header) => row[header] ?? ''))];
}

/** A workbook of tables (first row = headers, frozen and bold); for exports. Numbers are written as numbers. */
export async function writeSheets(
  sheets: Array<{ name: string; rows: Array<Array<string | number>>; rightToLeft?: boolean }>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Shuraka';
  const names = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(uniqueSheetName(sheet.name, names), {
      views: [{ state: 'frozen', ySplit: 1, rightToLeft: Boolean(sheet.rightToLeft) }],
    });
    // Every string is written as text: a value like "=1+1" or "0012" must stay what it is.
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? ''));
    if (sheet.rows.length > 0) worksheet.getRow(1).font = { bold: true };
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`, unique regardless of case. */
function uniqueSheetName(wanted: string, used: Set<string>): string {
  const base = (wanted.replace(/[[\]:*?/\\]/g, ' ').trim() || 'Sheet').slice(0, 31);
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}-${n}`;
  used.add(name.toLowerCase());
  return name;
}
