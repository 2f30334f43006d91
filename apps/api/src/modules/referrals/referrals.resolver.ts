import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn, Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { selectsPath } from '../../common/graphql/selection';
import { AppError } from '../../common/errors/app-error';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { ApplicantType, toApplicantType } from '../applicants/applicant.type';
import { ApplicantsService } from '../applicants/applicants.service';
import { OrganizationType, toOrganizationType } from '../organizations/organization.type';
import { ServiceType, toServiceType } from '../services/service.type';
import { toUserType, UserType } from '../users/user.type';
import { CreateReferralInput, RecordReferralOutcomeInput, ReferralFilter, ReferralsArgs, TransitionReferralInput } from './dto/referral.inputs';
import { CountByKey, ReferralConnection, ReferralEventType, ReferralType, toReferralEventType, toReferralType } from './referral.type';
import { pageColumns, pageSelection } from './referral-page-columns';
import { ReferralsService } from './referrals.service';

const TOTAL_COUNT = ['totalCount'];

@Resolver(() => ReferralType)
export class ReferralsResolver {
  constructor(private readonly referralsService: ReferralsService) {}

  @Query(() => ReferralConnection, { description: 'Referrals the user may see: a partner those sent to it, a coordinator those of their applicants' })
  @AnySignedIn()
  async referrals(@CurrentUser() user: AuthUser, @Args() args: ReferralsArgs, @Info() info: GraphQLResolveInfo) {
    // The page's statement reads what the field resolvers below show, records the applicants as shown
    // when they are selected (partner staff) and counts the total when it is selected: one statement.
    // It reads only the columns the selection needs (referral-page-columns.ts).
    const selection = pageSelection(info);
    const page = await this.referralsService.list(user, args, {
      recordApplicantReads: selection.applicant !== null,
      countTotal: selectsPath(info, TOTAL_COUNT),
      columns: pageColumns(selection),
    });
    return {
      ...page,
      edges: page.edges.map(({ cursor, node: { referral, ...preloaded } }) => ({ cursor, node: { ...toReferralType(referral), preloaded } })),
    };
  }

  @Query(() => ReferralType)
  @AnySignedIn()
  async referral(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toReferralType(await this.referralsService.get(user, id));
  }

  @Query(() => [CountByKey], { description: 'Visible referrals per status (every status listed, zeros included)' })
  @AnySignedIn()
  async referralStatusCounts(@CurrentUser() user: AuthUser, @Args('filter', { type: () => ReferralFilter, nullable: true }) filter?: ReferralFilter) {
    return this.referralsService.countByStatus(user, filter);
  }

  @Query(() => Int, { description: "COORDINATOR: partners' decisions (accepted, declined, expired) on their referrals since markReferralDecisionsSeen" })
  @Roles(Role.COORDINATOR)
  async referralDecisionsUnread(@CurrentUser() user: AuthUser) {
    return this.referralsService.decisionsUnread(user);
  }

  @Mutation(() => Int, { description: 'COORDINATOR: marks the decisions so far as seen; returns the unread count left (0 unless one arrived meanwhile)' })
  @Roles(Role.COORDINATOR)
  async markReferralDecisionsSeen(@CurrentUser() user: AuthUser) {
    return this.referralsService.markDecisionsSeen(user);
  }

  @Mutation(() => ReferralType, { description: 'COORDINATOR: refers an applicant they registered to a service they are eligible for' })
  @Roles(Role.COORDINATOR)
  async createReferral(@CurrentUser() user: AuthUser, @Ctx() ctx: RequestContext, @Args('input') input: CreateReferralInput) {
    return toReferralType(await this.referralsService.create(user, input, ctx.locale));
  }

  @Mutation(() => ReferralType, { description: 'The receiving partner moves it forward or declines it; the referring coordinator withdraws it' })
  @Roles(Role.PARTNER_STAFF, Role.COORDINATOR)
  async transitionReferral(@CurrentUser() user: AuthUser, @Args('input') input: TransitionReferralInput) {
    return toReferralType(await this.referralsService.transition(user, input));
  }

  @Mutation(() => ReferralType, { description: 'The receiving partner records amount disbursed, jobs created or training completed' })
  @Roles(Role.PARTNER_STAFF)
  async recordReferralOutcome(@CurrentUser() user: AuthUser, @Args('input') input: RecordReferralOutcomeInput) {
    return toReferralType(await this.referralsService.recordOutcome(user, input));
  }

  // The field resolvers below take graphql-js's own arguments (parent, args, context), no parameter
  // decorators: Nest then calls them directly (its fast field-resolver path) instead of through its
  // context creator (param factories, pipes, a promise chain per call), which on a page of 50 referrals
  // ran 4 × 50 times. On a list page they answer synchronously from what the page's statement read
  // (`preloaded`); elsewhere through the request's loaders. The applicant is shown only after its
  // personal-data read is recorded, as before.

  @ResolveField(() => ApplicantType, { description: "What the decision needs; partners never see the national id or other partners' referrals" })
  applicant(referral: ReferralType, _args: unknown, ctx: RequestContext): ApplicantType | Promise<ApplicantType> {
    const user = signedInUser(ctx);
    const preloaded = referral.preloaded;
    if (preloaded?.applicantReadRecorded) return toApplicantType(preloaded.applicant, { full: ApplicantsService.isOwner(user, preloaded.applicant) });
    return this.recordedApplicant(user, referral, ctx);
  }

  /** The applicant through the loaders, returned once its personal-data read is recorded. */
  private async recordedApplicant(user: AuthUser, referral: ReferralType, ctx: RequestContext): Promise<ApplicantType> {
    const applicant = referral.preloaded?.applicant ?? (await ctx.loaders.applicant.load(referral.applicantId))!;
    await ctx.loaders.personalDataRead.load(applicant.id);
    return toApplicantType(applicant, { full: ApplicantsService.isOwner(user, applicant) });
  }

  @ResolveField(() => ServiceType)
  service(referral: ReferralType, _args: unknown, ctx: RequestContext): ServiceType | Promise<ServiceType> {
    const known = referral.preloaded?.service;
    return known ? toServiceType(known) : ctx.loaders.service.load(referral.serviceId).then((service) => toServiceType(service!));
  }

  @ResolveField(() => OrganizationType, { description: 'The receiving partner' })
  organization(referral: ReferralType, _args: unknown, ctx: RequestContext): OrganizationType | Promise<OrganizationType> {
    const known = referral.preloaded?.organization;
    return known ? toOrganizationType(known) : ctx.loaders.organization.load(referral.organizationId).then((organization) => toOrganizationType(organization!));
  }

  @ResolveField(() => UserType, { description: 'The coordinator who sent it' })
  async referredBy(@Parent() referral: ReferralType, @Ctx() ctx: RequestContext) {
    return toUserType((await ctx.loaders.user.load(referral.referredById))!);
  }

  @ResolveField(() => [ReferralEventType], { description: 'Every change, oldest first' })
  history(referral: ReferralType, _args: unknown, ctx: RequestContext): ReferralEventType[] | Promise<ReferralEventType[]> {
    const known = referral.preloaded?.history;
    return known ? known.map(toReferralEventType) : ctx.loaders.eventsOfReferral.load(referral.id).then((events) => events.map(toReferralEventType));
  }
}

/** The signed-in user of a field resolver's context (the query's AuthGuard has refused anonymous calls). */
function signedInUser(ctx: RequestContext): AuthUser {
  if (!ctx.user) throw AppError.unauthenticated();
  return ctx.user;
}

@Resolver(() => ReferralEventType)
export class ReferralEventResolver {
  @ResolveField(() => UserType)
  async by(@Parent() event: ReferralEventType, @Ctx() ctx: RequestContext) {
    return toUserType((await ctx.loaders.user.load(event.byId))!);
  }
}
