import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, type Locale } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { FIELD_COST } from '../../common/graphql/field-costs';
import { PaginationArgs } from '../../common/graphql/pagination';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { ApplicantType, toApplicantType } from '../applicants/applicant.type';
import { ApplicantsService } from '../applicants/applicants.service';
import { ReferralType, toReferralType } from '../referrals/referral.type';
import { ServiceType, toServiceType } from '../services/service.type';
import type { PlannedAssignment, PlannedUnassigned } from './allocation-plan.entity';
import { AllocationService, unassignedMessage, type PlanView } from './allocation.service';
import { AllocationConnection, AllocationPlanType, AllocationType, UnassignedApplicantConnection, UnassignedApplicantType } from './allocation.types';
import { clientGoneSignal } from './client-signal';
import { PlanAllocationInput } from './dto/plan-allocation.input';

/** The plan's GraphQL parent: its summary; the lists and pages are field resolvers reading what they need. */
interface PlanParent extends AllocationPlanType {
  view: PlanView;
}

function toPlanType(view: PlanView): PlanParent {
  return {
    id: view.id,
    totalScore: view.totalScoreCentiPoints / 100,
    committed: view.committed,
    applicantCount: view.applicantCount,
    assignedCount: view.assignedCount,
    unassignedCount: view.unassignedCount,
    view,
  };
}

const toAllocation = (assignment: PlannedAssignment): AllocationType => ({ ...assignment, score: assignment.scoreCentiPoints / 100 });
const toUnassigned = (entry: PlannedUnassigned, locale: Locale): UnassignedApplicantType => ({ ...entry, message: unassignedMessage(entry.reason, locale) });

@Resolver(() => AllocationPlanType)
export class AllocationResolver {
  constructor(private readonly allocation: AllocationService) {}

  @Mutation(() => AllocationPlanType, { description: 'COORDINATOR: the best spread of a cohort over services (nothing is sent yet)', complexity: FIELD_COST.planAllocation })
  @Roles(Role.COORDINATOR, Role.ADMIN)
  async planAllocation(@CurrentUser() user: AuthUser, @Ctx() ctx: RequestContext, @Args('input') input: PlanAllocationInput) {
    // A plan nobody waits for any more is abandoned: it leaves the queue, or its worker stops.
    const client = clientGoneSignal(ctx.res);
    try {
      return toPlanType(await this.allocation.plan(user, input, client.signal));
    } finally {
      client.release();
    }
  }

  @Query(() => AllocationPlanType, { description: 'A plan its coordinator made' })
  @Roles(Role.COORDINATOR, Role.ADMIN)
  async allocationPlan(@CurrentUser() user: AuthUser, @Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toPlanType(await this.allocation.get(user, id));
  }

  @Mutation(() => [ReferralType], {
    description: 'Sends the planned referrals in one transaction; CONFLICT when places changed since planning',
    complexity: FIELD_COST.commitAllocation,
  })
  @Roles(Role.COORDINATOR, Role.ADMIN)
  async commitAllocation(@CurrentUser() user: AuthUser, @Args('planId', { type: () => ID }, UuidPipe) planId: string) {
    return (await this.allocation.commit(user, planId)).map(toReferralType);
  }

  @ResolveField(() => [AllocationType])
  async assignments(@Parent() plan: PlanParent) {
    return (await this.allocation.lists(plan.view)).assignments.map(toAllocation);
  }

  @ResolveField(() => [UnassignedApplicantType])
  async unassignedReasons(@Parent() plan: PlanParent, @Ctx() ctx: RequestContext) {
    return (await this.allocation.lists(plan.view)).unassigned.map((entry) => toUnassigned(entry, ctx.locale));
  }

  @ResolveField(() => [ApplicantType])
  async unassigned(@Parent() plan: PlanParent, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser) {
    const { unassigned } = await this.allocation.lists(plan.view);
    const applicants = await Promise.all(unassigned.map((entry) => ctx.loaders.applicant.load(entry.applicantId)));
    return applicants.map((applicant) => toApplicantType(applicant!, { full: ApplicantsService.isOwner(user, applicant!) }));
  }

  @ResolveField(() => AllocationConnection, { description: 'The assignments a page at a time, in plan order (score descending, then applicant id)' })
  async assignmentPage(@Parent() plan: PlanParent, @Args() args: PaginationArgs) {
    const page = await this.allocation.page(plan.view, 'assignments', args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toAllocation(edge.node) })) };
  }

  @ResolveField(() => UnassignedApplicantConnection, { description: 'The applicants left without a service a page at a time, with why' })
  async unassignedPage(@Parent() plan: PlanParent, @Args() args: PaginationArgs, @Ctx() ctx: RequestContext) {
    const page = await this.allocation.page(plan.view, 'unassigned', args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toUnassigned(edge.node, ctx.locale) })) };
  }
}

@Resolver(() => AllocationType)
export class AllocationFieldsResolver {
  @ResolveField(() => ApplicantType)
  async applicant(@Parent() allocation: AllocationType, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser) {
    const applicant = (await ctx.loaders.applicant.load(allocation.applicantId))!;
    return toApplicantType(applicant, { full: ApplicantsService.isOwner(user, applicant) });
  }

  @ResolveField(() => ServiceType)
  async service(@Parent() allocation: AllocationType, @Ctx() ctx: RequestContext) {
    return toServiceType((await ctx.loaders.service.load(allocation.serviceId))!);
  }
}

@Resolver(() => UnassignedApplicantType)
export class UnassignedApplicantResolver {
  @ResolveField(() => ApplicantType)
  async applicant(@Parent() entry: UnassignedApplicantType, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser) {
    const applicant = (await ctx.loaders.applicant.load(entry.applicantId))!;
    return toApplicantType(applicant, { full: ApplicantsService.isOwner(user, applicant) });
  }
}

