import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationKind } from '@shuraka/domain';
import { LocalizedText } from '../../common/graphql/common.types';
import { Connection } from '../../common/graphql/pagination';
import type { BranchEntity } from './branch.entity';
import type { OrganizationEntity } from './organization.entity';

@ObjectType('Branch', { description: 'An office of a partner organisation' })
export class BranchType {
  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field({ description: 'ISO 3166-2 governorate code, e.g. YE-AB' })
  governorate: string;

  @Field(() => String, { nullable: true, description: 'District (مديرية)' })
  district: string | null;
}

@ObjectType('Organization', { description: 'A partner: NGO, lender, fund, agency, bank, cooperative …' })
export class OrganizationType {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => [String], { description: 'ISO 3166-2 codes of the governorates it works in' })
  governorates: string[];
}

export const OrganizationConnection = Connection(OrganizationType, 'Organization');

export function toOrganizationType(entity: OrganizationEntity): OrganizationType {
  return { id: entity.id, name: { ar: entity.nameAr, en: entity.nameEn }, kind: entity.kind, governorates: entity.governorates };
}

export function toBranchType(entity: BranchEntity): BranchType {
  return { name: { ar: entity.nameAr, en: entity.nameEn }, governorate: entity.governorate, district: entity.district };
}
