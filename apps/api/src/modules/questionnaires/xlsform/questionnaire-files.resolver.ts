import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { AnySignedIn, Roles } from '../../../common/auth/roles.decorator';
import { UuidPipe } from '../../../common/validation/uuid.pipe';
import { ExportFormat, FileDownloadType } from '../exports/file-download.type';
import { ResponsesExportService } from '../exports/responses-export.service';
import { toQuestionnaireType } from '../questionnaire.type';
import { QuestionnaireFilesService } from './questionnaire-files.service';
import { ImportXlsFormInput, XlsFormImportResultType } from './xlsform.types';

@Resolver()
export class QuestionnaireFilesResolver {
  constructor(
    private readonly files: QuestionnaireFilesService,
    private readonly responses: ResponsesExportService,
  ) {}

  @Mutation(() => XlsFormImportResultType, {
    description: 'Imports an XLSForm (.xlsx, base64) as a draft (ADMIN or the lead\'s staff); a refused file is BAD_USER_INPUT with extensions.xlsformIssues, row by row',
  })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF)
  async importXlsForm(@CurrentUser() user: AuthUser, @Args('input') input: ImportXlsFormInput): Promise<XlsFormImportResultType> {
    const { view, skipped } = await this.files.importXlsForm(user, input);
    return { questionnaire: toQuestionnaireType(view.questionnaire, view.latestVersion), skipped };
  }

  @Query(() => FileDownloadType, { description: 'The questionnaire version as an XLSForm (.xlsx), for whoever may read it' })
  @AnySignedIn()
  questionnaireXlsForm(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.files.exportXlsForm(user, id);
  }

  @Query(() => FileDownloadType, {
    description: "The responses of one version, one row per partner, labels in `language` (ar or en): ADMIN, the lead's staff and committee members",
  })
  @AnySignedIn()
  questionnaireResponsesExport(
    @CurrentUser() user: AuthUser,
    @Args('questionnaireId', { type: () => ID }, UuidPipe) questionnaireId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('language') language: string,
  ) {
    return this.responses.export(user, questionnaireId, format, language);
  }
}
