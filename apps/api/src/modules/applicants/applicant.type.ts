import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApplicantCategory, Gender, GuaranteeType, ProjectSize, ServiceKind } from '@shuraka/domain';
import { Money, toMoney } from '../../common/graphql/common.types';
import { Connection } from '../../common/graphql/pagination';
import { DateScalar } from '../../common/graphql/scalars';
import type { ApplicantEntity } from './applicant.entity';
import { DuplicateReason } from './dto/applicant.inputs';

@ObjectType('Applicant', { description: 'A young person or family registered by a coordinator, with consent' })
export class ApplicantType {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Last digits of the national id; only for the registering coordinator and ADMIN' })
  nationalIdLastDigits: string | null;

  @Field(() => ApplicantCategory)
  category: ApplicantCategory;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => DateScalar, { nullable: true })
  birthDate: string | null;

  @Field()
  governorate: string;

  @Field(() => String, { nullable: true })
  district: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => ProjectSize, { nullable: true })
  projectSize: ProjectSize | null;

  @Field(() => String, { nullable: true })
  sector: string | null;

  @Field(() => Money, { nullable: true })
  requestedAmount: Money | null;

  @Field(() => [ServiceKind])
  needs: ServiceKind[];

  @Field(() => GuaranteeType)
  guaranteeOffered: GuaranteeType;

  @Field(() => GraphQLISODateTime)
  consentGivenAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the applicant withdrew their consent; no new referral is made after it' })
  consentWithdrawnAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the consent was withdrawn; only for the registering coordinator and ADMIN' })
  consentWithdrawalReason: string | null;

  @Field(() => Int, { description: 'Bumped by every change; sent back as expectedVersion' })
  version: number;

  @Field(() => ID, { nullable: true, description: 'Whose services are matched; null: every service' })
  consortiumId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const ApplicantConnection = Connection(ApplicantType, 'Applicant');

/** What a partner's staff see: what a decision needs, never the national id. */
export function toApplicantType(entity: ApplicantEntity, options: { full: boolean }): ApplicantType {
  return {
    id: entity.id,
    fullName: entity.fullName,
    nationalIdLastDigits: options.full ? entity.nationalIdLastDigits : null,
    category: entity.category,
    gender: entity.gender,
    birthDate: entity.birthDate,
    governorate: entity.governorate,
    district: entity.district,
    phone: entity.phone,
    projectSize: entity.projectSize,
    sector: entity.sector,
    requestedAmount: toMoney(entity.requestedAmount, entity.requestedCurrency),
    needs: entity.needs as ServiceKind[],
    guaranteeOffered: entity.guaranteeOffered,
    consentGivenAt: entity.consentGivenAt,
    consentWithdrawnAt: entity.consentWithdrawnAt,
    consentWithdrawalReason: options.full ? entity.consentWithdrawalReason : null,
    version: entity.version,
    consortiumId: entity.consortiumId,
    createdAt: entity.createdAt,
  };
}

@ObjectType('ApplicantDuplicate', { description: 'A registered applicant who may be the person being registered' })
export class ApplicantDuplicateType {
  @Field(() => ApplicantType)
  applicant: ApplicantType;

  @Field(() => [DuplicateReason])
  reasons: DuplicateReason[];
}
