import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn, Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { ReferralType, toReferralType } from '../referrals/referral.type';
import { ApplicantConnection, ApplicantType, toApplicantType } from './applicant.type';
import { ApplicantsService } from './applicants.service';
import { ApplicantsArgs, RegisterApplicantInput } from './dto/applicant.inputs';

@Resolver(() => ApplicantType)
export class ApplicantsResolver {
  constructor(private readonly applicantsService: ApplicantsService) {}

  @Query(() => ApplicantConnection, { description: "A coordinator's own applicants; a partner's: those referred to it; ADMIN: all" })
  @AnySignedIn()
  async applicants(@CurrentUser() user: AuthUser, @Args() args: ApplicantsArgs) {
    const page = await this.applicantsService.list(user, args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: toApplicantType(edge.node, { full: ApplicantsService.isOwner(user, edge.node) }) })),
    };
  }

  @Query(() => ApplicantType)
  @AnySignedIn()
  async applicant(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    const applicant = await this.applicantsService.get(user, id);
    return toApplicantType(applicant, { full: ApplicantsService.isOwner(user, applicant) });
  }

  @Mutation(() => ApplicantType, { description: 'COORDINATOR: registers an applicant with their consent' })
  @Roles(Role.COORDINATOR)
  async registerApplicant(@CurrentUser() user: AuthUser, @Args('input') input: RegisterApplicantInput) {
    return toApplicantType(await this.applicantsService.register(user, input), { full: true });
  }

  @ResolveField(() => [ReferralType], { description: 'Referrals of this applicant the user may see (a partner: only its own)' })
  async referrals(@Parent() applicant: ApplicantType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.referralsOfApplicant.load(applicant.id)).map(toReferralType);
  }
}
