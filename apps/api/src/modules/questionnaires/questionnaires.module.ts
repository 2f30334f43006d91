import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { ServicesModule } from '../services/services.module';
import {
  QuestionnaireAssignmentsResolver,
  QuestionnaireCompletionResolver,
  QuestionnaireFieldsResolver,
  QuestionnairesResolver,
} from './questionnaires.resolver';
import { QuestionnairesService } from './questionnaires.service';
import { CapabilitiesResolver } from './capabilities/capabilities.resolver';
import { CapabilitiesService } from './capabilities/capabilities.service';
import { ResponsesExportService } from './exports/responses-export.service';
import { QuestionnaireFilesResolver } from './xlsform/questionnaire-files.resolver';
import { QuestionnaireFilesService } from './xlsform/questionnaire-files.service';

@Module({
  imports: [PaginationModule, ServicesModule],
  providers: [QuestionnairesResolver, QuestionnaireFieldsResolver, QuestionnaireAssignmentsResolver, QuestionnaireCompletionResolver, QuestionnairesService,
    CapabilitiesResolver, CapabilitiesService, QuestionnaireFilesResolver, QuestionnaireFilesService, ResponsesExportService],
  exports: [QuestionnairesService],
})
export class QuestionnairesModule {}
