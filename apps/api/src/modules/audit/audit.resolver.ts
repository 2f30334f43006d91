import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import { Ctx } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { toUserType, UserType } from '../users/user.type';
import { AuditEntryConnection, AuditEntryType, toAuditConnection } from './audit-entry.type';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log.args';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'ADMIN: the audit log, newest first, filtered by record, user, action and time' })
  @Roles(Role.ADMIN)
  async auditLog(@Args() args: AuditLogArgs) {
    return toAuditConnection(await this.audit.list(args.filter, args));
  }

  @ResolveField(() => UserType)
  async user(@Parent() entry: AuditEntryType, @Ctx() ctx: RequestContext) {
    return toUserType((await ctx.loaders.user.load(entry.userId))!);
  }
}
