import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import { rankServices, reasonMessage } from '@shuraka/matching';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { FIELD_COST } from '../../common/graphql/field-costs';
import { AppError } from '../../common/errors/app-error';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { ApplicantsService } from '../applicants/applicants.service';
import { ServiceType, toServiceType } from '../services/service.type';
import { MatchingDataService } from './matching.service';
import { ServiceMatchType } from './matching.types';

@Resolver(() => ServiceMatchType)
export class MatchingResolver {
  constructor(
    private readonly applicants: ApplicantsService,
    private readonly data: MatchingDataService,
  ) {}

  @Query(() => [ServiceMatchType], { description: "The consortium's services ranked for one applicant, each with its reasons", complexity: FIELD_COST.matchServices })
  @Roles(Role.ADMIN, Role.COORDINATOR)
  async matchServices(
    @CurrentUser() user: AuthUser,
    @Ctx() ctx: RequestContext,
    @Args('applicantId', { type: () => ID }, UuidPipe) applicantId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number,
    @Args('includeIneligible', { type: () => Boolean, nullable: true, defaultValue: false }) includeIneligible: boolean,
  ): Promise<ServiceMatchType[]> {
    first = first ?? 10;
    if (!Number.isInteger(first) || first < 1 || first > 100) throw AppError.field('first', 'must be from 1 to 100', first > 100 ? 'max' : 'min');
    const applicant = await this.applicants.get(user, applicantId);
    const [services, weights] = await Promise.all([this.data.candidateServices(applicant.consortiumId), this.data.weightsFor(applicant.consortiumId)]);
    const ranked = rankServices(this.data.toMatchApplicant(applicant), services, weights);
    return ranked
      .filter((match) => includeIneligible || match.eligible)
      .slice(0, first)
      .map((match) => ({
        serviceId: match.serviceId,
        score: match.scoreCentiPoints / 100,
        eligible: match.eligible,
        reasons: match.reasons.map((reason) => ({ code: reason.code, message: reasonMessage(reason, ctx.locale), contribution: reason.centiPoints / 100 })),
      }));
  }

  @ResolveField(() => ServiceType)
  async service(@Parent() match: ServiceMatchType, @Ctx() ctx: RequestContext) {
    return toServiceType((await ctx.loaders.service.load(match.serviceId))!);
  }
}
