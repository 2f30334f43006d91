import type { Locale } from '@shuraka/domain';
import { writeSheets } from '@shuraka/xlsform/workbook';
import { AppError } from '../../common/errors/app-error';
import { toCsv } from '../questionnaires/exports/response-csv';
import { ExportFormat, fileDownload, safeFileName, XLSX_CONTENT_TYPE, type FileDownloadType } from '../questionnaires/exports/file-download.type';
import { dashboardTable, TABLE_TITLES } from './dashboard-tables';
import type { DashboardTable, DashboardType } from './dashboard.types';

/**
 * One table of a computed dashboard as CSV (UTF-8 with BOM) or XLSX (right to left in Arabic), in `language` (ar or
 * en) or else the request's `fallback` language.
 */
export async function exportDashboardTable(
  dashboard: DashboardType,
  table: DashboardTable,
  format: ExportFormat,
  language: string | null | undefined,
  fallback: Locale,
): Promise<FileDownloadType> {
  if (language && language !== 'ar' && language !== 'en') throw AppError.field('language', 'must be ar or en', 'isIn');
  const locale: Locale = (language as Locale | null | undefined) || fallback;
  const rows = dashboardTable(dashboard, table, locale);
  const base = `dashboard-${table.toLowerCase()}-${dashboard.from ?? 'start'}-${dashboard.to ?? 'now'}-${locale}`;
  if (format === ExportFormat.CSV) {
    return fileDownload(safeFileName(base, 'csv'), 'text/csv; charset=utf-8', toCsv(rows.map((row) => row.map(String))));
  }
  const content = await writeSheets([{ name: TABLE_TITLES[table][locale], rows, rightToLeft: locale === 'ar' }]);
  return fileDownload(safeFileName(base, 'xlsx'), XLSX_CONTENT_TYPE, content);
}
