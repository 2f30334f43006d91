import { Injectable } from '@nestjs/common';
import type { Locale } from '@shuraka/domain';
import { rankServices, reasonMessage } from '@shuraka/matching';
import type { AuthUser } from '../../common/auth/auth-user';
import { ApplicantsService } from '../applicants/applicants.service';
import type { MatchServicesArgs } from './dto/match-services.args';
import { MatchingDataService } from './matching.service';
import type { ServiceMatchType } from './matching.types';

/** Ranks the consortium's services for one applicant the user may see, explained in the user's language. */
@Injectable()
export class RankingService {
  constructor(
    private readonly applicants: ApplicantsService,
    private readonly data: MatchingDataService,
  ) {}

  async matchServices(user: AuthUser, args: MatchServicesArgs, locale: Locale): Promise<ServiceMatchType[]> {
    const applicant = await this.applicants.get(user, args.applicantId);
    const [services, weights] = await Promise.all([this.data.candidateServices(applicant.consortiumId), this.data.weightsFor(applicant.consortiumId)]);
    const kindOf = new Map(services.map((service) => [service.id, service.kind]));
    const needs = new Set<string>(applicant.needs);
    return rankServices(this.data.toMatchApplicant(applicant), services, weights)
      .filter((match) => args.includeIneligible || match.eligible)
      .slice(0, args.first ?? 10)
      .map((match) => ({
        serviceId: match.serviceId,
        score: match.scoreCentiPoints / 100,
        eligible: match.eligible,
        meetsNeeds: needs.has(kindOf.get(match.serviceId)!),
        reasons: match.reasons.map((reason) => ({ code: reason.code, message: reasonMessage(reason, locale), contribution: reason.centiPoints / 100 })),
      }));
  }
}
