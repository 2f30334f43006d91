import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import { OrganizationType } from '../organizations/organization.type';
import type { UserEntity } from './user.entity';

@ObjectType('User', { description: 'A person who signs in' })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  /** Resolved through the organisation loader. */
  organizationId: string | null;

  @Field(() => OrganizationType, { nullable: true, description: 'The organisation the user works for' })
  organization?: OrganizationType | null;
}

export function toUserType(entity: UserEntity): UserType {
  return { id: entity.id, email: entity.email, displayName: entity.displayName, role: entity.role, organizationId: entity.organizationId };
}
