import { toApiError } from '../../../../shared/utils/api-errors';

export interface XlsFormIssueRow {
  sheet: string;
  row: number;
  column?: string | null;
  code: 'UNSUPPORTED' | 'SYNTAX' | 'UNKNOWN_REFERENCE' | 'INVALID';
  message: string;
  question?: string | null;
}

const CODES = new Set(['UNSUPPORTED', 'SYNTAX', 'UNKNOWN_REFERENCE', 'INVALID']);

/** The rows of a refused import (BAD_USER_INPUT with `extensions.xlsformIssues`), in sheet and row order; [] otherwise. */
export function readXlsFormIssues(error: unknown): XlsFormIssueRow[] {
  const apiError = toApiError(error);
  const raw = apiError.details?.xlsformIssues;
  if (apiError.code !== 'BAD_USER_INPUT' || !Array.isArray(raw)) return [];
  const rows = raw.flatMap((item): XlsFormIssueRow[] => {
    if (!item || typeof item !== 'object') return [];
    const { sheet, row, column, code, message, question } = item as Record<string, unknown>;
    if (typeof sheet !== 'string' || typeof row !== 'number') return [];
    return [
      {
        sheet,
        row,
        column: typeof column === 'string' ? column : null,
        code: (typeof code === 'string' && CODES.has(code) ? code : 'INVALID') as XlsFormIssueRow['code'],
        message: typeof message === 'string' ? message : '',
        question: typeof question === 'string' ? question : null,
      },
    ];
  });
  const sheetOrder = (sheet: string) => ['survey', 'choices', 'settings'].indexOf(sheet) >>> 0;
  return rows.sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.sheet.localeCompare(b.sheet) || a.row - b.row);
}
