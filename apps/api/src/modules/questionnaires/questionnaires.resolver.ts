import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn, Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { ConsortiumType, toConsortiumType } from '../consortia/consortium.type';
import { OrganizationType, toOrganizationType } from '../organizations/organization.type';
import {
  AssignQuestionnaireInput,
  CreateQuestionnaireInput,
  QuestionnaireAssignmentsArgs,
  QuestionnairesArgs,
  ReopenQuestionnaireResponseInput,
  SaveQuestionnaireAnswersInput,
  UpdateQuestionnaireInput,
} from './dto/questionnaire.inputs';
import {
  QuestionnaireAssignmentConnection,
  QuestionnaireAssignmentType,
  QuestionnaireCompletionType,
  QuestionnaireConnection,
  QuestionnaireType,
  toAssignmentType,
  toQuestionnaireType,
} from './questionnaire.type';
import { QuestionnairesService, type QuestionnaireView } from './questionnaires.service';

const toType = (view: QuestionnaireView) => toQuestionnaireType(view.questionnaire, view.latestVersion);
const MANAGERS = [Role.ADMIN, Role.PARTNER_STAFF];

@Resolver(() => QuestionnaireType)
export class QuestionnairesResolver {
  constructor(private readonly service: QuestionnairesService) {}

  @Query(() => QuestionnaireConnection, {
    description: "Questionnaire versions the user may see: all of their consortium's for its lead and committee members, published ones for other members, newest first",
  })
  @AnySignedIn()
  async questionnaires(@CurrentUser() user: AuthUser, @Args() args: QuestionnairesArgs) {
    const page = await this.service.list(user, args);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toType(edge.node) })) };
  }

  @Query(() => QuestionnaireType)
  @AnySignedIn()
  async questionnaire(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toType(await this.service.get(user, id));
  }

  @Query(() => QuestionnaireCompletionType, { description: "Who has answered one version (ADMIN, the consortium's lead staff and committee members)" })
  @AnySignedIn()
  async questionnaireCompletion(@CurrentUser() user: AuthUser, @Args('questionnaireId', { type: () => ID }, UuidPipe) questionnaireId: string) {
    const completion = await this.service.completion(user, questionnaireId);
    return { ...completion, assignments: completion.assignments.map(toAssignmentType) };
  }

  @Mutation(() => QuestionnaireType, { description: "A draft (version 1) of a new questionnaire: ADMIN or the consortium lead's PARTNER_STAFF" })
  @Roles(...MANAGERS)
  async createQuestionnaire(@CurrentUser() user: AuthUser, @Args('input') input: CreateQuestionnaireInput) {
    return toType(await this.service.create(user, input));
  }

  @Mutation(() => QuestionnaireType, { description: 'Replaces title and questions of a draft; CONFLICT once published' })
  @Roles(...MANAGERS)
  async updateQuestionnaire(@CurrentUser() user: AuthUser, @Args('input') input: UpdateQuestionnaireInput) {
    return toType(await this.service.update(user, input));
  }

  @Mutation(() => QuestionnaireType, { description: 'Publishes a draft version; it never changes again (CONFLICT when already published)' })
  @Roles(...MANAGERS)
  async publishQuestionnaire(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toType(await this.service.publish(user, id));
  }

  @Mutation(() => Int, {
    description:
      "ADMIN or the lead organisation's PARTNER_STAFF: reminds now every organisation that has not submitted this questionnaire (in-app and e-mail), at most once a day per assignment; returns how many were reminded",
  })
  @Roles(...MANAGERS)
  async remindQuestionnaireAssignees(@CurrentUser() user: AuthUser, @Args('questionnaireId', { type: () => ID }, UuidPipe) questionnaireId: string) {
    return this.service.remindAssignees(user, questionnaireId);
  }

  @Mutation(() => QuestionnaireType, { description: 'A draft copy of a published version, numbered after the highest version' })
  @Roles(...MANAGERS)
  async createQuestionnaireVersion(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toType(await this.service.createVersion(user, id));
  }
}

@Resolver(() => QuestionnaireAssignmentType)
export class QuestionnaireAssignmentsResolver {
  constructor(private readonly service: QuestionnairesService) {}

  @Query(() => QuestionnaireAssignmentType)
  @AnySignedIn()
  async questionnaireAssignment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toAssignmentType(await this.service.getAssignment(user, id));
  }

  @Query(() => QuestionnaireAssignmentConnection, {
    description: "Assignments the user may see: a partner's staff their own organisation's; the consortium's lead and committee members all of it",
  })
  @AnySignedIn()
  async questionnaireAssignments(@CurrentUser() user: AuthUser, @Args() args: QuestionnaireAssignmentsArgs) {
    const page = await this.service.listAssignments(user, args);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toAssignmentType(edge.node) })) };
  }

  @Mutation(() => [QuestionnaireAssignmentType], { description: 'Assigns a published version to members of its consortium; re-assigning changes the due date of unsubmitted ones' })
  @Roles(...MANAGERS)
  async assignQuestionnaire(@CurrentUser() user: AuthUser, @Args('input') input: AssignQuestionnaireInput) {
    return (await this.service.assign(user, input)).map(toAssignmentType);
  }

  @Mutation(() => QuestionnaireAssignmentType, { description: "Saves a draft (the assigned partner's PARTNER_STAFF); CONFLICT on a stale expectedRevision" })
  @Roles(Role.PARTNER_STAFF)
  async saveQuestionnaireAnswers(@CurrentUser() user: AuthUser, @Args('input') input: SaveQuestionnaireAnswersInput) {
    return toAssignmentType(await this.service.saveAnswers(user, input));
  }

  @Mutation(() => QuestionnaireAssignmentType, { description: 'Submits and locks the response once every relevant required question is answered' })
  @Roles(Role.PARTNER_STAFF)
  async submitQuestionnaireResponse(@CurrentUser() user: AuthUser, @Args('assignmentId', { type: () => ID }, UuidPipe) assignmentId: string) {
    return toAssignmentType(await this.service.submit(user, assignmentId));
  }

  @Mutation(() => QuestionnaireAssignmentType, { description: "Unlocks a submission, with a reason the partner sees (ADMIN or the consortium lead's staff)" })
  @Roles(...MANAGERS)
  async reopenQuestionnaireResponse(@CurrentUser() user: AuthUser, @Args('input') input: ReopenQuestionnaireResponseInput) {
    return toAssignmentType(await this.service.reopen(user, input));
  }

  @ResolveField(() => OrganizationType)
  async organization(@Parent() assignment: QuestionnaireAssignmentType, @Ctx() ctx: RequestContext) {
    return toOrganizationType((await ctx.loaders.organization.load(assignment.organizationId))!);
  }
}

@Resolver(() => QuestionnaireType)
export class QuestionnaireFieldsResolver {
  @ResolveField(() => ConsortiumType)
  async consortium(@Parent() questionnaire: QuestionnaireType, @Ctx() ctx: RequestContext) {
    return toConsortiumType((await ctx.loaders.consortium.load(questionnaire.consortiumId))!);
  }
}

@Resolver(() => QuestionnaireCompletionType)
export class QuestionnaireCompletionResolver {
  @ResolveField(() => [OrganizationType])
  async pending(@Parent() completion: QuestionnaireCompletionType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.organization.loadMany(completion.pendingIds)).map((organization) => toOrganizationType(organization as never));
  }

  @ResolveField(() => [OrganizationType])
  async overdue(@Parent() completion: QuestionnaireCompletionType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.organization.loadMany(completion.overdueIds)).map((organization) => toOrganizationType(organization as never));
  }
}
