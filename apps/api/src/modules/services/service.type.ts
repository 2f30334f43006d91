import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApplicantCategory, Gender, GuaranteeType, ProjectSize, ServiceKind } from '@shuraka/domain';
import { LocalizedText, Money, toMoney } from '../../common/graphql/common.types';
import { Connection } from '../../common/graphql/pagination';
import type { ServiceEntity } from './service.entity';

@ObjectType('Service', { description: 'What a partner offers, with its eligibility and capacity' })
export class ServiceType {
  @Field(() => ID)
  id: string;

  /** Resolved through the organisation loader. */
  organizationId: string;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  description: LocalizedText | null;

  @Field(() => ServiceKind)
  kind: ServiceKind;

  @Field(() => [ApplicantCategory], { description: 'Categories it serves; empty means all' })
  categories: ApplicantCategory[];

  @Field(() => [String], { description: 'ISO 3166-2 codes where it is offered' })
  governorates: string[];

  @Field(() => [ProjectSize], { description: 'Project sizes it serves; empty means any' })
  projectSizes: ProjectSize[];

  @Field(() => Gender, { nullable: true, description: 'Only this gender, when set' })
  gender: Gender | null;

  @Field(() => Int, { nullable: true })
  minAge: number | null;

  @Field(() => Int, { nullable: true })
  maxAge: number | null;

  @Field(() => Money, { nullable: true })
  minAmount: Money | null;

  @Field(() => Money, { nullable: true })
  maxAmount: Money | null;

  @Field(() => GuaranteeType)
  guaranteeRequired: GuaranteeType;

  @Field(() => Int, { description: 'Applicants it can take per period' })
  capacity: number;

  @Field(() => Int, { description: 'Places taken by ACCEPTED and IN_SERVICE referrals' })
  capacityUsed: number;

  @Field(() => Int, { nullable: true, description: 'Days the partner usually needs to decide' })
  decisionDays: number | null;
}

export const ServiceConnection = Connection(ServiceType, 'Service');

export function toServiceType(entity: ServiceEntity): ServiceType {
  const hasDescription = entity.descriptionAr || entity.descriptionEn;
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    name: { ar: entity.nameAr, en: entity.nameEn },
    description: hasDescription ? { ar: entity.descriptionAr, en: entity.descriptionEn } : null,
    kind: entity.kind,
    categories: entity.categories as ApplicantCategory[],
    governorates: entity.governorates,
    projectSizes: entity.projectSizes as ProjectSize[],
    gender: entity.gender,
    minAge: entity.minAge,
    maxAge: entity.maxAge,
    minAmount: toMoney(entity.minAmount, entity.currency),
    maxAmount: toMoney(entity.maxAmount, entity.currency),
    guaranteeRequired: entity.guaranteeRequired,
    capacity: entity.capacity,
    capacityUsed: entity.capacityUsed,
    decisionDays: entity.decisionDays,
  };
}
