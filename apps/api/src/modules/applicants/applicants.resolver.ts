import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn, Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { AuditEntryConnection, toAuditConnection } from '../audit/audit-entry.type';
import { ApplicantAuditArgs } from '../audit/dto/audit-log.args';
import { OPEN_STATUSES } from '../referrals/referral-lifecycle';
import { ReferralType, toReferralType } from '../referrals/referral.type';
import { ApplicantConnection, ApplicantDuplicateType, ApplicantType, toApplicantType } from './applicant.type';
import { ApplicantsService } from './applicants.service';
import { ApplicantDuplicatesInput, ApplicantsArgs, RegisterApplicantInput, UpdateApplicantInput, WithdrawApplicantConsentInput } from './dto/applicant.inputs';

@Resolver(() => ApplicantType)
export class ApplicantsResolver {
  constructor(private readonly applicantsService: ApplicantsService) {}

  @Query(() => ApplicantConnection, { description: "A coordinator's own applicants; a partner's: those referred to it; ADMIN: all" })
  @AnySignedIn()
  async applicants(@CurrentUser() user: AuthUser, @Ctx() ctx: RequestContext, @Args() args: ApplicantsArgs) {
    const page = await this.applicantsService.list(user, args);
    await ctx.loaders.personalDataRead.loadMany(page.edges.map((edge) => edge.node.id));
    return {
      ...page,
      edges: page.edges.map((edge) => ({ ...edge, node: toApplicantType(edge.node, { full: ApplicantsService.isOwner(user, edge.node) }) })),
    };
  }

  @Query(() => ApplicantType)
  @AnySignedIn()
  async applicant(@CurrentUser() user: AuthUser, @Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    const applicant = await this.applicantsService.get(user, id);
    await ctx.loaders.personalDataRead.load(applicant.id);
    return toApplicantType(applicant, { full: ApplicantsService.isOwner(user, applicant) });
  }

  @Query(() => AuditEntryConnection, {
    description: 'Who saw and changed an applicant and their referrals, newest first: ADMIN and the registering coordinator',
  })
  @Roles(Role.ADMIN, Role.COORDINATOR, Role.PARTNER_STAFF)
  async applicantAudit(@CurrentUser() user: AuthUser, @Args() args: ApplicantAuditArgs) {
    return toAuditConnection(await this.applicantsService.auditTrail(user, args.applicantId, args));
  }

  @Mutation(() => ApplicantType, { description: 'COORDINATOR: registers an applicant with their consent' })
  @Roles(Role.COORDINATOR)
  async registerApplicant(@CurrentUser() user: AuthUser, @Args('input') input: RegisterApplicantInput) {
    return toApplicantType(await this.applicantsService.register(user, input), { full: true });
  }

  @Mutation(() => ApplicantType, { description: 'The registering COORDINATOR and ADMIN: corrects an applicant, with the same rules as registration' })
  @Roles(Role.ADMIN, Role.COORDINATOR, Role.PARTNER_STAFF)
  async updateApplicant(@CurrentUser() user: AuthUser, @Args('input') input: UpdateApplicantInput) {
    return toApplicantType(await this.applicantsService.update(user, input), { full: true });
  }

  @Mutation(() => ApplicantType, { description: 'The registering COORDINATOR and ADMIN: the applicant withdrew their consent; no new referral is made for them' })
  @Roles(Role.ADMIN, Role.COORDINATOR, Role.PARTNER_STAFF)
  async withdrawApplicantConsent(@CurrentUser() user: AuthUser, @Args('input') input: WithdrawApplicantConsentInput) {
    return toApplicantType(await this.applicantsService.withdrawConsent(user, input), { full: true });
  }

  @Query(() => [ApplicantDuplicateType], {
    description: 'COORDINATOR, ADMIN: applicants they may see who look like the one being registered (same phone, same name and birth date, near-identical name in the district)',
  })
  @Roles(Role.ADMIN, Role.COORDINATOR)
  async applicantDuplicates(@CurrentUser() user: AuthUser, @Args('input') input: ApplicantDuplicatesInput) {
    const candidates = await this.applicantsService.duplicates(user, input);
    return candidates.map(({ applicant, reasons }) => ({ applicant: toApplicantType(applicant, { full: true }), reasons }));
  }

  @ResolveField(() => [ReferralType], { description: 'Referrals of this applicant the user may see (a partner: only its own)' })
  async referrals(@Parent() applicant: ApplicantType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.referralsOfApplicant.load(applicant.id)).map(toReferralType);
  }

  @ResolveField(() => [ReferralType], { description: 'Of those, the open ones (SENT, ACKNOWLEDGED, ACCEPTED, IN_SERVICE): what stops a second referral of a kind' })
  async openReferrals(@Parent() applicant: ApplicantType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.referralsOfApplicant.load(applicant.id)).filter((referral) => OPEN_STATUSES.includes(referral.status)).map(toReferralType);
  }
}
