import { Global, Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { Mailer } from '../../common/mail/mailer';
import { NotificationMailJob } from './notification-mail.job';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { QuestionnaireNotificationsService } from './questionnaire-notifications.service';
import { QuestionnaireRemindersJob } from './questionnaire-reminders.job';

/** Global: any service notifies users in its own transaction through NotificationsService.notify. */
@Global()
@Module({
  imports: [PaginationModule],
  providers: [
    Mailer,
    NotificationsService,
    NotificationsResolver,
    NotificationMailJob,
    QuestionnaireNotificationsService,
    QuestionnaireRemindersJob,
  ],
  exports: [NotificationsService, QuestionnaireNotificationsService],
})
export class NotificationsModule {}
