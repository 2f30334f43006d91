import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { pickLocalized, type Locale } from '@shuraka/domain';
import { writeSheets } from '@shuraka/xlsform/workbook';
import type { AuthUser } from '../../../common/auth/auth-user';
import { AppError } from '../../../common/errors/app-error';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { statusOf } from '../questionnaire.type';
import { QuestionnairesService } from '../questionnaires.service';
import { toCsv } from './response-csv';
import { responseTables, type ResponseRow } from './response-tables';
import { ExportFormat, fileDownload, safeFileName, XLSX_CONTENT_TYPE, type FileDownloadType } from './file-download.type';

/**
 * The responses of one questionnaire version as a file: who may follow the questionnaire (ADMIN, the lead's staff,
 * committee members: the rule of questionnaireCompletion) gets one row per assigned partner, submitted or not.
 */
@Injectable()
export class ResponsesExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  async export(user: AuthUser, questionnaireId: string, format: ExportFormat, language: string): Promise<FileDownloadType> {
    if (language !== 'ar' && language !== 'en') throw AppError.field('language', 'must be ar or en', 'isIn');
    const locale: Locale = language;
    const completion = await this.questionnaires.completion(user, questionnaireId);
    const { questionnaire } = completion;
    const organizations = await this.dataSource
      .getRepository(OrganizationEntity)
      .findBy({ id: In(completion.assignments.map((view) => view.assignment.organizationId)) });
    const nameOf = new Map(organizations.map((organization) => [organization.id, { ar: organization.nameAr, en: organization.nameEn }]));
    const rows: ResponseRow[] = completion.assignments.map(({ assignment }) => ({
      partner: nameOf.get(assignment.organizationId) ?? { ar: null, en: null },
      status: statusOf(assignment),
      submittedAt: assignment.submittedAt,
      lastSavedAt: assignment.lastSavedAt,
      answers: assignment.answers,
    }));
    const collator = new Intl.Collator(locale);
    rows.sort((a, b) => collator.compare(pickLocalized(a.partner, locale), pickLocalized(b.partner, locale)));
    const tables = responseTables(questionnaire.definition, rows, locale);
    const base = `${questionnaire.definition.formId || questionnaire.titleEn || 'questionnaire'}-v${questionnaire.version}-responses-${locale}`;
    if (format === ExportFormat.CSV) return fileDownload(safeFileName(base, 'csv'), 'text/csv; charset=utf-8', toCsv(tables.main));
    const content = await writeSheets([
      { name: locale === 'ar' ? 'الردود' : 'Responses', rows: tables.main, rightToLeft: locale === 'ar' },
      ...tables.repeats.map((repeat) => ({ name: repeat.title, rows: repeat.rows, rightToLeft: locale === 'ar' })),
    ]);
    return fileDownload(safeFileName(base, 'xlsx'), XLSX_CONTENT_TYPE, content);
  }
}
