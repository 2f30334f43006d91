import { ConsortiumMemberEntity } from '../modules/consortia/consortium-member.entity';
import { ConsortiumEntity } from '../modules/consortia/consortium.entity';
import { BranchEntity } from '../modules/organizations/branch.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { ServiceEntity } from '../modules/services/service.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every TypeORM entity; the drift test compares them with the migrations. */
export const ENTITIES = [
  UserEntity,
  OrganizationEntity,
  BranchEntity,
  ConsortiumEntity,
  ConsortiumMemberEntity,
  ServiceEntity,
];
