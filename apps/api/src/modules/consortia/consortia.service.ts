import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecordType, callingCodeOf, MemberRole, Role } from '@shuraka/domain';
import { weightProblems } from '@shuraka/matching';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { PaginationArgs, Page } from '../../common/graphql/pagination';
import { cleanLocalized, cleanLongText as cleanText } from '../../common/validation/validators';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ConsortiumMemberEntity } from './consortium-member.entity';
import { ConsortiumEntity } from './consortium.entity';
import type {
  AddConsortiumMemberInput,
  CreateConsortiumInput,
  RemoveConsortiumMemberInput,
  UpdateConsortiumInput,
} from './dto/consortium.inputs';

const CONSORTIUM_ORDER: KeysetOrder = {
  kind: 'consortia:created-asc',
  direction: 'ASC',
  keys: [{ sql: 'c.created_at', type: 'timestamptz' }, { sql: 'c.id', type: 'uuid' }],
  idColumn: 'c_id',
};

/**
 * Consortia and their members. Every signed-in user sees them; ADMIN creates them; ADMIN or the
 * PARTNER_STAFF of the lead (supportive) organisation edit them, their membership and matching
 * weights. The lead's COMMITTEE_MEMBERs run meetings and read indicators; they do not edit.
 */
@Injectable()
export class ConsortiaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly paginator: Paginator,
    private readonly audit: AuditService,
  ) {}

  async list(args: PaginationArgs): Promise<Page<ConsortiumEntity>> {
    return this.paginator.page(this.dataSource.getRepository(ConsortiumEntity).createQueryBuilder('c'), CONSORTIUM_ORDER, args);
  }

  async get(id: string): Promise<ConsortiumEntity> {
    const consortium = await this.dataSource.getRepository(ConsortiumEntity).findOneBy({ id });
    if (!consortium) throw AppError.notFound('Consortium');
    return consortium;
  }

  async create(user: AuthUser, input: CreateConsortiumInput): Promise<ConsortiumEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireOrganization(manager, input.leadOrganizationId, 'leadOrganizationId');
      const name = cleanLocalized(input.name);
      const purpose = cleanText(input.purpose);
      const consortium = await manager.getRepository(ConsortiumEntity).save({
        nameAr: name.ar,
        nameEn: name.en,
        country: input.country,
        defaultCallingCode: input.defaultCallingCode ?? callingCodeOf(input.country),
        purposeAr: purpose.ar,
        purposeEn: purpose.en,
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      });
      const lead = { consortiumId: consortium.id, organizationId: input.leadOrganizationId, role: MemberRole.LEAD };
      await manager.getRepository(ConsortiumMemberEntity).insert(lead);
      await this.audit.record(manager, user.id, [
        AuditService.created(AuditRecordType.CONSORTIUM, consortium.id, consortium),
        AuditService.created(AuditRecordType.CONSORTIUM_MEMBER, consortium.id, lead),
      ]);
      return consortium;
    });
  }

  async update(user: AuthUser, id: string, input: UpdateConsortiumInput): Promise<ConsortiumEntity> {
    return this.dataSource.transaction(async (manager) => {
      const consortium = await this.lockForEdit(manager, user, id);
      const before = { ...consortium };
      if (input.name) {
        const name = cleanLocalized(input.name);
        consortium.nameAr = name.ar;
        consortium.nameEn = name.en;
      }
      if (input.country && input.country !== consortium.country) {
        consortium.country = input.country;
        consortium.defaultCallingCode = callingCodeOf(input.country);
      }
      if (input.defaultCallingCode !== undefined) consortium.defaultCallingCode = input.defaultCallingCode ?? callingCodeOf(consortium.country);
      if (input.purpose) {
        const purpose = cleanText(input.purpose);
        consortium.purposeAr = purpose.ar;
        consortium.purposeEn = purpose.en;
      }
      if (input.timeZone) consortium.timeZone = input.timeZone;
      if (input.matchingWeights !== undefined) {
        const weights = input.matchingWeights ? { ...input.matchingWeights } : null;
        const problems = weights ? weightProblems(weights) : [];
        if (problems.length > 0) {
          throw AppError.badInput(problems.map((message) => ({ field: 'matchingWeights', message, constraint: 'weightsSum' })));
        }
        consortium.matchingWeights = weights;
      }
      const saved = await manager.getRepository(ConsortiumEntity).save(consortium);
      await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.CONSORTIUM, id, before, saved));
      return saved;
    });
  }

  async addMember(user: AuthUser, input: AddConsortiumMemberInput): Promise<ConsortiumEntity> {
    return this.dataSource.transaction(async (manager) => {
      const consortium = await this.lockForEdit(manager, user, input.consortiumId);
      await this.requireOrganization(manager, input.organizationId, 'organizationId');
      const members = manager.getRepository(ConsortiumMemberEntity);
      if (await members.existsBy({ consortiumId: consortium.id, organizationId: input.organizationId })) {
        throw AppError.conflict('This organisation is already a member of the consortium');
      }
      if (input.role === MemberRole.LEAD && (await members.existsBy({ consortiumId: consortium.id, role: MemberRole.LEAD }))) {
        throw AppError.conflict('The consortium already has a lead organisation');
      }
      const member = { consortiumId: consortium.id, organizationId: input.organizationId, role: input.role };
      await members.insert(member);
      await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.CONSORTIUM_MEMBER, consortium.id, member));
      return consortium;
    });
  }

  async removeMember(user: AuthUser, input: RemoveConsortiumMemberInput): Promise<ConsortiumEntity> {
    return this.dataSource.transaction(async (manager) => {
      const consortium = await this.lockForEdit(manager, user, input.consortiumId);
      const members = manager.getRepository(ConsortiumMemberEntity);
      const member = await members.findOneBy({ consortiumId: consortium.id, organizationId: input.organizationId });
      if (!member) throw AppError.notFound('Consortium member');
      if (member.role === MemberRole.LEAD) throw AppError.conflict('The lead organisation cannot be removed');
      await members.delete({ consortiumId: consortium.id, organizationId: input.organizationId });
      await this.audit.record(
        manager,
        user.id,
        AuditService.deleted(AuditRecordType.CONSORTIUM_MEMBER, consortium.id, { organizationId: member.organizationId, role: member.role }),
      );
      return consortium;
    });
  }

  /**
   * Locks the consortium row (serialising membership changes) after checking who may edit it:
   * ADMIN, or PARTNER_STAFF of the lead organisation (not its committee members or other roles).
   */
  private async lockForEdit(manager: EntityManager, user: AuthUser, id: string): Promise<ConsortiumEntity> {
    const consortium = await manager.getRepository(ConsortiumEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!consortium) throw AppError.notFound('Consortium');
    if (user.role === Role.ADMIN) return consortium;
    const lead = await manager.getRepository(ConsortiumMemberEntity).findOneBy({ consortiumId: id, role: MemberRole.LEAD });
    if (user.role !== Role.PARTNER_STAFF || !user.organizationId || lead?.organizationId !== user.organizationId) {
      throw AppError.forbidden("Only an administrator or the lead organisation's partner staff can change this consortium");
    }
    return consortium;
  }

  private async requireOrganization(manager: EntityManager, id: string, field: string): Promise<void> {
    if (!(await manager.getRepository(OrganizationEntity).existsBy({ id }))) {
      throw AppError.notFound('Organization', field);
    }
  }
}
