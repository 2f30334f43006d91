import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberRole } from '@shuraka/domain';
import { LocalizedText } from '../../common/graphql/common.types';
import { Connection } from '../../common/graphql/pagination';
import { OrganizationType } from '../organizations/organization.type';
import type { ConsortiumEntity } from './consortium.entity';

@ObjectType('Consortium', { description: 'A partnership or development group: organisations working together' })
export class ConsortiumType {
  @Field(() => ID)
  id: string;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field({ description: 'ISO 3166-1 alpha-2 country code' })
  country: string;

  @Field(() => LocalizedText, { nullable: true, description: 'What the consortium is for' })
  purpose: LocalizedText | null;
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
  return { id: entity.id, name: { ar: entity.nameAr, en: entity.nameEn }, country: entity.country, purpose };
}
