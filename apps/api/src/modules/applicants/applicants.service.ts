import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, AuditRecordType, normalizeSearchText, Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { applicantScope } from '../../common/auth/visibility';
import { containsPattern } from '../../common/database/like';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppError, type FieldError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { Page, PaginationArgs } from '../../common/graphql/pagination';
import { configuredOrLocalSecret } from '../../common/secrets';
import { ageOn, Clock } from '../../common/time/clock';
import { AppConfig } from '../../config/app-config';
import type { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { RateLimits } from '../auth/rate-limits';
import { ConsortiumMemberEntity } from '../consortia/consortium-member.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { ApplicantEntity } from './applicant.entity';
import type { ApplicantsArgs, RegisterApplicantInput } from './dto/applicant.inputs';
import { hashNationalId, lastDigits, normalizeNationalId, normalizePhone } from './identity';

const MIN_AGE = 10;
const APPLICANT_ORDER: KeysetOrder = {
  kind: 'applicants:created-desc',
  direction: 'DESC',
  keys: [{ sql: 'a.created_at', type: 'timestamptz' }, { sql: 'a.id', type: 'uuid' }],
  idColumn: 'a_id',
};
const MAX_AGE = 100;

/**
 * Applicants: registered by coordinators with consent, seen by the coordinator who registered
 * them (ADMIN: all) and by the partners they were referred to.
 */
@Injectable()
export class ApplicantsService {
  private readonly piiKey: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly paginator: Paginator,
    private readonly audit: AuditService,
    config: AppConfig,
    private readonly limits: RateLimits,
  ) {
    this.piiKey = configuredOrLocalSecret(config.PII_HASH_KEY, config.DATA_DIR, 'pii-hash-key');
  }

  /** Whether the user may see the full record (last id digits): ADMIN and the registering coordinator. */
  static isOwner(user: AuthUser, applicant: Pick<ApplicantEntity, 'registeredById'>): boolean {
    return user.role === Role.ADMIN || applicant.registeredById === user.id;
  }

  async register(user: AuthUser, input: RegisterApplicantInput): Promise<ApplicantEntity> {
    const errors: FieldError[] = [];
    if (input.birthDate) {
      const age = ageOn(input.birthDate, this.clock.today());
      if (input.birthDate > this.clock.today()) errors.push({ field: 'birthDate', message: 'must not be in the future', constraint: 'maxDate' });
      else if (age < MIN_AGE || age > MAX_AGE) {
        errors.push({ field: 'birthDate', message: `gives an age of ${age}; applicants are ${MIN_AGE} to ${MAX_AGE}`, constraint: 'ageRange' });
      }
    }
    const nationalId = input.nationalId ? normalizeNationalId(input.nationalId) : null;
    if (nationalId !== null && !/^[0-9A-Z]{4,20}$/.test(nationalId)) {
      errors.push({ field: 'nationalId', message: 'must be 4 to 20 digits or letters', constraint: 'isNationalId' });
    }
    const phone = input.phone ? normalizePhone(input.phone) : null;
    if (phone !== null && !/^\+?\d{7,15}$/.test(phone)) {
      errors.push({ field: 'phone', message: 'must be a phone number of 7 to 15 digits', constraint: 'isPhone' });
    }
    if (errors.length > 0) throw AppError.badInput(errors);
    const nationalIdHash = nationalId ? hashNationalId(nationalId, this.piiKey) : null;

    return this.dataSource.transaction(async (manager) => {
      const consortiumId = await this.consortiumFor(manager, user, input.consortiumId ?? null);
      await this.refuseDuplicates(user, nationalIdHash, phone, input.birthDate ?? null);
      const fullName = input.fullName.trim().replace(/\s+/g, ' ');
      try {
        const applicant = await manager.getRepository(ApplicantEntity).save({
          fullName,
          nationalIdHash,
          nationalIdLastDigits: nationalId ? lastDigits(nationalId) : null,
          category: input.category,
          gender: input.gender,
          birthDate: input.birthDate ?? null,
          governorate: input.governorate,
          district: input.district?.trim() || null,
          phone,
          projectSize: input.projectSize ?? null,
          sector: input.sector?.trim() || null,
          requestedAmount: input.requestedAmount?.amount ?? null,
          requestedCurrency: input.requestedAmount?.currency ?? null,
          needs: [...new Set(input.needs)],
          guaranteeOffered: input.guaranteeOffered,
          consentGivenAt: this.clock.now(),
          consortiumId,
          registeredById: user.id,
          searchText: normalizeSearchText(`${fullName} ${phone ?? ''}`),
        });
        await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.APPLICANT, applicant.id, applicant));
        return applicant;
      } catch (error) {
        // Two coordinators registering the same person at the same moment: the unique indexes decide.
        if (isUniqueViolation(error)) {
          throw AppError.conflict('This applicant is already registered');
        }
        throw error;
      }
    });
  }

  private async refuseDuplicates(user: AuthUser, nationalIdHash: string | null, phone: string | null, birthDate: string | null) {
    const repository = this.dataSource.getRepository(ApplicantEntity);
    const existing =
      (nationalIdHash ? await repository.findOneBy({ nationalIdHash }) : null) ??
      (phone && birthDate ? await repository.findOneBy({ phone, birthDate }) : null);
    if (!existing) return;
    const visible = await this.isVisible(user, existing.id);
    const by = existing.nationalIdHash === nationalIdHash && nationalIdHash ? 'national id' : 'phone number and birth date';
    // Outside the registration's transaction, which this refusal rolls back: every probe leaves a trace.
    await this.audit.recordNow(user.id, {
      action: AuditAction.DUPLICATE_PROBE,
      recordType: AuditRecordType.APPLICANT,
      recordId: existing.id,
      changes: { matchedBy: { after: by } },
    });
    if (!visible) await this.limits.consumeDuplicateProbe(user.id);
    throw AppError.conflict(
      visible ? `An applicant with this ${by} is already registered: ${existing.fullName}` : `An applicant with this ${by} is already registered`,
      visible ? { existingApplicantId: existing.id } : {},
    );
  }

  /**
   * The consortium given (NOT_FOUND when there is none with that id, FORBIDDEN when the
   * coordinator's organisation is not a member of it), or the only consortium the organisation
   * belongs to.
   */
  private async consortiumFor(manager: EntityManager, user: AuthUser, given: string | null): Promise<string | null> {
    const members = manager.getRepository(ConsortiumMemberEntity);
    if (given) {
      if (!(await manager.getRepository(ConsortiumEntity).existsBy({ id: given }))) throw AppError.notFound('Consortium', 'consortiumId');
      const member = user.organizationId !== null && (await members.existsBy({ consortiumId: given, organizationId: user.organizationId }));
      if (!member && user.role !== Role.ADMIN) throw AppError.forbidden("Applicants are registered only in a consortium the coordinator's organisation belongs to");
      return given;
    }
    if (!user.organizationId) return null;
    const memberships = await members.find({ where: { organizationId: user.organizationId } });
    return memberships.length === 1 ? memberships[0].consortiumId : null;
  }

  async isVisible(user: AuthUser, id: string): Promise<boolean> {
    const scope = applicantScope(user);
    return this.dataSource
      .getRepository(ApplicantEntity)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getExists();
  }

  async get(user: AuthUser, id: string): Promise<ApplicantEntity> {
    const scope = applicantScope(user);
    const applicant = await this.dataSource
      .getRepository(ApplicantEntity)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!applicant) throw AppError.notFound('Applicant');
    return applicant;
  }

  /**
   * Who saw and changed an applicant (and their referrals): ADMIN and the registering coordinator.
   * NOT_FOUND for those who cannot see the applicant, FORBIDDEN for partners who can.
   */
  async auditTrail(user: AuthUser, id: string, args: PaginationArgs): Promise<Page<AuditEntryEntity>> {
    const applicant = await this.get(user, id);
    if (!ApplicantsService.isOwner(user, applicant)) throw AppError.forbidden('Only the registering coordinator and administrators see who saw and changed this record');
    return this.audit.ofApplicant(applicant.id, args);
  }

  async list(user: AuthUser, args: ApplicantsArgs): Promise<Page<ApplicantEntity>> {
    const scope = applicantScope(user);
    const filter = args.filter ?? {};
    const query = this.dataSource.getRepository(ApplicantEntity).createQueryBuilder('a').where(scope.sql, scope.params);
    const search = filter.search ? normalizeSearchText(filter.search) : '';
    if (search) query.andWhere('a.search_text LIKE :search', { search: containsPattern(search) });
    if (filter.category) query.andWhere('a.category = :category', { category: filter.category });
    if (filter.governorate) query.andWhere('a.governorate = :governorate', { governorate: filter.governorate });
    return this.paginator.page(query, APPLICANT_ORDER, args);
  }
}
