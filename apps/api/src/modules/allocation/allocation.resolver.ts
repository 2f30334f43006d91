import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { FIELD_COST } from '../../common/graphql/field-costs';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { ApplicantType, toApplicantType } from '../applicants/applicant.type';
import { ApplicantsService } from '../applicants/applicants.service';
import { ReferralType, toReferralType } from '../referrals/referral.type';
import { ServiceType, toServiceType } from '../services/service.type';
import type { AllocationPlanEntity } from './allocation-plan.entity';
import { AllocationService, unassignedMessage } from './allocation.service';
import { AllocationPlanType, AllocationType, UnassignedApplicantType } from './allocation.types';
import { PlanAllocationInput } from './dto/plan-allocation.input';

function toPlanType(plan: AllocationPlanEntity, ctx: RequestContext): AllocationPlanType {
  return {
    id: plan.id,
    assignments: plan.assignments.map((assignment) => ({ ...assignment, score: assignment.scoreCentiPoints / 100 })),
    unassignedReasons: plan.unassigned.map((entry) => ({ ...entry, message: unassignedMessage(entry.reason, ctx.locale) })),
    totalScore: plan.totalScoreCentiPoints / 100,
    committed: plan.committedAt !== null,
  };
}

@Resolver(() => AllocationPlanType)
export class AllocationResolver {
  constructor(private readonly allocation: AllocationService) {}

  @Mutation(() => AllocationPlanType, { description: 'COORDINATOR: the best spread of a cohort over services (nothing is sent yet)', complexity: FIELD_COST.planAllocation })
  @Roles(Role.COORDINATOR, Role.ADMIN)
  async planAllocation(@CurrentUser() user: AuthUser, @Ctx() ctx: RequestContext, @Args('input') input: PlanAllocationInput) {
    return toPlanType(await this.allocation.plan(user, input), ctx);
  }

  @Query(() => AllocationPlanType, { description: 'A plan its coordinator made' })
  @Roles(Role.COORDINATOR, Role.ADMIN)
  async allocationPlan(@CurrentUser() user: AuthUser, @Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return toPlanType(await this.allocation.get(user, id), ctx);
  }

  @Mutation(() => [ReferralType], {
    description: 'Sends the planned referrals in one transaction; CONFLICT when places changed since planning',
    complexity: FIELD_COST.commitAllocation,
  })
  @Roles(Role.COORDINATOR, Role.ADMIN)
  async commitAllocation(@CurrentUser() user: AuthUser, @Args('planId', { type: () => ID }, UuidPipe) planId: string) {
    return (await this.allocation.commit(user, planId)).map(toReferralType);
  }

  @ResolveField(() => [ApplicantType])
  async unassigned(@Parent() plan: AllocationPlanType, @Ctx() ctx: RequestContext, @CurrentUser() user: AuthUser) {
    const applicants = await Promise.all(plan.unassignedReasons.map((entry) => ctx.loaders.applicant.load(entry.applicantId)));
    return applicants.map((applicant) => toApplicantType(applicant!, { full: ApplicantsService.isOwner(user, applicant!) }));
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

