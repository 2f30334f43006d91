import DataLoader from 'dataloader';
import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Role } from '@shuraka/domain';
import type { AuthUser } from '../auth/auth-user';
import { referralScope } from '../auth/visibility';
import { rawReader } from './raw-rows';
import { ApplicantEntity } from '../../modules/applicants/applicant.entity';
import { ReferralEventEntity } from '../../modules/referrals/referral-event.entity';
import { ReferralEntity } from '../../modules/referrals/referral.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { ConsortiumMemberEntity } from '../../modules/consortia/consortium-member.entity';
import { ConsortiumEntity } from '../../modules/consortia/consortium.entity';
import { BranchEntity } from '../../modules/organizations/branch.entity';
import { OrganizationEntity } from '../../modules/organizations/organization.entity';
import { ServiceEntity } from '../../modules/services/service.entity';
import { createPersonalDataReads } from '../../modules/audit/personal-data-reads';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Rows of `entity` whose `column` is one of `ids`, read without hydration (see raw-rows.ts), only the entity's columns. */
async function rowsWhereIn<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, column: string, ids: readonly string[], orderBy = ''): Promise<T[]> {
  const reader = rawReader(dataSource, entity);
  const table = dataSource.getMetadata(entity).tableName;
  const rows: Array<Record<string, unknown>> = await dataSource.query(
    `SELECT ${reader.select('t')} FROM "${table}" t WHERE t."${column}" = ANY($1::uuid[])${orderBy ? ` ORDER BY ${orderBy}` : ''}`,
    [[...ids]],
  );
  return rows.map((row) => reader.read(row));
}

function oneByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/**
 * DataLoaders for nested fields, made once per request (in the GraphQL context) so that a page of
 * organisations costs one query per nested field, not one per organisation. Visibility rules that
 * depend on the user are applied here too, since the loaders know whose request it is. The loaders on
 * the hot read paths (referrals and their applicant, service, organisation, history, people) read raw
 * rows of the entity's columns, skipping TypeORM's entity hydration.
 */
export function createLoaders(dataSource: DataSource, user: AuthUser | null) {
  return {
    organization: new DataLoader<string, OrganizationEntity | null>(async (ids) =>
      oneByKey(ids, await rowsWhereIn(dataSource, OrganizationEntity, 'id', ids), (row) => row.id),
    ),
    branchesOfOrganization: new DataLoader<string, BranchEntity[]>(async (ids) =>
      byKey(
        ids,
        await dataSource.getRepository(BranchEntity).find({ where: { organizationId: In([...ids]) }, order: { position: 'ASC' } }),
        (row) => row.organizationId,
      ),
    ),
    servicesOfOrganization: new DataLoader<string, ServiceEntity[]>(async (ids) => {
      const visible = user?.role === Role.PARTNER_STAFF ? ids.filter((id) => id === user.organizationId) : [...ids];
      const rows = visible.length
        ? await dataSource.getRepository(ServiceEntity).find({ where: { organizationId: In(visible) }, order: { createdAt: 'ASC', id: 'ASC' } })
        : [];
      return byKey(ids, rows, (row) => row.organizationId);
    }),
    consortiaOfOrganization: new DataLoader<string, ConsortiumEntity[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(ConsortiumMemberEntity)
        .find({ where: { organizationId: In([...ids]) }, relations: { consortium: true }, order: { joinedAt: 'ASC' } });
      return byKey(ids, rows, (row) => row.organizationId).map((members) => members.map((member) => member.consortium!));
    }),
    /** Only reached through a referral or applicant the user may already see. */
    applicant: new DataLoader<string, ApplicantEntity | null>(async (ids) =>
      oneByKey(ids, await rowsWhereIn(dataSource, ApplicantEntity, 'id', ids), (row) => row.id),
    ),
    service: new DataLoader<string, ServiceEntity | null>(async (ids) => oneByKey(ids, await rowsWhereIn(dataSource, ServiceEntity, 'id', ids), (row) => row.id)),
    user: new DataLoader<string, UserEntity | null>(async (ids) => oneByKey(ids, await rowsWhereIn(dataSource, UserEntity, 'id', ids), (row) => row.id)),
    eventsOfReferral: new DataLoader<string, ReferralEventEntity[]>(async (ids) =>
      byKey(ids, await rowsWhereIn(dataSource, ReferralEventEntity, 'referral_id', ids, 't.at, t.id'), (row) => row.referralId),
    ),
    /** An applicant's referrals that the user may see (a partner: only those sent to it). */
    referralsOfApplicant: new DataLoader<string, ReferralEntity[]>(async (ids) => {
      if (!user) return ids.map(() => []);
      const scope = referralScope(user);
      const rows = await dataSource
        .getRepository(ReferralEntity)
        .createQueryBuilder('r')
        .where('r.applicant_id IN (:...ids)', { ids: [...ids] })
        .andWhere(scope.sql, scope.params)
        .orderBy('r.created_at', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .getMany();
      return byKey(ids, rows, (row) => row.applicantId);
    }),
    /** Await before showing applicants' personal data: audits partner staff's reads, one INSERT per batch. */
    personalDataRead: createPersonalDataReads(dataSource, user),
    consortium: new DataLoader<string, ConsortiumEntity | null>(async (ids) =>
      oneByKey(ids, await dataSource.getRepository(ConsortiumEntity).findBy({ id: In([...ids]) }), (row) => row.id),
    ),
    membersOfConsortium: new DataLoader<string, ConsortiumMemberEntity[]>(async (ids) =>
      byKey(
        ids,
        await dataSource.getRepository(ConsortiumMemberEntity).find({ where: { consortiumId: In([...ids]) }, order: { joinedAt: 'ASC' } }),
        (row) => row.consortiumId,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
