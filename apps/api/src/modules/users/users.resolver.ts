import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { OrganizationType, toOrganizationType } from '../organizations/organization.type';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { CreateUserInput } from './dto/create-user.input';
import { toUserType, UserType } from './user.type';
import { UsersService } from './users.service';

@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Mutation(() => UserType)
  @Roles(Role.ADMIN)
  async createUser(@CurrentUser() user: AuthUser, @Args('input') input: CreateUserInput) {
    return toUserType(await this.users.create(user, input));
  }

  @Mutation(() => UserType, { description: 'Deactivates a user: they can no longer sign in and their sessions end at once' })
  @Roles(Role.ADMIN)
  async deactivateUser(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() actor: AuthUser) {
    return toUserType(await this.users.deactivate(actor, id));
  }

  @ResolveField(() => OrganizationType, { nullable: true })
  async organization(@Parent() user: UserType, @Ctx() ctx: RequestContext) {
    if (!user.organizationId) return null;
    const organization = await ctx.loaders.organization.load(user.organizationId);
    return organization ? toOrganizationType(organization) : null;
  }
}
