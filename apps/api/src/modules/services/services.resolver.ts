import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn, Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { OrganizationType, toOrganizationType } from '../organizations/organization.type';
import { CreateServiceInput, ServicesArgs, UpdateServiceInput } from './dto/service.inputs';
import { ServiceConnection, ServiceType, toServiceType } from './service.type';
import { ServicesService } from './services.service';

@Resolver(() => ServiceType)
export class ServicesResolver {
  constructor(private readonly servicesService: ServicesService) {}

  @Query(() => ServiceConnection, { description: 'Services the user may see (partner staff: their own organisation only)' })
  @AnySignedIn()
  async services(@CurrentUser() user: AuthUser, @Args() args: ServicesArgs) {
    const page = await this.servicesService.list(user, args);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toServiceType(edge.node) })) };
  }

  @Query(() => ServiceType)
  @AnySignedIn()
  async service(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toServiceType(await this.servicesService.get(user, id));
  }

  @Mutation(() => ServiceType, { description: "ADMIN, or the offering partner's staff" })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF)
  async createService(@CurrentUser() user: AuthUser, @Args('input') input: CreateServiceInput) {
    return toServiceType(await this.servicesService.create(user, input));
  }

  @Mutation(() => ServiceType, { description: "ADMIN, or the offering partner's staff" })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF)
  async updateService(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateServiceInput,
  ) {
    return toServiceType(await this.servicesService.update(user, id, input));
  }

  @ResolveField(() => OrganizationType)
  async organization(@Parent() service: ServiceType, @Ctx() ctx: RequestContext) {
    return toOrganizationType((await ctx.loaders.organization.load(service.organizationId))!);
  }
}
