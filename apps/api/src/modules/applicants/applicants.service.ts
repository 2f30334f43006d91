import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { AuditAction, AuditRecordType, normalizePhoneNumber, normalizeSearchText, Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { applicantScope } from '../../common/auth/visibility';
import { countRows } from '../../common/database/count';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppError, type FieldError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import { LazyCount, type Page, type PaginationArgs } from '../../common/graphql/pagination';
import { requiredSecret } from '../../common/secrets';
import { ageOn, Clock } from '../../common/time/clock';
import { AppConfig } from '../../config/app-config';
import type { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { RateLimits } from '../auth/rate-limits';
import { ConsortiumMemberEntity } from '../consortia/consortium-member.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { applyApplicantFilter } from './applicant-filter';
import { ApplicantEntity } from './applicant.entity';
import { DuplicateReason, type ApplicantDuplicatesInput, type ApplicantsArgs, type RegisterApplicantInput, type UpdateApplicantInput, type WithdrawApplicantConsentInput } from './dto/applicant.inputs';
import { hashNationalId, lastDigits, normalizeNationalId } from './identity';

const MIN_AGE = 10;
const APPLICANT_ORDER: KeysetOrder = {
  kind: 'applicants:created-desc',
  direction: 'DESC',
  keys: [{ sql: 'a.created_at', type: 'timestamptz' }, { sql: 'a.id', type: 'uuid' }],
  idColumn: 'a_id',
};
const MAX_AGE = 100;
/** pg_trgm similarity of two folded names from which a name counts as near-identical. */
const SIMILAR_NAME = 0.6;
const MAX_DUPLICATES = 10;
const REQUIRED_FIELDS = ['fullName', 'category', 'gender', 'governorate', 'needs', 'guaranteeOffered'] as const;

function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export function applicantSearchText(fullName: string, phone: string | null): string {
  return normalizeSearchText(`${fullName} ${phone ?? ''}`);
}

/** normalizeSearchText's main folds in SQL, for free-text columns compared in a query. */
function foldSql(expression: string): string {
  return `translate(lower(btrim(regexp_replace(${expression}, '[\u064B-\u065F\u0670\u0640]', '', 'g'))), 'أإآٱؤئةى', 'ااااويهي')`;
}

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
    this.piiKey = requiredSecret(config, 'PII_HASH_KEY');
  }

  /** Whether the user may see the full record (last id digits): ADMIN and the registering coordinator. */
  static isOwner(user: AuthUser, applicant: Pick<ApplicantEntity, 'registeredById'>): boolean {
    return user.role === Role.ADMIN || applicant.registeredById === user.id;
  }

  async register(user: AuthUser, input: RegisterApplicantInput): Promise<ApplicantEntity> {
    const errors = this.fieldProblems(input);
    const nationalId = input.nationalId ? normalizeNationalId(input.nationalId) : null;
    if (errors.length > 0) throw AppError.badInput(errors);
    const nationalIdHash = nationalId ? hashNationalId(nationalId, this.piiKey) : null;

    return this.dataSource.transaction(async (manager) => {
      const consortiumId = await this.consortiumFor(manager, user, input.consortiumId ?? null);
      const phone = input.phone ? await this.normalPhone(manager, input.phone, consortiumId) : null;
      await this.refuseDuplicates(user, nationalIdHash, phone, input.birthDate ?? null);
      const fullName = cleanName(input.fullName);
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
          searchText: applicantSearchText(fullName, phone),
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

  /**
   * Corrects an applicant: the registering coordinator and ADMIN (NOT_FOUND for who cannot see it,
   * FORBIDDEN for partners who can), with registration's validation and duplicate rules, CONFLICT
   * (STALE_VERSION) when it changed since the client read it, and the changed fields in the audit log.
   */
  async update(user: AuthUser, input: UpdateApplicantInput): Promise<ApplicantEntity> {
    const errors = this.fieldProblems(input);
    for (const field of REQUIRED_FIELDS) {
      if (input[field] === null) errors.push({ field, message: 'may be changed but not removed', constraint: 'isNotEmpty' });
    }
    if (input.needs && input.needs.length === 0) errors.push({ field: 'needs', message: 'name at least one need', constraint: 'arrayMinSize' });
    if (input.fullName !== undefined && input.fullName !== null && !input.fullName.trim()) {
      errors.push({ field: 'fullName', message: 'should not be empty', constraint: 'isNotEmpty' });
    }
    if (errors.length > 0) throw AppError.badInput(errors);

    return this.dataSource.transaction(async (manager) => {
      const applicant = await this.lockForEdit(manager, user, input.id, input.expectedVersion);
      const before = { ...applicant };
      if (input.fullName) applicant.fullName = cleanName(input.fullName);
      if (input.nationalId !== undefined) {
        const nationalId = input.nationalId ? normalizeNationalId(input.nationalId) : null;
        applicant.nationalIdHash = nationalId ? hashNationalId(nationalId, this.piiKey) : null;
        applicant.nationalIdLastDigits = nationalId ? lastDigits(nationalId) : null;
      }
      if (input.category) applicant.category = input.category;
      if (input.gender) applicant.gender = input.gender;
      if (input.birthDate !== undefined) applicant.birthDate = input.birthDate ?? null;
      if (input.governorate) applicant.governorate = input.governorate;
      if (input.district !== undefined) applicant.district = input.district?.trim() || null;
      if (input.phone !== undefined) applicant.phone = input.phone ? await this.normalPhone(manager, input.phone, applicant.consortiumId) : null;
      if (input.projectSize !== undefined) applicant.projectSize = input.projectSize ?? null;
      if (input.sector !== undefined) applicant.sector = input.sector?.trim() || null;
      if (input.requestedAmount !== undefined) {
        applicant.requestedAmount = input.requestedAmount?.amount ?? null;
        applicant.requestedCurrency = input.requestedAmount?.currency ?? null;
      }
      if (input.needs) applicant.needs = [...new Set(input.needs)];
      if (input.guaranteeOffered) applicant.guaranteeOffered = input.guaranteeOffered;
      const changes = AuditService.updated(AuditRecordType.APPLICANT, applicant.id, before, applicant);
      if (Object.keys(changes.changes ?? {}).length === 0) return applicant;

      if (applicant.nationalIdHash !== before.nationalIdHash || applicant.phone !== before.phone || applicant.birthDate !== before.birthDate) {
        await this.refuseDuplicates(user, applicant.nationalIdHash !== before.nationalIdHash ? applicant.nationalIdHash : null, applicant.phone, applicant.birthDate, applicant.id);
      }
      applicant.searchText = applicantSearchText(applicant.fullName, applicant.phone);
      applicant.version += 1;
      try {
        const saved = await manager.getRepository(ApplicantEntity).save(applicant);
        await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.APPLICANT, saved.id, before, saved));
        return saved;
      } catch (error) {
        if (isUniqueViolation(error)) throw AppError.conflict('Another applicant is already registered with these details');
        throw error;
      }
    });
  }

  /** The applicant withdrew their consent: the record stays (with its history), no new referral is made. */
  async withdrawConsent(user: AuthUser, input: WithdrawApplicantConsentInput): Promise<ApplicantEntity> {
    const reason = input.reason.trim();
    if (!reason) throw AppError.badInput([{ field: 'reason', message: 'say why the consent is withdrawn', constraint: 'isNotEmpty' }]);
    return this.dataSource.transaction(async (manager) => {
      const applicant = await this.lockForEdit(manager, user, input.applicantId, input.expectedVersion);
      if (applicant.consentWithdrawnAt) throw AppError.conflict('The consent was already withdrawn', { reason: 'CONSENT_WITHDRAWN' });
      const before = { ...applicant };
      applicant.consentWithdrawnAt = this.clock.now();
      applicant.consentWithdrawalReason = reason;
      applicant.version += 1;
      const saved = await manager.getRepository(ApplicantEntity).save(applicant);
      await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.APPLICANT, saved.id, before, saved));
      return saved;
    });
  }

  private async lockForEdit(manager: EntityManager, user: AuthUser, id: string, expectedVersion: number): Promise<ApplicantEntity> {
    const scope = applicantScope(user);
    const applicant = await manager
      .getRepository(ApplicantEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!applicant) throw AppError.notFound('Applicant');
    if (!ApplicantsService.isOwner(user, applicant)) throw AppError.forbidden('Only the registering coordinator and administrators correct an applicant');
    if (expectedVersion !== applicant.version) {
      throw AppError.conflict(`The applicant has changed since you saw it (version ${applicant.version}, not ${expectedVersion}); reload it`, {
        reason: 'STALE_VERSION',
        version: applicant.version,
      });
    }
    return applicant;
  }

  /** Registration's checks of the fields given (the others are class-validator's). */
  private fieldProblems(input: { birthDate?: string | null; nationalId?: string | null }): FieldError[] {
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
    return errors;
  }

  /** E.164, completed with the consortium's calling code; BAD_USER_INPUT when it cannot be. */
  private async normalPhone(manager: EntityManager, raw: string, consortiumId: string | null): Promise<string> {
    const code = consortiumId ? ((await manager.getRepository(ConsortiumEntity).findOneBy({ id: consortiumId }))?.defaultCallingCode ?? null) : null;
    const phone = normalizePhoneNumber(raw, code);
    if (phone) return phone;
    const problem = code || /^\s*(\+|00|٠٠)/.test(raw) ? 'must be a phone number of 8 to 15 digits' : 'write the number with its country code (e.g. +967)';
    throw AppError.badInput([{ field: 'phone', message: problem, constraint: 'isPhone' }]);
  }

  /**
   * Likely duplicates of what a coordinator is about to register (or correct), among the applicants
   * they may see: the same national id, the same phone, the same name and birth date, or a
   * near-identical name (folded, trigram similarity) in the same governorate and district.
   * Records the user may not see are not reported at all; saving still refuses exact duplicates.
   */
  async duplicates(user: AuthUser, input: ApplicantDuplicatesInput): Promise<Array<{ applicant: ApplicantEntity; reasons: DuplicateReason[] }>> {
    const nationalId = input.nationalId ? normalizeNationalId(input.nationalId) : null;
    const nationalIdHash = nationalId && /^[0-9A-Z]{4,20}$/.test(nationalId) ? hashNationalId(nationalId, this.piiKey) : null;
    const consortiumId = input.consortiumId ?? (await this.consortiumFor(this.dataSource.manager, user, null).catch(() => null));
    const code = consortiumId ? ((await this.dataSource.getRepository(ConsortiumEntity).findOneBy({ id: consortiumId }))?.defaultCallingCode ?? null) : null;
    const phone = input.phone ? normalizePhoneNumber(input.phone, code) : null;
    const name = input.fullName ? normalizeSearchText(input.fullName) : null;
    const params = {
      hash: nationalIdHash,
      phone,
      name,
      birthDate: input.birthDate ?? null,
      governorate: input.governorate ?? null,
      district: input.district?.trim() ? normalizeSearchText(input.district) : null,
      exclude: input.excludeApplicantId ?? '00000000-0000-0000-0000-000000000000',
      threshold: SIMILAR_NAME,
    };
    if (!nationalIdHash && !phone && !name) return [];
    const scope = applicantScope(user);
    const nameSql = `(CASE WHEN a.phone IS NULL THEN a.search_text ELSE regexp_replace(a.search_text, '\\s*\\S+$', '') END)`;
    const conditions = {
      [DuplicateReason.SAME_NATIONAL_ID]: `(CAST(:hash AS text) IS NOT NULL AND a.national_id_hash = :hash)`,
      [DuplicateReason.SAME_PHONE]: `(CAST(:phone AS text) IS NOT NULL AND a.phone = :phone)`,
      [DuplicateReason.SAME_NAME_AND_BIRTH_DATE]: `(CAST(:name AS text) IS NOT NULL AND a.birth_date = CAST(:birthDate AS date) AND ${nameSql} = :name)`,
      [DuplicateReason.SIMILAR_NAME_IN_DISTRICT]: `(CAST(:name AS text) IS NOT NULL AND a.governorate = :governorate AND ${foldSql('a.district')} = ${foldSql('CAST(:district AS text)')}
          AND similarity(${nameSql}, :name) >= :threshold)`,
    };
    const query = this.dataSource
      .getRepository(ApplicantEntity)
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .where(scope.sql, scope.params)
      .andWhere('a.id <> :exclude')
      .andWhere(`(${Object.values(conditions).join(' OR ')})`)
      .setParameters(params)
      .orderBy('a.created_at', 'DESC')
      .limit(MAX_DUPLICATES);
    for (const [reason, sql] of Object.entries(conditions)) query.addSelect(sql, reason.toLowerCase());
    const rows = await query.getRawMany<Record<string, unknown>>();
    if (rows.length === 0) return [];
    const applicants = await this.dataSource.getRepository(ApplicantEntity).findBy({ id: In(rows.map((row) => row.id as string)) });
    const byId = new Map(applicants.map((applicant) => [applicant.id, applicant]));
    return rows.map((row) => ({
      applicant: byId.get(row.id as string)!,
      reasons: Object.values(DuplicateReason).filter((reason) => row[reason.toLowerCase()] === true),
    }));
  }

  private async refuseDuplicates(user: AuthUser, nationalIdHash: string | null, phone: string | null, birthDate: string | null, exceptId: string | null = null) {
    const repository = this.dataSource.getRepository(ApplicantEntity);
    const notSelf = exceptId ? { id: Not(exceptId) } : {};
    const existing =
      (nationalIdHash ? await repository.findOneBy({ nationalIdHash, ...notSelf }) : null) ??
      (phone && birthDate ? await repository.findOneBy({ phone, birthDate, ...notSelf }) : null);
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
    const query = applyApplicantFilter(this.dataSource.getRepository(ApplicantEntity).createQueryBuilder('a').where(scope.sql, scope.params), args.filter);
    if (user.role !== Role.COORDINATOR) return this.paginator.page(query, APPLICANT_ORDER, args);
    if (query.expressionMap.wheres.length === 1) {
      // A coordinator's whole list (no filter): its total is the number the database keeps per coordinator
      // (applicant_tally, changed in the same transactions as the rows), one row read instead of every entry counted.
      const page = await this.paginator.page(query, APPLICANT_ORDER, args);
      return { ...page, totalCount: new LazyCount(() => this.registeredBy(user.id)) };
    }
    if (!query.getParameters()['filterSearch']) return this.paginator.page(query, APPLICANT_ORDER, args);
    // A coordinator's search: the page's rows found first among the coordinator's own entries of the list's index,
    // which carries the folded name (an index-only scan, ~1 ms for an ordinary office), not through the trigram index
    // (30-40 ms for a common name); the planner still takes the trigram index inside the subquery where it is cheaper
    // (the largest offices). The condition repeats two the query already has: the same rows. `OFFSET 0` keeps the
    // subquery apart (otherwise PostgreSQL folds it back into the outer scan). The total is counted on the query without
    // it, which the same index answers alone.
    const page = await this.paginator.page(
      query.clone().andWhere('a.id IN (SELECT own.id FROM applicant own WHERE own.registered_by_id = :scopeUserId AND own.search_text LIKE :filterSearch OFFSET 0)'),
      APPLICANT_ORDER,
      args,
    );
    return { ...page, totalCount: new LazyCount(() => countRows(query)) };
  }

  /** How many applicants a coordinator registered (applicant_tally, kept by triggers on `applicant`). */
  private async registeredBy(userId: string): Promise<number> {
    const rows = (await this.dataSource.query('SELECT applicants FROM applicant_tally WHERE registered_by_id = $1', [userId])) as Array<{ applicants: number }>;
    return rows[0]?.applicants ?? 0;
  }
}
