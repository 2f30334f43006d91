import Papa from 'papaparse';

/** Spreadsheet programs run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A table as CSV for spreadsheet programs: UTF-8 with a byte order mark (without it Excel reads Arabic as
 * mojibake), CRLF line ends, every field quoted when needed by papaparse. Text a partner typed that would start a
 * formula gets a leading apostrophe, the usual neutralisation; plain numbers (negative ones too) are left as they are.
 */
export function toCsv(rows: readonly string[][]): Buffer {
  const safe = rows.map((row) => row.map((value) => (FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value)));
  return Buffer.from(`\uFEFF${Papa.unparse(safe, { newline: '\r\n', quotes: false })}\r\n`, 'utf8');
}
