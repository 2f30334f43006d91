import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import type { Page } from '../../common/graphql/pagination';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { ConsortiumType, toConsortiumType } from '../consortia/consortium.type';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationType, toOrganizationType } from '../organizations/organization.type';
import { QuestionnaireType, toQuestionnaireType } from '../questionnaires/questionnaire.type';
import { canSeeService } from '../services/services.service';
import { ServiceType, toServiceType } from '../services/service.type';
import { UserType, toUserType } from '../users/user.type';
import { CommitteesService } from './committees.service';
import {
  AddRecommendationInput,
  CommitteesArgs,
  CreateCommitteeInput,
  CreateMeetingInput,
  MeetingsArgs,
  RecommendationsArgs,
  UpdateCommitteeInput,
  UpdateMeetingInput,
  UpdateRecommendationInput,
} from './dto/meeting.inputs';
import { canManageConsortium, canReadConsortium, canReportOn } from './meeting-access';
import { MeetingLoaders } from './meeting-loaders';
import {
  AttendeeType,
  CommitteeConnection,
  CommitteeMemberType,
  CommitteeType,
  MeetingConnection,
  MeetingType,
  ProgressNoteType,
  RecommendationConnection,
  RecommendationType,
  toCommitteeType,
  toMeetingType,
  toPersonType,
  toProgressNoteType,
  toRecommendationType,
} from './meeting.types';
import { MeetingsService } from './meetings.service';
import { isOverdue } from './recommendation-lifecycle';
import { RecommendationsService } from './recommendations.service';

/*
 * Every operation is open to any signed-in user: the services apply meeting-access.ts, so that what a user may not
 * see is NOT_FOUND whatever their role, and a reader's write is FORBIDDEN.
 */

function mapPage<T, U>(page: Page<T>, map: (node: T) => U): Page<U> {
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: map(edge.node) })) };
}

async function consortiumOf(ctx: RequestContext, consortiumId: string): Promise<ConsortiumType> {
  return toConsortiumType((await ctx.loaders.consortium.load(consortiumId))!);
}

@Resolver(() => MeetingType)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly loaders: MeetingLoaders,
  ) {}

  @Query(() => MeetingConnection, { description: 'Meetings the user may see, latest first (held on, then id)' })
  @AnySignedIn()
  async meetings(@CurrentUser() user: AuthUser, @Args() args: MeetingsArgs) {
    return mapPage(await this.service.list(user, args), toMeetingType);
  }

  @Query(() => MeetingType)
  @AnySignedIn()
  async meeting(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toMeetingType(await this.service.get(user, id));
  }

  @Mutation(() => MeetingType, { description: "ADMIN, the consortium lead's staff or its committee members" })
  @AnySignedIn()
  async createMeeting(@CurrentUser() user: AuthUser, @Args('input') input: CreateMeetingInput) {
    return toMeetingType(await this.service.create(user, input));
  }

  @Mutation(() => MeetingType, { description: 'Changes the fields sent; CONFLICT on a stale expectedVersion' })
  @AnySignedIn()
  async updateMeeting(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: UpdateMeetingInput) {
    return toMeetingType(await this.service.update(user, id, input));
  }

  @ResolveField(() => ConsortiumType)
  async consortium(@Parent() meeting: MeetingType, @Ctx() ctx: RequestContext) {
    return consortiumOf(ctx, meeting.consortiumId);
  }

  @ResolveField(() => [AttendeeType])
  async attendees(@Parent() meeting: MeetingType, @Ctx() ctx: RequestContext) {
    return (await this.loaders.for(ctx).attendeesOfMeeting.load(meeting.id)).map(toPersonType);
  }

  @ResolveField(() => [RecommendationType])
  async recommendations(@Parent() meeting: MeetingType, @Ctx() ctx: RequestContext) {
    return (await this.loaders.for(ctx).recommendationsOfMeeting.load(meeting.id)).map(toRecommendationType);
  }

  @ResolveField(() => [RecommendationType])
  async relatedRecommendations(@Parent() meeting: MeetingType, @Ctx() ctx: RequestContext) {
    return (await this.loaders.for(ctx).recommendationsAboutMeeting.load(meeting.id)).map(toRecommendationType);
  }

  @ResolveField(() => CommitteeType, { nullable: true })
  async committee(@Parent() meeting: MeetingType, @Ctx() ctx: RequestContext) {
    if (!meeting.committeeId) return null;
    const loaders = this.loaders.for(ctx);
    const committee = await loaders.committee.load(meeting.committeeId);
    return committee && canReadConsortium(await loaders.access(), committee.consortiumId) ? toCommitteeType(committee) : null;
  }

  @ResolveField(() => RecommendationType, { nullable: true })
  async followUpOf(@Parent() meeting: MeetingType, @Ctx() ctx: RequestContext) {
    return meeting.followUpOfId ? visibleRecommendation(this.loaders, ctx, meeting.followUpOfId) : null;
  }

  @ResolveField(() => Boolean)
  async canManage(@Parent() meeting: MeetingType, @Ctx() ctx: RequestContext) {
    return canManageConsortium(await this.loaders.for(ctx).access(), meeting.consortiumId);
  }
}

/** A recommendation by id, or null when the user may not see it. */
async function visibleRecommendation(loaders: MeetingLoaders, ctx: RequestContext, id: string): Promise<RecommendationType | null> {
  const mine = loaders.for(ctx);
  const recommendation = await mine.recommendation.load(id);
  if (!recommendation) return null;
  const access = await mine.access();
  if (canReadConsortium(access, recommendation.consortiumId)) return toRecommendationType(recommendation);
  const owners = await mine.ownersOfRecommendation.load(id);
  return access.organizationId && owners.includes(access.organizationId) ? toRecommendationType(recommendation) : null;
}

@Resolver(() => RecommendationType)
export class RecommendationsResolver {
  constructor(
    private readonly service: RecommendationsService,
    private readonly loaders: MeetingLoaders,
  ) {}

  @Query(() => RecommendationConnection, {
    description: "Recommendations the user may see: due date first (none last), then the meeting's day, number and id",
  })
  @AnySignedIn()
  async recommendations(@CurrentUser() user: AuthUser, @Args() args: RecommendationsArgs) {
    return mapPage(await this.service.list(user, args), toRecommendationType);
  }

  @Query(() => RecommendationType)
  @AnySignedIn()
  async recommendation(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toRecommendationType(await this.service.get(user, id));
  }

  @Mutation(() => RecommendationType, { description: 'Numbered after the last one of the meeting; its owners are told (RECOMMENDATION_ASSIGNED)' })
  @AnySignedIn()
  async addRecommendation(@CurrentUser() user: AuthUser, @Args('input') input: AddRecommendationInput) {
    return toRecommendationType(await this.service.add(user, input));
  }

  @Mutation(() => RecommendationType, {
    description: "Managers change anything; owners' staff add progress (note, percent, status). DROPPED and reopening need progressNote as the reason",
  })
  @AnySignedIn()
  async updateRecommendation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateRecommendationInput,
  ) {
    return toRecommendationType(await this.service.update(user, id, input));
  }

  @ResolveField(() => MeetingType)
  async meeting(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    return toMeetingType((await this.loaders.for(ctx).meeting.load(recommendation.meetingId))!);
  }

  @ResolveField(() => ConsortiumType)
  async consortium(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    return consortiumOf(ctx, recommendation.consortiumId);
  }

  @ResolveField(() => [OrganizationType])
  async owners(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    const ids = await this.loaders.for(ctx).ownersOfRecommendation.load(recommendation.id);
    const organizations = (await ctx.loaders.organization.loadMany(ids)) as OrganizationEntity[];
    const nameOf = (organization: OrganizationEntity) => organization.nameAr ?? organization.nameEn ?? '';
    return organizations.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'ar')).map(toOrganizationType);
  }

  @ResolveField(() => Boolean)
  async overdue(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    return isOverdue(recommendation.status, recommendation.dueOn, await this.loaders.today(ctx, recommendation.consortiumId));
  }

  @ResolveField(() => [ProgressNoteType])
  async progress(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    return (await this.loaders.for(ctx).notesOfRecommendation.load(recommendation.id)).map(toProgressNoteType);
  }

  @ResolveField(() => QuestionnaireType, {
    nullable: true,
    description: 'Shown when the user may see it (published and they belong to the consortium, or they manage it)',
  })
  async aboutQuestionnaire(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    if (!recommendation.aboutQuestionnaireId) return null;
    const loaders = this.loaders.for(ctx);
    const found = await loaders.questionnaire.load(recommendation.aboutQuestionnaireId);
    if (!found) return null;
    const access = await loaders.access();
    const { consortiumId, publishedAt } = found.questionnaire;
    const visible = canManageConsortium(access, consortiumId) || (publishedAt !== null && canReadConsortium(access, consortiumId));
    return visible ? toQuestionnaireType(found.questionnaire, found.latestVersion) : null;
  }

  @ResolveField(() => MeetingType, { nullable: true })
  async aboutMeeting(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    if (!recommendation.aboutMeetingId) return null;
    const loaders = this.loaders.for(ctx);
    const meeting = await loaders.meeting.load(recommendation.aboutMeetingId);
    return meeting && canReadConsortium(await loaders.access(), meeting.consortiumId) ? toMeetingType(meeting) : null;
  }

  @ResolveField(() => CommitteeType, { nullable: true })
  async aboutCommittee(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    if (!recommendation.aboutCommitteeId) return null;
    const loaders = this.loaders.for(ctx);
    const committee = await loaders.committee.load(recommendation.aboutCommitteeId);
    return committee && canReadConsortium(await loaders.access(), committee.consortiumId) ? toCommitteeType(committee) : null;
  }

  @ResolveField(() => ServiceType, { nullable: true, description: 'Shown when the user may see the service' })
  async aboutService(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    if (!recommendation.aboutServiceId || !ctx.user) return null;
    const service = await ctx.loaders.service.load(recommendation.aboutServiceId);
    return service && canSeeService(ctx.user, service) ? toServiceType(service) : null;
  }

  @ResolveField(() => Boolean)
  async canManage(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    return canManageConsortium(await this.loaders.for(ctx).access(), recommendation.consortiumId);
  }

  @ResolveField(() => Boolean)
  async canReport(@Parent() recommendation: RecommendationType, @Ctx() ctx: RequestContext) {
    const loaders = this.loaders.for(ctx);
    return canReportOn(await loaders.access(), recommendation.consortiumId, await loaders.ownersOfRecommendation.load(recommendation.id));
  }
}

@Resolver(() => CommitteeType)
export class CommitteesResolver {
  constructor(
    private readonly service: CommitteesService,
    private readonly loaders: MeetingLoaders,
  ) {}

  @Query(() => CommitteeConnection, { description: 'Committees of the consortia the user belongs to, newest first' })
  @AnySignedIn()
  async committees(@CurrentUser() user: AuthUser, @Args() args: CommitteesArgs) {
    return mapPage(await this.service.list(user, args), toCommitteeType);
  }

  @Query(() => CommitteeType)
  @AnySignedIn()
  async committee(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toCommitteeType(await this.service.get(user, id));
  }

  @Mutation(() => CommitteeType, { description: "ADMIN, the consortium lead's staff or its committee members" })
  @AnySignedIn()
  async createCommittee(@CurrentUser() user: AuthUser, @Args('input') input: CreateCommitteeInput) {
    return toCommitteeType(await this.service.create(user, input));
  }

  @Mutation(() => CommitteeType, { description: 'Changes the fields sent; CONFLICT on a stale expectedVersion' })
  @AnySignedIn()
  async updateCommittee(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: UpdateCommitteeInput) {
    return toCommitteeType(await this.service.update(user, id, input));
  }

  @ResolveField(() => ConsortiumType)
  async consortium(@Parent() committee: CommitteeType, @Ctx() ctx: RequestContext) {
    return consortiumOf(ctx, committee.consortiumId);
  }

  @ResolveField(() => Boolean)
  async active(@Parent() committee: CommitteeType, @Ctx() ctx: RequestContext) {
    return committee.endsOn === null || committee.endsOn >= (await this.loaders.today(ctx, committee.consortiumId));
  }

  @ResolveField(() => [CommitteeMemberType])
  async members(@Parent() committee: CommitteeType, @Ctx() ctx: RequestContext) {
    return (await this.loaders.for(ctx).membersOfCommittee.load(committee.id)).map(toPersonType);
  }

  @ResolveField(() => [MeetingType])
  async meetings(@Parent() committee: CommitteeType, @Ctx() ctx: RequestContext) {
    return (await this.loaders.for(ctx).meetingsOfCommittee.load(committee.id)).map(toMeetingType);
  }

  @ResolveField(() => [RecommendationType])
  async recommendations(@Parent() committee: CommitteeType, @Ctx() ctx: RequestContext) {
    return (await this.loaders.for(ctx).recommendationsAboutCommittee.load(committee.id)).map(toRecommendationType);
  }

  @ResolveField(() => Boolean)
  async canManage(@Parent() committee: CommitteeType, @Ctx() ctx: RequestContext) {
    return canManageConsortium(await this.loaders.for(ctx).access(), committee.consortiumId);
  }
}

/** Organisation and user of an attendee or committee member. */
async function organizationOf(person: AttendeeType, ctx: RequestContext) {
  if (!person.organizationId) return null;
  const organization = await ctx.loaders.organization.load(person.organizationId);
  return organization ? toOrganizationType(organization) : null;
}

async function userOf(userId: string | null, ctx: RequestContext) {
  if (!userId) return null;
  const user = await ctx.loaders.user.load(userId);
  return user ? toUserType(user) : null;
}

@Resolver(() => AttendeeType)
export class AttendeeResolver {
  @ResolveField(() => OrganizationType, { nullable: true })
  async organization(@Parent() person: AttendeeType, @Ctx() ctx: RequestContext) {
    return organizationOf(person, ctx);
  }

  @ResolveField(() => UserType, { nullable: true })
  async user(@Parent() person: AttendeeType, @Ctx() ctx: RequestContext) {
    return userOf(person.userId, ctx);
  }
}

@Resolver(() => CommitteeMemberType)
export class CommitteeMemberResolver {
  @ResolveField(() => OrganizationType, { nullable: true })
  async organization(@Parent() person: CommitteeMemberType, @Ctx() ctx: RequestContext) {
    return organizationOf(person, ctx);
  }

  @ResolveField(() => UserType, { nullable: true })
  async user(@Parent() person: CommitteeMemberType, @Ctx() ctx: RequestContext) {
    return userOf(person.userId, ctx);
  }
}

@Resolver(() => ProgressNoteType)
export class ProgressNoteResolver {
  @ResolveField(() => UserType)
  async by(@Parent() note: ProgressNoteType, @Ctx() ctx: RequestContext) {
    return (await userOf(note.authorId, ctx))!;
  }
}

/** Linked records show their recommendations back (those the user may see). */
@Resolver(() => QuestionnaireType)
export class QuestionnaireRecommendationsResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => [RecommendationType], { description: 'Recommendations the user may see that are about this questionnaire version' })
  async recommendations(@Parent() questionnaire: QuestionnaireType, @Ctx() ctx: RequestContext) {
    return (await this.loaders.for(ctx).recommendationsAboutQuestionnaire.load(questionnaire.id)).map(toRecommendationType);
  }
}

@Resolver(() => ServiceType)
export class ServiceRecommendationsResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => [RecommendationType], { description: 'Recommendations the user may see that are about this service' })
  async recommendations(@Parent() service: ServiceType, @Ctx() ctx: RequestContext) {
    return (await this.loaders.for(ctx).recommendationsAboutService.load(service.id)).map(toRecommendationType);
  }
}
