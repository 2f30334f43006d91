import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn, Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { ConsortiumType, toConsortiumType } from '../consortia/consortium.type';
import { ServiceType, toServiceType } from '../services/service.type';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs';
import { BranchType, OrganizationConnection, OrganizationType, toBranchType, toOrganizationType } from './organization.type';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationType)
export class OrganizationsResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @Query(() => OrganizationConnection, { description: 'The partner directory, filtered and paged' })
  @AnySignedIn()
  async organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: RequestContext) {
    const page = await this.organizationsService.list(args);
    for (const edge of page.edges) ctx.loaders.organization.prime(edge.node.id, edge.node);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toOrganizationType(edge.node) })) };
  }

  @Query(() => OrganizationType)
  @AnySignedIn()
  async organization(@Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toOrganizationType(await this.organizationsService.get(id));
  }

  @Mutation(() => OrganizationType)
  @Roles(Role.ADMIN)
  async createOrganization(@CurrentUser() user: AuthUser, @Args('input') input: CreateOrganizationInput) {
    return toOrganizationType(await this.organizationsService.create(user, input));
  }

  @Mutation(() => OrganizationType, { description: "ADMIN, or the organisation's own staff" })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF)
  async updateOrganization(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ) {
    return toOrganizationType(await this.organizationsService.update(user, id, input));
  }

  @ResolveField(() => [BranchType])
  async branches(@Parent() organization: OrganizationType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.branchesOfOrganization.load(organization.id)).map(toBranchType);
  }

  @ResolveField(() => [ServiceType], { description: 'Services the signed-in user may see (partner staff: only their own)' })
  async services(@Parent() organization: OrganizationType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.servicesOfOrganization.load(organization.id)).map(toServiceType);
  }

  @ResolveField(() => [ConsortiumType])
  async consortia(@Parent() organization: OrganizationType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.consortiaOfOrganization.load(organization.id)).map(toConsortiumType);
  }
}
