import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn } from '../../common/auth/roles.decorator';
import { MarkNotificationsReadInput, NotificationsArgs } from './dto/notifications.inputs';
import { NotificationConnection, NotificationType, toNotificationType } from './notification.type';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first" })
  @AnySignedIn()
  async notifications(@CurrentUser() user: AuthUser, @Args() args: NotificationsArgs) {
    const page = await this.service.list(user, args);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toNotificationType(edge.node) })) };
  }

  @Query(() => Int, { description: "How many of the signed-in user's notifications are unread" })
  @AnySignedIn()
  async unreadNotificationCount(@CurrentUser() user: AuthUser) {
    return this.service.unreadCount(user);
  }

  @Mutation(() => Int, { description: "Marks the signed-in user's own notifications read (the given ids, or all); returns how many were unread" })
  @AnySignedIn()
  async markNotificationsRead(@CurrentUser() user: AuthUser, @Args('input') input: MarkNotificationsReadInput) {
    return this.service.markRead(user, input);
  }
}
