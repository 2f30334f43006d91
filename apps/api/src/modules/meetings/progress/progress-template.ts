import { type Locale, RECOMMENDATION_STATUS_LABELS, type RecommendationStatus } from '@shuraka/domain';
import { writeSheets } from '@shuraka/xlsform/workbook';
import { toCsv } from '../../questionnaires/exports/response-csv';
import { PROGRESS_HEADERS } from './progress-sheet';

/** What the template shows of one recommendation. */
export interface TemplateRecommendation {
  number: number;
  text: { ar: string | null; en: string | null };
  status: RecommendationStatus;
  percent: number | null;
}

const TEXT_HEADER = { ar: 'التوصية', en: 'recommendation' };

/**
 * The progress sheet of a meeting's recommendations, ready to fill in: number, the recommendation's text (for the
 * reader; the upload ignores it), current status (a label in Arabic, the enum name in English: the upload reads
 * both), an empty note and the latest percent. Headers in `language`; the upload reads either language.
 */
export function progressTemplateRows(recommendations: TemplateRecommendation[], language: Locale): string[][] {
  const header = [PROGRESS_HEADERS.number, TEXT_HEADER, PROGRESS_HEADERS.status, PROGRESS_HEADERS.note, PROGRESS_HEADERS.percent].map(
    (names) => names[language],
  );
  const other: Locale = language === 'ar' ? 'en' : 'ar';
  return [
    header,
    ...[...recommendations]
      .sort((a, b) => a.number - b.number)
      .map((recommendation) => [
        String(recommendation.number),
        recommendation.text[language] ?? recommendation.text[other] ?? '',
        language === 'ar' ? RECOMMENDATION_STATUS_LABELS[recommendation.status].ar : recommendation.status,
        '',
        recommendation.percent === null ? '' : String(recommendation.percent),
      ]),
  ];
}

/** The template as CSV (UTF-8 with BOM, which Excel needs for Arabic) or as an .xlsx sheet (right to left in Arabic). */
export async function writeProgressTemplate(
  recommendations: TemplateRecommendation[],
  language: Locale,
  format: 'CSV' | 'XLSX',
): Promise<Buffer> {
  const rows = progressTemplateRows(recommendations, language);
  if (format === 'CSV') return toCsv(rows);
  return writeSheets([{ name: language === 'ar' ? 'التقدم' : 'progress', rows, rightToLeft: language === 'ar' }]);
}
