import { Injectable } from '@nestjs/common';
import type { Locale } from '@shuraka/domain';
import { rankCompiled, reasonMessage } from '@shuraka/matching';
import type { AuthUser } from '../../common/auth/auth-user';
import { ApplicantsService } from '../applicants/applicants.service';
import { MatchingCatalogues } from './catalogues';
import type { MatchServicesArgs } from './dto/match-services.args';
import { MatchingDataService } from './matching.service';
import type { ServiceMatchType } from './matching.types';

/**
 * Ranks the consortium's services for one applicant the user may see, explained in the user's
 * language: against the consortium's compiled catalogue, with one statement for what changes with
 * every referral (see MatchingCatalogues).
 */
@Injectable()
export class RankingService {
  constructor(
    private readonly applicants: ApplicantsService,
    private readonly data: MatchingDataService,
    private readonly catalogues: MatchingCatalogues,
  ) {}

  async matchServices(user: AuthUser, args: MatchServicesArgs, locale: Locale): Promise<ServiceMatchType[]> {
    const applicant = await this.applicants.get(user, args.applicantId);
    const { catalogue, state } = await this.catalogues.snapshot(applicant.consortiumId);
    const needs = new Set<string>(applicant.needs);
    const matches = rankCompiled(this.data.toMatchApplicant(applicant), catalogue.compiled, state, catalogue.weights, {
      first: args.first ?? 10,
      includeIneligible: args.includeIneligible ?? false,
    });
    return matches.map((match) => {
      const service = catalogue.services.get(match.serviceId)!;
      return {
        serviceId: match.serviceId,
        service: { ...service, capacityUsed: state.capacityUsed.get(match.serviceId) ?? 0 },
        score: match.scoreCentiPoints / 100,
        eligible: match.eligible,
        meetsNeeds: needs.has(service.kind),
        reasons: match.reasons.map((reason) => ({ code: reason.code, message: reasonMessage(reason, locale), contribution: reason.centiPoints / 100 })),
      };
    });
  }
}
