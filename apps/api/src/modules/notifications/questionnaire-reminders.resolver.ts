import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { QuestionnaireNotificationsService } from './questionnaire-notifications.service';

@Resolver()
export class QuestionnaireRemindersResolver {
  constructor(private readonly reminders: QuestionnaireNotificationsService) {}

  @Mutation(() => Int, {
    description:
      "ADMIN or the lead organisation's PARTNER_STAFF: reminds now every organisation that has not submitted this questionnaire (in-app and e-mail), at most once a day per assignment; returns how many were reminded",
  })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF, Role.COMMITTEE_MEMBER)
  async remindQuestionnaireAssignees(@CurrentUser() user: AuthUser, @Args('questionnaireId', { type: () => ID }, UuidPipe) questionnaireId: string) {
    return this.reminders.remind(user, questionnaireId);
  }
}
