import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ServiceType } from '../services/service.type';

@ObjectType('MatchReason', { description: 'Why a service is excluded, or one part of its score' })
export class MatchReasonType {
  @Field({ description: 'CATEGORY, GOVERNORATE, PROJECT_SIZE, AGE, GENDER, AMOUNT, GUARANTEE, CAPACITY (exclusions); NEED, GOVERNORATE_MATCH, DISTRICT_BRANCH, AMOUNT_FIT, CAPACITY_HEADROOM, TRACK_RECORD (score parts)' })
  code: string;

  @Field({ description: "In the request's language (Accept-Language: ar or en)" })
  message: string;

  @Field(() => Float, { description: 'Points this part adds to the score (0 for exclusions)' })
  contribution: number;
}

@ObjectType('ServiceMatch', { description: 'A service ranked for one applicant' })
export class ServiceMatchType {
  serviceId: string;

  /** From the consortium's catalogue, with the places used read for this match. */
  @Field(() => ServiceType)
  service: ServiceType;

  @Field(() => Float, { description: '0–100, the sum of the contributions; 0 when not eligible' })
  score: number;

  @Field()
  eligible: boolean;

  @Field({ description: "The service is of a kind the applicant asked for (one of their needs); false: another service open to them" })
  meetsNeeds: boolean;

  @Field(() => [MatchReasonType])
  reasons: MatchReasonType[];
}
