import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DEFAULT_WEIGHTS, type MatchWeights } from '@shuraka/matching';
import { MemberRole } from '@shuraka/domain';
import { LocalizedText } from '../../common/graphql/common.types';
import { Connection } from '../../common/graphql/pagination';
import { OrganizationType } from '../organizations/organization.type';
import type { ConsortiumEntity } from './consortium.entity';

@ObjectType('MatchingWeights', { description: 'Points per part of the matching score (they add up to 100)' })
export class MatchingWeightsType implements MatchWeights {
  @Field(() => Int) need: number;
  @Field(() => Int) trackRecord: number;
  @Field(() => Int) amountFit: number;
  @Field(() => Int) governorate: number;
  @Field(() => Int) district: number;
  @Field(() => Int) capacityHeadroom: number;
}

@ObjectType('Consortium', { description: 'A partnership or development group: organisations working together' })
export class ConsortiumType {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field({ description: 'ISO 3166-1 alpha-2 country code' })
  country: string;

  @Field(() => String, { nullable: true, description: "Calling code (digits) completing applicants' phone numbers written without one" })
  defaultCallingCode: string | null;

  @Field(() => LocalizedText, { nullable: true, description: 'What the consortium is for' })
  purpose: LocalizedText | null;

  @Field({ description: "IANA time zone of the consortium's calendar (due dates, overdue), e.g. Asia/Aden" })
  timeZone: string;

  @Field(() => MatchingWeightsType, { description: 'Weights its matching uses (the defaults unless the consortium set its own)' })
  matchingWeights: MatchingWeightsType;

  @Field({ description: 'Whether the consortium set its own weights' })
  customMatchingWeights: boolean;
}

@ObjectType('ConsortiumMember')
export class ConsortiumMemberType {
  /** Resolved through the organisation loader. */
  organizationId: string;

  @Field(() => OrganizationType)
  organization?: OrganizationType;

  @Field(() => MemberRole)
  role: MemberRole;
}

export const ConsortiumConnection = Connection(ConsortiumType, 'Consortium');

export function toConsortiumType(entity: ConsortiumEntity): ConsortiumType {
  const purpose = entity.purposeAr || entity.purposeEn ? { ar: entity.purposeAr, en: entity.purposeEn } : null;
  return {
    id: entity.id,
    name: { ar: entity.nameAr, en: entity.nameEn },
    country: entity.country,
    defaultCallingCode: entity.defaultCallingCode,
    purpose,
    timeZone: entity.timeZone,
    matchingWeights: { ...(entity.matchingWeights ?? DEFAULT_WEIGHTS) },
    customMatchingWeights: entity.matchingWeights !== null,
  };
}
