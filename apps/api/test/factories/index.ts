import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { GuaranteeType, MemberRole, OrganizationKind, Role, ServiceKind } from '@shuraka/domain';
import { hashPassword } from '../../src/modules/auth/passwords';
import { ConsortiumMemberEntity } from '../../src/modules/consortia/consortium-member.entity';
import { ConsortiumEntity } from '../../src/modules/consortia/consortium.entity';
import { OrganizationEntity } from '../../src/modules/organizations/organization.entity';
import { searchText } from '../../src/modules/organizations/organizations.service';
import { ServiceEntity } from '../../src/modules/services/service.entity';
import { UserEntity } from '../../src/modules/users/user.entity';

/** A short unique tag, so tests sharing one database never see each other's rows by accident. */
export const uniqueTag = () => randomUUID().slice(0, 8);

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export async function createOrganization(
  dataSource: DataSource,
  overrides: Partial<Pick<OrganizationEntity, 'nameAr' | 'nameEn' | 'kind' | 'governorates'>> = {},
): Promise<OrganizationEntity> {
  const tag = uniqueTag();
  const nameAr = overrides.nameAr === undefined ? `منظمة اختبار ${tag}` : overrides.nameAr;
  const nameEn = overrides.nameEn === undefined ? `Test organisation ${tag}` : overrides.nameEn;
  return dataSource.getRepository(OrganizationEntity).save({
    nameAr,
    nameEn,
    kind: overrides.kind ?? OrganizationKind.NGO,
    governorates: overrides.governorates ?? ['YE-HD'],
    searchText: searchText(nameAr, nameEn),
  });
}

export async function createUser(
  dataSource: DataSource,
  role: Role,
  organizationId: string | null = null,
): Promise<UserEntity> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return dataSource.getRepository(UserEntity).save({
    email: `${role.toLowerCase()}-${uniqueTag()}@test.shuraka.org`,
    displayName: `Test ${role}`,
    passwordHash: await passwordHash,
    role,
    organizationId,
  });
}

export async function createService(
  dataSource: DataSource,
  organizationId: string,
  overrides: Partial<ServiceEntity> = {},
): Promise<ServiceEntity> {
  return dataSource.getRepository(ServiceEntity).save({
    organizationId,
    nameAr: `خدمة ${uniqueTag()}`,
    nameEn: `Service ${uniqueTag()}`,
    kind: ServiceKind.MICRO_LOAN,
    categories: [],
    governorates: ['YE-HD'],
    projectSizes: [],
    guaranteeRequired: GuaranteeType.NONE,
    capacity: 10,
    ...overrides,
  });
}

export async function createConsortium(
  dataSource: DataSource,
  leadOrganizationId: string,
  members: Array<{ organizationId: string; role: MemberRole }> = [],
): Promise<ConsortiumEntity> {
  const tag = uniqueTag();
  const consortium = await dataSource.getRepository(ConsortiumEntity).save({
    nameAr: `اتحاد ${tag}`,
    nameEn: `Consortium ${tag}`,
    country: 'YE',
  });
  await dataSource.getRepository(ConsortiumMemberEntity).insert([
    { consortiumId: consortium.id, organizationId: leadOrganizationId, role: MemberRole.LEAD },
    ...members.map((member) => ({ consortiumId: consortium.id, ...member })),
  ]);
  return consortium;
}

/** A user with a minted token. */
export async function signedIn(
  testApp: { dataSource: DataSource; tokenFor(id: string): string },
  role: Role,
  organizationId: string | null = null,
): Promise<{ user: UserEntity; token: string }> {
  const user = await createUser(testApp.dataSource, role, organizationId);
  return { user, token: testApp.tokenFor(user.id) };
}
