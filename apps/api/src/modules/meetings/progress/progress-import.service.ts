import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Locale, RECOMMENDATION_STATUS_LABELS, type RecommendationStatus } from '@shuraka/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user';
import { AppError, ErrorCode, type FieldError } from '../../../common/errors/app-error';
import { decodeBase64File } from '../../../common/validation/base64-file';
import { fileDownload, safeFileName, XLSX_CONTENT_TYPE, type ExportFormat, type FileDownloadType } from '../../questionnaires/exports/file-download.type';
import { canManageConsortium, canReadConsortium, type ConsortiumAccess, consortiumAccess } from '../meeting-access';
import { visibleRecommendation } from '../meeting-loaders';
import { MeetingsService } from '../meetings.service';
import { RecommendationEntity } from '../recommendation.entity';
import { RecommendationsService } from '../recommendations.service';
import type { UpdateRecommendationInput } from '../dto/meeting.inputs';
import { type ProgressColumn, type ProgressRow, type ProgressSheetIssue, readProgressSheet } from './progress-sheet';
import { writeProgressTemplate } from './progress-template';

/** Largest progress sheet accepted, decoded: as for XLSForm files (its base64 fits the 1 MB request body limit). */
export const MAX_PROGRESS_SHEET_BYTES = 700 * 1024;

/** The updateRecommendation field each sheet column feeds, for naming the cell a refused update is about. */
const COLUMN_OF_FIELD: Record<string, ProgressColumn> = { progressNote: 'note', percent: 'percent', status: 'status' };

/**
 * Progress sheets of a meeting's recommendations: the template to fill in, and the upload that applies it. Every row
 * goes through RecommendationsService.updateLocked, the one writer of recommendation updates (the same rules as
 * updateRecommendation, for the uploader), in one transaction: any bad row and nothing changes.
 */
@Injectable()
export class ProgressImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly recommendations: RecommendationsService,
  ) {}

  /** The meeting's recommendations as a sheet to fill in, for whoever may read the meeting; headers in `language`. */
  async template(user: AuthUser, meetingId: string, format: ExportFormat, language: Locale): Promise<FileDownloadType> {
    const meeting = await this.meetings.get(user, meetingId);
    // Only the recommendations the user may see: an owner's staff outside the consortium sees the meeting for theirs.
    const visible = visibleRecommendation(await consortiumAccess(this.dataSource.manager, user));
    const rows = await this.dataSource
      .createQueryBuilder()
      .from(RecommendationEntity, 'r')
      .select(['r.number AS number', 'r.text_ar AS text_ar', 'r.text_en AS text_en', 'r.status AS status', 'r.percent AS percent'])
      .where('r.meeting_id = :meetingId', { meetingId: meeting.id })
      .andWhere(visible.sql, visible.params)
      .orderBy('r.number', 'ASC')
      .getRawMany<{ number: number; text_ar: string | null; text_en: string | null; status: RecommendationStatus; percent: number | null }>();
    const content = await writeProgressTemplate(
      rows.map((row) => ({ number: row.number, text: { ar: row.text_ar, en: row.text_en }, status: row.status, percent: row.percent })),
      language,
      format,
    );
    const base = `progress-${meeting.heldOn}-${meeting.titleEn ?? ''}`;
    return format === 'CSV'
      ? fileDownload(safeFileName(base, 'csv'), 'text/csv; charset=utf-8', content)
      : fileDownload(safeFileName(base, 'xlsx'), XLSX_CONTENT_TYPE, content);
  }

  /**
   * Applies an uploaded sheet (CSV or XLSX) to the meeting's recommendations. NOT_FOUND when the user may not see the
   * meeting; FORBIDDEN when they may report on none of its recommendations; BAD_USER_INPUT listing every bad row
   * (fieldErrors with `row` and `column`) when any row is bad, and then nothing changes. Rows that change nothing (the
   * template's untouched rows) are skipped. Returns the recommendations updated, in the sheet's order.
   */
  async importUpdates(
    user: AuthUser,
    input: { meetingId: string; fileName: string; fileBase64: string },
  ): Promise<{ updated: number; recommendations: RecommendationEntity[] }> {
    const meeting = await this.meetings.get(user, input.meetingId);
    const access = await consortiumAccess(this.dataSource.manager, user);
    if (!canManageConsortium(access, meeting.consortiumId)) {
      const [owns]: unknown[] = await this.dataSource.query(
        'SELECT 1 FROM recommendation r JOIN recommendation_owner o ON o.recommendation_id = r.id WHERE r.meeting_id = $1 AND o.organization_id = $2 LIMIT 1',
        [meeting.id, access.organizationId],
      );
      if (!owns) throw AppError.forbidden("Only the consortium's managers and the owners' staff report progress on this meeting's recommendations");
    }
    const file = decodeBase64File(input.fileBase64, MAX_PROGRESS_SHEET_BYTES);
    const sheet = await readProgressSheet(input.fileName, file);
    // A file the sheet reader refuses whole (no header, not a workbook) has no rows to check further.
    if (sheet.issues.some((issue) => issue.row <= 1)) throw refused(input.fileName, sheet.issues);

    return this.dataSource.transaction(async (manager) => {
      // Every recommendation of the meeting, locked in id order (the order every writer locks in), before any row.
      const locked = await manager.getRepository(RecommendationEntity).find({
        where: { meetingId: meeting.id },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      // Those the user may not see (an owner's staff outside the consortium: the others' recommendations) are no
      // numbers of theirs: a row about one reads as an unknown number, whether or not it would change anything.
      const seen = await this.readable(manager, access, meeting.consortiumId, locked);
      const byNumber = new Map(seen.map((recommendation) => [recommendation.number, recommendation]));
      // The rows the reader refused are reported with the ones the rules refuse: one answer names every bad row.
      const issues: ProgressSheetIssue[] = [...sheet.issues];
      const updated: RecommendationEntity[] = [];
      const header = (column: ProgressColumn) => sheet.headers[column] ?? column;
      for (const row of sheet.rows) {
        const recommendation = byNumber.get(row.number);
        if (!recommendation) {
          issues.push({
            row: row.row,
            column: header('number'),
            message: { ar: `لا توجد في هذا الاجتماع توصية رقم ${row.number}.`, en: `This meeting has no recommendation ${row.number}.` },
          });
          continue;
        }
        const update = changesOf(row, recommendation);
        if (!update) continue;
        const outcome = await this.applyRow(manager, user, access, recommendation, row, update, header);
        if ('issues' in outcome) issues.push(...outcome.issues);
        else updated.push(outcome.saved);
      }
      if (issues.length > 0) throw refused(input.fileName, issues);
      return { updated: updated.length, recommendations: updated };
    });
  }

  /** The recommendations among `locked` (one meeting's) that the user may read. */
  private async readable(
    manager: EntityManager,
    access: ConsortiumAccess,
    consortiumId: string,
    locked: RecommendationEntity[],
  ): Promise<RecommendationEntity[]> {
    if (canReadConsortium(access, consortiumId) || locked.length === 0) return locked;
    if (!access.organizationId) return [];
    const owned: Array<{ recommendation_id: string }> = await manager.query(
      'SELECT recommendation_id FROM recommendation_owner WHERE recommendation_id = ANY($1::uuid[]) AND organization_id = $2',
      [locked.map((recommendation) => recommendation.id), access.organizationId],
    );
    const ids = new Set(owned.map((row) => row.recommendation_id));
    return locked.filter((recommendation) => ids.has(recommendation.id));
  }

  /** One row through the writer, inside a savepoint: a refused row leaves nothing behind for the rows after it. */
  private async applyRow(
    manager: EntityManager,
    user: AuthUser,
    access: ConsortiumAccess,
    recommendation: RecommendationEntity,
    row: ProgressRow,
    update: UpdateRecommendationInput,
    header: (column: ProgressColumn) => string,
  ): Promise<{ saved: RecommendationEntity } | { issues: ProgressSheetIssue[] }> {
    await manager.query('SAVEPOINT progress_row');
    try {
      const saved = await this.recommendations.updateLocked(manager, user, recommendation, update, access);
      await manager.query('RELEASE SAVEPOINT progress_row');
      return { saved };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT progress_row');
      return { issues: rowIssues(error, row, recommendation, header) };
    }
  }
}

/** What a row changes, as updateRecommendation's input; null when it changes nothing (an untouched template row). */
function changesOf(row: ProgressRow, current: Pick<RecommendationEntity, 'number' | 'status' | 'percent'>): UpdateRecommendationInput | null {
  const update: UpdateRecommendationInput = {};
  if (row.status !== null && row.status !== current.status) update.status = row.status;
  if (row.note !== null) update.progressNote = row.note;
  if (row.percent !== null && row.percent !== current.percent) update.percent = row.percent;
  return Object.keys(update).length > 0 ? update : null;
}

/** The writer's refusal of one row, said about that row's cells. */
function rowIssues(
  error: AppError,
  row: ProgressRow,
  recommendation: Pick<RecommendationEntity, 'number' | 'status' | 'percent'>,
  header: (column: ProgressColumn) => string,
): ProgressSheetIssue[] {
  const n = recommendation.number;
  switch (error.code) {
    case ErrorCode.NOT_FOUND:
    case ErrorCode.FORBIDDEN:
      return [
        {
          row: row.row,
          column: header('number'),
          message: {
            ar: `لا يحق لكم تحديث التوصية رقم ${n}: ليست من توصيات منظمتكم.`,
            en: `You may not update recommendation ${n}: it is not your organisation's.`,
          },
        },
      ];
    case ErrorCode.CONFLICT: {
      const to = row.status ?? recommendation.status;
      const label = (status: RecommendationStatus) => RECOMMENDATION_STATUS_LABELS[status];
      return [
        {
          row: row.row,
          column: header('status'),
          message: {
            ar: `لا يمكن نقل التوصية رقم ${n} من «${label(recommendation.status).ar}» إلى «${label(to).ar}» مباشرة؛ أعيدوا فتحها أولًا.`,
            en: `Recommendation ${n}: ${error.message}`,
          },
        },
      ];
    }
    default: {
      const fieldErrors = (error.extensions.fieldErrors as FieldError[] | undefined) ?? [{ field: '', message: error.message }];
      return fieldErrors.map((fieldError) => {
        const column = COLUMN_OF_FIELD[fieldError.field];
        return {
          row: row.row,
          column: column ? header(column) : null,
          message: {
            ar: `التوصية رقم ${n}: ${fieldError.localized?.ar ?? fieldError.message}`,
            en: `Recommendation ${n}: ${fieldError.localized?.en ?? fieldError.message}`,
          },
        };
      });
    }
  }
}

/** BAD_USER_INPUT naming every bad row: one field error per problem, on field `file`, with its row and column. */
function refused(fileName: string, issues: ProgressSheetIssue[]): AppError {
  const sorted = [...issues].sort((a, b) => a.row - b.row);
  const fieldErrors: FieldError[] = sorted.map((issue) => ({
    field: 'file',
    row: issue.row,
    column: issue.column,
    message: issue.message.en,
    constraint: 'progressSheet',
    localized: issue.message,
  }));
  const shown = sorted.slice(0, 5).map((issue) => `${issue.row > 0 ? `row ${issue.row}: ` : ''}${issue.message.en}`);
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    `${fileName} was not applied, nothing changed (${sorted.length} problem${sorted.length === 1 ? '' : 's'}): ${shown.join(' ')}${sorted.length > 5 ? ' …' : ''}`,
    { fieldErrors },
  );
}
