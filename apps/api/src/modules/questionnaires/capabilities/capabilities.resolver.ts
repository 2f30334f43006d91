import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../../common/auth/current-user.decorator';
import { Roles } from '../../../common/auth/roles.decorator';
import type { RequestContext } from '../../../common/graphql/context';
import { UuidPipe } from '../../../common/validation/uuid.pipe';
import { ServiceType, toServiceType } from '../../services/service.type';
import { toAssignmentType } from '../questionnaire.type';
import { CapabilitiesService } from './capabilities.service';
import { ApplyCapabilityDifferenceInput, CapabilityDifferenceType, ServiceChangeAction, ServiceChangeType } from './capability-difference.type';

@Resolver(() => ServiceChangeType)
export class CapabilitiesResolver {
  constructor(private readonly capabilities: CapabilitiesService) {}

  @Query(() => CapabilityDifferenceType, {
    description: "A submitted response's capability answers beside the partner's services (ADMIN or the consortium lead's staff)",
  })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF)
  async capabilityDifference(
    @CurrentUser() user: AuthUser,
    @Args('assignmentId', { type: () => ID }, UuidPipe) assignmentId: string,
  ): Promise<CapabilityDifferenceType> {
    const difference = await this.capabilities.difference(user, assignmentId);
    return {
      assignment: toAssignmentType(difference.view),
      fingerprint: difference.fingerprint,
      changes: difference.changes.map((change) => ({
        action: ServiceChangeAction[change.action],
        serviceId: change.serviceId,
        entry: change.entry,
        name: { ar: change.name.ar ?? null, en: change.name.en ?? null },
        fields: change.fields,
      })),
      warnings: difference.warnings.map((warning) => ({ ar: warning.ar ?? null, en: warning.en ?? null })),
    };
  }

  @Mutation(() => [ServiceType], {
    description: 'Applies the reviewed difference in one transaction (the services created and updated); CONFLICT when it changed since (expectedFingerprint)',
  })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF)
  async applyCapabilityDifference(@CurrentUser() user: AuthUser, @Args('input') input: ApplyCapabilityDifferenceInput) {
    return (await this.capabilities.apply(user, input.assignmentId, input.expectedFingerprint)).map(toServiceType);
  }

  @ResolveField(() => ServiceType, { nullable: true })
  async service(@Parent() change: ServiceChangeType, @Ctx() ctx: RequestContext) {
    if (!change.serviceId) return null;
    const service = await ctx.loaders.service.load(change.serviceId);
    return service ? toServiceType(service) : null;
  }
}
