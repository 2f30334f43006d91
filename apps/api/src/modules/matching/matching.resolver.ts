import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { FIELD_COST } from '../../common/graphql/field-costs';
import { MatchServicesArgs } from './dto/match-services.args';
import { ServiceMatchType } from './matching.types';
import { RankingService } from './ranking.service';

@Resolver(() => ServiceMatchType)
export class MatchingResolver {
  constructor(private readonly ranking: RankingService) {}

  @Query(() => [ServiceMatchType], { description: "The consortium's services ranked for one applicant, each with its reasons", complexity: FIELD_COST.matchServices })
  @Roles(Role.ADMIN, Role.COORDINATOR)
  matchServices(
    @CurrentUser() user: AuthUser,
    @Ctx() ctx: RequestContext,
    @Args() args: MatchServicesArgs,
  ): Promise<ServiceMatchType[]> {
    return this.ranking.matchServices(user, args, ctx.locale);
  }
}
