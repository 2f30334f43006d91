import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MemberRole, Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn, Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { PaginationArgs } from '../../common/graphql/pagination';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { OrganizationType, toOrganizationType } from '../organizations/organization.type';
import { ConsortiaService } from './consortia.service';
import { ConsortiumConnection, ConsortiumMemberType, ConsortiumType, toConsortiumType } from './consortium.type';
import {
  AddConsortiumMemberInput,
  CreateConsortiumInput,
  RemoveConsortiumMemberInput,
  UpdateConsortiumInput,
} from './dto/consortium.inputs';

const ROLE_ORDER = [MemberRole.LEAD, MemberRole.MEMBER, MemberRole.FUNDER, MemberRole.OBSERVER];

@Resolver(() => ConsortiumType)
export class ConsortiaResolver {
  constructor(private readonly consortiaService: ConsortiaService) {}

  @Query(() => ConsortiumConnection)
  @AnySignedIn()
  async consortia(@Args() args: PaginationArgs) {
    const page = await this.consortiaService.list(args);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toConsortiumType(edge.node) })) };
  }

  @Query(() => ConsortiumType)
  @AnySignedIn()
  async consortium(@Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toConsortiumType(await this.consortiaService.get(id));
  }

  @Mutation(() => ConsortiumType, { description: 'ADMIN; the lead organisation becomes its LEAD member' })
  @Roles(Role.ADMIN)
  async createConsortium(@CurrentUser() user: AuthUser, @Args('input') input: CreateConsortiumInput) {
    return toConsortiumType(await this.consortiaService.create(user, input));
  }

  @Mutation(() => ConsortiumType, { description: "ADMIN or the lead organisation's PARTNER_STAFF (matching weights included)" })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF)
  async updateConsortium(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateConsortiumInput,
  ) {
    return toConsortiumType(await this.consortiaService.update(user, id, input));
  }

  @Mutation(() => ConsortiumType, { description: "ADMIN or the lead organisation's PARTNER_STAFF" })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF)
  async addConsortiumMember(@CurrentUser() user: AuthUser, @Args('input') input: AddConsortiumMemberInput) {
    return toConsortiumType(await this.consortiaService.addMember(user, input));
  }

  @Mutation(() => ConsortiumType, { description: "ADMIN or the lead organisation's PARTNER_STAFF; the lead cannot be removed" })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF)
  async removeConsortiumMember(@CurrentUser() user: AuthUser, @Args('input') input: RemoveConsortiumMemberInput) {
    return toConsortiumType(await this.consortiaService.removeMember(user, input));
  }

  @ResolveField(() => [ConsortiumMemberType], { description: 'Members, the lead first' })
  async members(@Parent() consortium: ConsortiumType, @Ctx() ctx: RequestContext): Promise<ConsortiumMemberType[]> {
    const members = await ctx.loaders.membersOfConsortium.load(consortium.id);
    return [...members]
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
      .map((member) => ({ organizationId: member.organizationId, role: member.role }));
  }
}

@Resolver(() => ConsortiumMemberType)
export class ConsortiumMemberResolver {
  @ResolveField(() => OrganizationType)
  async organization(@Parent() member: ConsortiumMemberType, @Ctx() ctx: RequestContext) {
    const organization = await ctx.loaders.organization.load(member.organizationId);
    return toOrganizationType(organization!);
  }
}
