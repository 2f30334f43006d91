import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecordType, normalizeSearchText, Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { containsPattern } from '../../common/database/like';
import { AppError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { Page } from '../../common/graphql/pagination';
import { cleanLocalized } from '../../common/validation/validators';
import { AuditService } from '../audit/audit.service';
import { BranchEntity } from './branch.entity';
import type { BranchInput, CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './dto/organization.inputs';
import { OrganizationEntity } from './organization.entity';

/**
 * The directory reads alphabetically. The name is the one sort key that can change: a partner
 * renamed while someone pages through the directory may move across the page they are on
 * (inserts and other edits never do).
 */
const ORGANIZATION_ORDER: KeysetOrder = {
  kind: 'organizations:name-asc',
  direction: 'ASC',
  keys: [{ sql: 'coalesce(o.name_ar, o.name_en)', type: 'text' }, { sql: 'o.id', type: 'uuid' }],
  idColumn: 'o_id',
};

/**
 * The partner directory. Organisations (names, kinds, governorates, branches, memberships) are
 * visible to every signed-in user; only ADMIN creates them, and ADMIN or the organisation's own
 * staff edit them.
 */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly paginator: Paginator,
    private readonly audit: AuditService,
  ) {}

  async list(args: OrganizationsArgs): Promise<Page<OrganizationEntity>> {
    const query = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o');
    const filter = args.filter ?? {};
    const search = filter.search ? normalizeSearchText(filter.search) : '';
    if (search) query.andWhere(`o.search_text LIKE :search`, { search: containsPattern(search) });
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.governorate) query.andWhere(':governorate = ANY(o.governorates)', { governorate: filter.governorate });
    if (filter.consortiumId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM consortium_member m WHERE m.organization_id = o.id AND m.consortium_id = :consortiumId)',
        { consortiumId: filter.consortiumId },
      );
    }
    return this.paginator.page(query, ORGANIZATION_ORDER, args);
  }

  async get(id: string): Promise<OrganizationEntity> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id });
    if (!organization) throw AppError.notFound('Organization');
    return organization;
  }

  async create(user: AuthUser, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const name = cleanLocalized(input.name);
      const organization = await manager.getRepository(OrganizationEntity).save({
        nameAr: name.ar,
        nameEn: name.en,
        kind: input.kind,
        governorates: unique(input.governorates),
        searchText: searchText(name.ar, name.en),
      });
      const branches = await this.replaceBranches(manager, organization.id, input.branches ?? []);
      await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.ORGANIZATION, organization.id, { ...organization, branches }));
      return organization;
    });
  }

  async update(user: AuthUser, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(OrganizationEntity);
      const organization = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw AppError.notFound('Organization');
      if (user.role !== Role.ADMIN && user.organizationId !== id) {
        throw AppError.forbidden("Only an administrator or the organisation's own staff can edit it");
      }
      const before = { ...organization, branches: input.branches ? await this.branchesOf(manager, id) : undefined };
      if (input.name) {
        const name = cleanLocalized(input.name);
        organization.nameAr = name.ar;
        organization.nameEn = name.en;
        organization.searchText = searchText(name.ar, name.en);
      }
      if (input.kind) organization.kind = input.kind;
      if (input.governorates) organization.governorates = unique(input.governorates);
      const saved = await repository.save(organization);
      const branches = input.branches ? await this.replaceBranches(manager, id, input.branches) : undefined;
      await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.ORGANIZATION, id, before, { ...saved, branches }));
      return saved;
    });
  }

  /** Branches as the audit log shows them (their ids change when they are replaced). */
  private async branchesOf(manager: EntityManager, organizationId: string): Promise<BranchSummary[]> {
    const rows = await manager.getRepository(BranchEntity).find({ where: { organizationId }, order: { position: 'ASC' } });
    return rows.map(({ nameAr, nameEn, governorate, district }) => ({ nameAr, nameEn, governorate, district }));
  }

  private async replaceBranches(manager: EntityManager, organizationId: string, branches: BranchInput[]): Promise<BranchSummary[]> {
    const repository = manager.getRepository(BranchEntity);
    await repository.delete({ organizationId });
    if (branches.length === 0) return [];
    const rows = branches.map((branch, position) => {
      const name = cleanLocalized(branch.name);
      return {
        organizationId,
        position,
        nameAr: name.ar,
        nameEn: name.en,
        governorate: branch.governorate,
        district: branch.district?.trim() || null,
      };
    });
    await repository.insert(rows);
    return rows.map(({ nameAr, nameEn, governorate, district }) => ({ nameAr, nameEn, governorate, district }));
  }
}

type BranchSummary = Pick<BranchEntity, 'nameAr' | 'nameEn' | 'governorate' | 'district'>;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function searchText(...parts: Array<string | null>): string {
  return normalizeSearchText(parts.filter(Boolean).join(' '));
}
