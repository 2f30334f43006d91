import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import {
  QuestionnaireAssignmentsResolver,
  QuestionnaireCompletionResolver,
  QuestionnaireFieldsResolver,
  QuestionnairesResolver,
} from './questionnaires.resolver';
import { QuestionnairesService } from './questionnaires.service';

@Module({
  imports: [PaginationModule],
  providers: [QuestionnairesResolver, QuestionnaireFieldsResolver, QuestionnaireAssignmentsResolver, QuestionnaireCompletionResolver, QuestionnairesService],
  exports: [QuestionnairesService],
})
export class QuestionnairesModule {}
