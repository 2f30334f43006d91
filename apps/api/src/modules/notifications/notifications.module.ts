import { Global, Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { Mailer } from '../../common/mail/mailer';
import { NotificationMailJob } from './notification-mail.job';
import { NotificationQueue } from './notification-queue';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Global: any service notifies users in its own transaction through NotificationsService.notify. */
@Global()
@Module({
  imports: [PaginationModule],
  providers: [Mailer, NotificationQueue, NotificationsService, NotificationsResolver, NotificationMailJob],
  exports: [NotificationsService],
})
export class NotificationsModule {}
