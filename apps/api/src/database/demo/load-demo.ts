import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ConsortiumMemberEntity } from '../../modules/consortia/consortium-member.entity';
import { ConsortiumEntity } from '../../modules/consortia/consortium.entity';
import { hashPassword } from '../../modules/auth/passwords';
import { BranchEntity } from '../../modules/organizations/branch.entity';
import { OrganizationEntity } from '../../modules/organizations/organization.entity';
import { searchText } from '../../modules/organizations/organizations.service';
import { ServiceEntity } from '../../modules/services/service.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { DEMO_CONSORTIA, DEMO_ORGANIZATIONS, DEMO_USERS } from './demo-data';

/**
 * Loads the demo consortium in one transaction, only on a database without organisations (so it
 * runs once and never touches real data). Demo users get DEMO_PASSWORD, or a generated password
 * printed once.
 */
export async function loadDemoData(dataSource: DataSource, logger: Logger, password = process.env.DEMO_PASSWORD): Promise<boolean> {
  const demoPassword = password || randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(demoPassword);
  const loaded = await dataSource.transaction(async (manager) => {
    // Serialises concurrent starts on the same database.
    await manager.query('SELECT pg_advisory_xact_lock(727001)');
    if ((await manager.getRepository(OrganizationEntity).count()) > 0) return false;
    const ids = new Map<string, string>();
    for (const demo of DEMO_ORGANIZATIONS) {
      const organization = await manager.getRepository(OrganizationEntity).save({
        nameAr: demo.ar, nameEn: demo.en, kind: demo.kind, governorates: demo.governorates, searchText: searchText(demo.ar, demo.en),
      });
      ids.set(demo.key, organization.id);
      if (demo.branches?.length) {
        await manager.getRepository(BranchEntity).insert(
          demo.branches.map((branch, position) => ({
            organizationId: organization.id, position, nameAr: branch.ar, nameEn: branch.en,
            governorate: branch.governorate, district: branch.district ?? null,
          })),
        );
      }
      for (const service of demo.services ?? []) {
        await manager.getRepository(ServiceEntity).save({
          organizationId: organization.id, nameAr: service.ar, nameEn: service.en,
          descriptionAr: service.descriptionAr ?? null, descriptionEn: service.descriptionEn ?? null,
          kind: service.kind, categories: service.categories, governorates: service.governorates,
          projectSizes: service.projectSizes ?? [], gender: service.gender ?? null,
          minAge: service.minAge ?? null, maxAge: service.maxAge ?? null,
          minAmount: service.amount?.min ?? null, maxAmount: service.amount?.max ?? null, currency: service.amount?.currency ?? null,
          guaranteeRequired: service.guarantee, capacity: service.capacity, decisionDays: service.decisionDays ?? null,
        });
      }
    }
    for (const demo of DEMO_CONSORTIA) {
      const consortium = await manager.getRepository(ConsortiumEntity).save({
        nameAr: demo.ar, nameEn: demo.en, country: demo.country, purposeAr: demo.purposeAr, purposeEn: demo.purposeEn,
      });
      await manager.getRepository(ConsortiumMemberEntity).insert(
        demo.members.map((member) => ({ consortiumId: consortium.id, organizationId: ids.get(member.key)!, role: member.role })),
      );
    }
    const users = manager.getRepository(UserEntity);
    for (const demo of DEMO_USERS) {
      if (await users.existsBy({ email: demo.email })) continue;
      await users.save({
        email: demo.email, displayName: demo.displayName, role: demo.role, passwordHash,
        organizationId: demo.organizationKey ? ids.get(demo.organizationKey)! : null,
      });
    }
    return true;
  });
  if (loaded) {
    logger.info({ organizations: DEMO_ORGANIZATIONS.length, consortia: DEMO_CONSORTIA.length }, 'demo data loaded');
    if (!password) {
      console.log(`\n  Demo users (${DEMO_USERS.map((user) => user.email).join(', ')})\n  share the password: ${demoPassword}\n  (set DEMO_PASSWORD to choose it)\n`);
    }
  }
  return loaded;
}
