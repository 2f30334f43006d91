import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { readXlsForm, writeXlsForm } from '@shuraka/xlsform/workbook';
import type { AuthUser } from '../../../common/auth/auth-user';
import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { decodeBase64File } from '../../../common/validation/base64-file';
import { fileDownload, safeFileName, XLSX_CONTENT_TYPE } from '../exports/file-download.type';
import { QuestionnairesService, type QuestionnaireView } from '../questionnaires.service';
import type { ImportXlsFormInput, XlsFormRowIssueType } from './xlsform.types';

/** Largest XLSForm accepted, decoded. Its base64 (4/3 larger) still fits the 1 MB request body limit. */
export const MAX_XLSFORM_BYTES = 700 * 1024;

/** XLSForm files in and out of the questionnaires (`@shuraka/xlsform/workbook`, exceljs). */
@Injectable()
export class QuestionnaireFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  async importXlsForm(user: AuthUser, input: ImportXlsFormInput): Promise<{ view: QuestionnaireView; skipped: XlsFormRowIssueType[] }> {
    // Reading a workbook is the costly part: only those who may store the result get it read (saveImported checks
    // again, in its transaction).
    await this.questionnaires.requireManager(this.dataSource.manager, user, input.consortiumId, 'consortiumId');
    const file = decodeBase64File(input.fileBase64, MAX_XLSFORM_BYTES);
    const imported = await readXlsForm(file, { skipUnsupported: input.skipUnsupported ?? false });
    if (imported.issues.length > 0 || !imported.form) {
      const issues = imported.issues.map(toIssue);
      const shown = issues.slice(0, 5).map((issue) => `${issue.sheet}${issue.row ? ` row ${issue.row}` : ''}: ${issue.message}`);
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `${input.fileName} cannot be imported (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${shown.join('; ')}${issues.length > 5 ? '; …' : ''}`,
        {
          fieldErrors: [{ field: 'fileBase64', message: `${issues.length} problem(s) in the XLSForm, listed row by row in xlsformIssues`, constraint: 'xlsform' }],
          xlsformIssues: issues,
        },
      );
    }
    const view = await this.questionnaires.saveImported(user, input.consortiumId, imported.form, input.questionnaireId);
    return { view, skipped: imported.skipped.map(toIssue) };
  }

  /** The XLSForm of a questionnaire version, for whoever may read it. */
  async exportXlsForm(user: AuthUser, id: string) {
    const { questionnaire } = await this.questionnaires.get(user, id);
    const definition = { ...questionnaire.definition, version: questionnaire.definition.version ?? String(questionnaire.version) };
    const content = await writeXlsForm(definition);
    const base = `${definition.formId || definition.title.en || 'questionnaire'}-v${questionnaire.version}`;
    return fileDownload(safeFileName(base, 'xlsx'), XLSX_CONTENT_TYPE, content);
  }
}

function toIssue(issue: { sheet: string; row: number; column?: string; code: string; message: string; question?: string; position?: number }): XlsFormRowIssueType {
  return {
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column ?? null,
    code: issue.code,
    message: issue.message,
    question: issue.question ?? null,
    position: issue.position ?? null,
  };
}
