import { pickLocalized, type Locale } from '@shuraka/domain';
import { toApiError } from '../../../shared/utils/api-errors';

/** One refused row of a progress sheet. */
export interface UploadRowError {
  /** 1-based spreadsheet row (the header is row 1); null when the problem is the file itself (row 0 or none). */
  row: number | null;
  column: string | null;
  message: string;
}

/**
 * The rows a refused progress upload names (BAD_USER_INPUT with one `fieldErrors` entry per bad row),
 * in the reader's language, in row order; [] for any other failure.
 */
export function readUploadRowErrors(error: unknown, locale: Locale): UploadRowError[] {
  const apiError = toApiError(error);
  if (apiError.code !== 'BAD_USER_INPUT') return [];
  return apiError.fieldErrors
    .map((fieldError) => ({
      row: fieldError.row !== undefined && fieldError.row > 0 ? fieldError.row : null,
      column: fieldError.column ?? null,
      message: (fieldError.localized ? pickLocalized(fieldError.localized, locale) : '') || fieldError.message,
    }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
