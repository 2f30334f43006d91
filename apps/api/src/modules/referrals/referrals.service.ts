import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { AuditAction, AuditRecordType, ReferralStatus, Role, type Locale } from '@shuraka/domain';
import { blockingOpenReferral, matchService, reasonMessage, type OpenReferralOfKind } from '@shuraka/matching';
import type { AuthUser } from '../../common/auth/auth-user';
import { referralScope } from '../../common/auth/visibility';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppError, type FieldError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import { rawReader, type RawReader } from '../../common/graphql/raw-rows';
import { bind, SqlShapes } from '../../common/graphql/sql-shapes';
import type { Page } from '../../common/graphql/pagination';
import { Clock } from '../../common/time/clock';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { ApplicantsService } from '../applicants/applicants.service';
import { AuditService } from '../audit/audit.service';
import { recordPersonalDataReadsSql, recordsPersonalDataReads } from '../audit/personal-data-reads';
import { MatchingDataService } from '../matching/matching.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ServiceEntity } from '../services/service.entity';
import { SYSTEM_USER_ID } from '../users/system-user';
import type { CreateReferralInput, OutcomeFields, RecordReferralOutcomeInput, ReferralFilter, ReferralsArgs, TransitionReferralInput } from './dto/referral.inputs';
import { ReferralDecisionsSeenEntity } from './referral-decisions-seen.entity';
import { ReferralEventEntity } from './referral-event.entity';
import { ALL_PAGE_COLUMNS, EVERY_PAGE_COLUMN, type PageColumns } from './referral-page-columns';
import { openReferralsOfKind } from './referral-queries';
import { checkTransition, DeclineReason, type Actor } from './referral-lifecycle';
import { ReferralEntity } from './referral.entity';


/** What a new referral needs: who is referred, to what, and the coordinator's note. */
export interface ReferralDraft {
  applicant: Pick<ApplicantEntity, 'id' | 'consortiumId'>;
  service: Pick<ServiceEntity, 'id' | 'organizationId' | 'kind'>;
  note?: string | null;
  /** The coordinator's reason to refer although an open referral of the same kind exists (kept in history and audit). */
  overrideReason?: string | null;
}

/** Newest first, on keys that never change, so a referral that moves on while someone pages stays where it was. */
/** A referral of a list page with what the page shows of it (the loaders are primed with them). */
export interface ReferralListRow {
  referral: ReferralEntity;
  service: ServiceEntity;
  organization: OrganizationEntity;
  applicant: ApplicantEntity;
  /** Its history, oldest first, read by the page's statement (a json_agg, as the loader would read it); undefined when not selected. */
  history?: ReferralEventEntity[];
  /** The applicant may be shown without recording it again: the page's statement recorded it, or this user's reads are not recorded. */
  applicantReadRecorded: boolean;
}

/**
 * The history of each referral of a page, in the page's statement: a correlated json_agg on
 * referral_event's referral_id index, each event as [id, from, to, at (epoch ms), by, decline reason,
 * reason], in the loader's order (at, id); a position the request does not select is NULL. Epoch
 * milliseconds, not text: the same Date as pg's parser gives the loader (which truncates microseconds
 * to milliseconds).
 */
const HISTORY_CELLS: Record<PageColumns['history'][number], string> = {
  id: 'e.id',
  fromStatus: 'e.from_status',
  toStatus: 'e.to_status',
  at: 'floor(extract(epoch FROM e.at) * 1000)',
  byId: 'e.by_id',
  declineReason: 'e.decline_reason',
  reason: 'e.reason',
};

function historyOfPageRow(columns: PageColumns['history']): string {
  const cells = ALL_PAGE_COLUMNS.history.map((property) => (columns.includes(property) ? HISTORY_CELLS[property] : 'NULL')).join(', ');
  return `(SELECT coalesce(json_agg(json_build_array(${cells}) ORDER BY e.at, e.id), '[]'::json)
  FROM referral_event e WHERE e.referral_id = r.id)`;
}

type HistoryCell = [id: string, from: ReferralStatus | null, to: ReferralStatus, at: number, by: string, declineReason: DeclineReason | null, reason: string | null];

/** The events of a page row (a position the request did not select is null; `id` and `at` are always read). */
function readHistory(referralId: string, cells: HistoryCell[]): ReferralEventEntity[] {
  return cells.map(([id, fromStatus, toStatus, at, byId, declineReason, reason]) => ({ id, referralId, fromStatus, toStatus, at: new Date(at), byId, declineReason, reason }));
}

/** The list's filters, each a condition on the referral (named parameter = the filter's field). */
const REFERRAL_FILTERS: ReadonlyArray<[keyof ReferralFilter & ('status' | 'serviceId' | 'organizationId' | 'applicantId'), string]> = [
  ['status', 'r.status = :status'],
  ['serviceId', 'r.service_id = :serviceId'],
  ['organizationId', 'r.organization_id = :organizationId'],
  ['applicantId', 'r.applicant_id = :applicantId'],
];

/** How many column sets (distinct selections) a service keeps statements and readers for; past it, pages read every column. */
const COLUMN_SETS_KEPT = 64;

/** The raw readers of a page's four objects for one column set (see referral-page-columns.ts), and the set's key. */
interface PageReaders {
  key: string;
  referral: RawReader<ObjectLiteral>;
  service: RawReader<ObjectLiteral>;
  organization: RawReader<ObjectLiteral>;
  applicant: RawReader<ObjectLiteral>;
  history: PageColumns['history'];
  withHistory: boolean;
}

/** The order's keys as the page's rows name them (for ordering a CTE's rows). */
const PAGE_KEY_COLUMNS: Record<string, string> = { 'r.created_at': 'r_createdAt', 'r.id': 'r_id' };

const REFERRAL_ORDER: KeysetOrder = {
  kind: 'referrals:created-desc',
  direction: 'DESC',
  keys: [{ sql: 'r.created_at', type: 'timestamptz' }, { sql: 'r.id', type: 'uuid' }],
  idColumn: 'r_id',
};

/**
 * Referrals from coordinators to partners' services and their lifecycle. Capacity is taken and
 * freed in the same transaction as the status change, with a conditional update on the service row,
 * so concurrent acceptances can never overshoot it.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applicants: ApplicantsService,
    private readonly matching: MatchingDataService,
    private readonly clock: Clock,
    private readonly paginator: Paginator,
    private readonly audit: AuditService,
  ) {}

  private readonly shapes = new SqlShapes();
  /** Readers by column-set key, at most COLUMN_SETS_KEPT (each also has its statements in `shapes`). */
  private readonly readers = new Map<string, PageReaders>();

  async create(user: AuthUser, input: CreateReferralInput, locale: Locale): Promise<ReferralEntity> {
    const applicant = await this.applicants.get(user, input.applicantId);
    if (!ApplicantsService.isOwner(user, applicant)) throw AppError.forbidden('Only the coordinator who registered the applicant refers them');
    const service = await this.dataSource.getRepository(ServiceEntity).findOneBy({ id: input.serviceId });
    if (!service) throw AppError.notFound('Service', 'serviceId');
    const [matchable] = await this.matching.toMatchServices([service]);
    const weights = await this.matching.weightsFor(applicant.consortiumId);
    const match = matchService(this.matching.toMatchApplicant(applicant), matchable, weights);
    if (!match.eligible) {
      throw AppError.conflict(
        `The applicant is not eligible for this service: ${match.reasons.map((reason) => reasonMessage(reason, locale)).join('; ')}`,
        { reasons: match.reasons.map((reason) => ({ code: reason.code, message: reasonMessage(reason, locale) })) },
      );
    }
    const [referral] = await this.dataSource.transaction((manager) =>
      this.openMany(manager, user, [{ applicant, service, note: input.note?.trim() || null, overrideReason: input.overrideReason?.trim() || null }]),
    );
    return referral;
  }

  /**
   * The one place referrals are created (one by createReferral, many by a cohort commit), inside the
   * caller's transaction: the consortium boundary, SENT with its history event, the audit entries,
   * one open referral per applicant and service (CONFLICT with reason ALREADY_OPEN), and no second open
   * referral of a kind (CONFLICT OPEN_REFERRAL_OF_KIND) unless the draft gives an override reason.
   */
  async openMany(manager: EntityManager, user: AuthUser, drafts: ReferralDraft[], reason: string | null = null): Promise<ReferralEntity[]> {
    if (drafts.length === 0) return [];
    const applicantIds = await this.lockApplicants(manager, drafts);
    await this.refuseOutsideConsortium(manager, drafts);
    const overridden = await this.refuseSecondOfKind(manager, drafts, applicantIds);
    const now = this.clock.now();
    let referrals: ReferralEntity[];
    try {
      referrals = await manager.getRepository(ReferralEntity).save(
        drafts.map((draft) => ({
          applicantId: draft.applicant.id,
          serviceId: draft.service.id,
          organizationId: draft.service.organizationId,
          referredById: user.id,
          status: ReferralStatus.SENT,
          version: 1,
          note: draft.note ?? null,
          createdAt: now,
        })),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'referral_one_open_per_applicant_service')) {
        throw AppError.conflict('The applicant already has an open referral to this service', { reason: 'ALREADY_OPEN' });
      }
      throw error;
    }
    const eventReason = (index: number) => {
      const open = overridden[index];
      if (!open) return reason;
      return `${reason ? `${reason}. ` : ''}Referred despite open ${open.kind} referral ${open.referralId}: ${drafts[index].overrideReason}`;
    };
    await manager.getRepository(ReferralEventEntity).insert(
      referrals.map((referral, index) => ({
        referralId: referral.id,
        fromStatus: null,
        toStatus: ReferralStatus.SENT,
        byId: user.id,
        declineReason: null,
        reason: eventReason(index),
        at: now,
      })),
    );
    await this.audit.record(
      manager,
      user.id,
      referrals.map((referral, index) => {
        const open = overridden[index];
        const after = open ? { ...referral, overrideReason: drafts[index].overrideReason, overriddenReferralId: open.referralId } : referral;
        return AuditService.created(AuditRecordType.REFERRAL, referral.id, after);
      }),
    );
    return referrals;
  }

  /**
   * No second open referral of a kind (two micro-loans at once) without the coordinator's reason;
   * `applicantIds` are locked by lockApplicants, so two concurrent referrals of one applicant are
   * decided one after the other. Returns, per draft, the open referral it overrides (or null).
   */
  private async refuseSecondOfKind(manager: EntityManager, drafts: ReferralDraft[], applicantIds: string[]): Promise<Array<OpenReferralOfKind | null>> {
    const open = await openReferralsOfKind(manager, applicantIds);
    return drafts.map((draft) => {
      const ofApplicant = open.get(draft.applicant.id) ?? [];
      const blocking = blockingOpenReferral(ofApplicant, draft.service);
      if (blocking && !draft.overrideReason) {
        throw AppError.conflict(`The applicant already has an open ${blocking.kind} referral (${blocking.referralId}); give a reason to refer to another service of that kind`, {
          reason: 'OPEN_REFERRAL_OF_KIND',
          referralId: blocking.referralId,
          serviceId: blocking.serviceId,
          kind: blocking.kind,
          applicantId: draft.applicant.id,
        });
      }
      // Later drafts of the same batch see this one as open.
      open.set(draft.applicant.id, [...ofApplicant, { referralId: '(same batch)', serviceId: draft.service.id, kind: draft.service.kind }]);
      return blocking;
    });
  }

  /** Partners' decisions (accepted, declined, expired) on the coordinator's referrals since they last looked. */
  async decisionsUnread(user: AuthUser): Promise<number> {
    const scope = referralScope(user);
    const seen = await this.dataSource.getRepository(ReferralDecisionsSeenEntity).findOneBy({ userId: user.id });
    const query = this.dataSource
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .where(scope.sql, scope.params)
      .andWhere('r.decided_at IS NOT NULL')
      .andWhere("r.status <> 'WITHDRAWN'");
    if (seen) query.andWhere('r.decided_at > :seenAt', { seenAt: seen.seenAt });
    return query.getCount();
  }

  /** Marks every decision up to now as seen (never moves the mark back). */
  async markDecisionsSeen(user: AuthUser): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const rows = (await manager.query(
        `INSERT INTO referral_decisions_seen (user_id, seen_at) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET seen_at = greatest(referral_decisions_seen.seen_at, EXCLUDED.seen_at)
         RETURNING seen_at, (xmax = 0) AS inserted`,
        [user.id, now],
      )) as Array<{ seen_at: Date; inserted: boolean }>;
      await this.audit.record(manager, user.id, {
        action: AuditAction.UPDATE,
        recordType: AuditRecordType.USER,
        recordId: user.id,
        changes: { referralDecisionsSeenAt: { before: null, after: new Date(rows[0].seen_at).toISOString() } },
      });
    });
    return this.decisionsUnread(user);
  }

  /**
   * Locks the drafts' applicants FOR UPDATE, in id order, once for every check of openMany: a consent
   * withdrawal committing meanwhile is waited for and seen, and two referrals of one applicant queue
   * (the kind rule reads that applicant's open referrals after the lock). No referral for an applicant
   * who withdrew their consent. Returns the applicant ids, sorted.
   */
  private async lockApplicants(manager: EntityManager, drafts: ReferralDraft[]): Promise<string[]> {
    const ids = [...new Set(drafts.map((draft) => draft.applicant.id))].sort();
    const rows: Array<{ id: string; withdrawn: boolean }> = await manager.query(
      `SELECT id, consent_withdrawn_at IS NOT NULL AS withdrawn FROM applicant WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
    const withdrawn = rows.filter((row) => row.withdrawn).map((row) => row.id);
    if (withdrawn.length > 0) {
      throw AppError.conflict('The applicant withdrew their consent: no new referral is made for them', { reason: 'CONSENT_WITHDRAWN', applicantIds: withdrawn });
    }
    return ids;
  }

  /** The matching lists only the services of the applicant's consortium; a referral may not go further. */
  private async refuseOutsideConsortium(manager: EntityManager, drafts: ReferralDraft[]): Promise<void> {
    const organizationsByConsortium = new Map<string, string[]>();
    for (const { applicant, service } of drafts) {
      if (!applicant.consortiumId) continue;
      organizationsByConsortium.set(applicant.consortiumId, [...(organizationsByConsortium.get(applicant.consortiumId) ?? []), service.organizationId]);
    }
    for (const [consortiumId, organizationIds] of organizationsByConsortium) {
      const outside = await this.matching.outsideConsortium(manager, consortiumId, organizationIds);
      if (outside.length > 0) {
        throw AppError.conflict("The service's partner is not a member of the applicant's consortium", { reason: 'OUTSIDE_CONSORTIUM', organizationIds: outside });
      }
    }
  }

  async transition(user: AuthUser, input: TransitionReferralInput): Promise<ReferralEntity> {
    const fieldErrors: FieldError[] = [];
    if (input.to === ReferralStatus.DECLINED && !input.declineReason) {
      fieldErrors.push({ field: 'declineReason', message: 'say why the referral is declined', constraint: 'isNotEmpty' });
    }
    if (input.declineReason === DeclineReason.OTHER && !input.reason?.trim()) {
      fieldErrors.push({ field: 'reason', message: 'explain the reason when it is OTHER', constraint: 'isNotEmpty' });
    }
    if (input.declineReason && input.to !== ReferralStatus.DECLINED) {
      fieldErrors.push({ field: 'declineReason', message: 'goes only with DECLINED', constraint: 'onlyWithDeclined' });
    }
    if (hasOutcome(input) && ![ReferralStatus.IN_SERVICE, ReferralStatus.COMPLETED].includes(input.to)) {
      fieldErrors.push({ field: 'to', message: 'outcomes are recorded when the service starts or completes', constraint: 'outcomeStatus' });
    }
    if (fieldErrors.length > 0) throw AppError.badInput(fieldErrors);

    return this.dataSource.transaction(async (manager) => {
      const referral = await this.lockVisible(manager, user, input.referralId, input.expectedVersion);
      const actor = await this.actorFor(manager, user, referral);
      if (!actor) throw AppError.forbidden('Only the receiving partner moves a referral forward, and only the referring coordinator withdraws it');
      const check = checkTransition(referral.status, input.to, actor);
      if (!check.ok) {
        if (check.problem === 'NOT_YOURS') throw AppError.forbidden(`You cannot move this referral to ${input.to}`);
        throw AppError.conflict(`A referral cannot go from ${referral.status} to ${input.to}`, {
          reason: 'ILLEGAL_TRANSITION',
          status: referral.status,
          version: referral.version,
        });
      }
      const before = { ...referral };
      if (check.takesPlace) {
        const taken = firstRows(
          await manager.query(
            `UPDATE service SET capacity_used = capacity_used + 1, updated_at = now() WHERE id = $1 AND capacity_used < capacity RETURNING capacity_used`,
            [referral.serviceId],
          ),
        ) as Array<{ capacity_used: number }>;
        if (taken.length === 0) throw AppError.conflict('The service has no places left', { reason: 'CAPACITY_FULL' });
        await this.auditCapacity(manager, user, referral.serviceId, taken[0].capacity_used - 1, taken[0].capacity_used);
      }
      if (check.freesPlace) {
        const freed = firstRows(
          await manager.query(
            `UPDATE service SET capacity_used = capacity_used - 1, updated_at = now() WHERE id = $1 AND capacity_used > 0 RETURNING capacity_used`,
            [referral.serviceId],
          ),
        ) as Array<{ capacity_used: number }>;
        if (freed.length > 0) await this.auditCapacity(manager, user, referral.serviceId, freed[0].capacity_used + 1, freed[0].capacity_used);
      }
      const from = referral.status;
      referral.status = input.to;
      referral.version += 1;
      if (check.decides) referral.decidedAt = this.clock.now();
      if (input.to === ReferralStatus.DECLINED) referral.declineReason = input.declineReason ?? null;
      applyOutcome(referral, input);
      const saved = await manager.getRepository(ReferralEntity).save(referral);
      await this.record(manager, referral.id, from, input.to, user.id, input.declineReason ?? null, input.reason?.trim() || null);
      await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.REFERRAL, referral.id, before, saved));
      return saved;
    });
  }

  async recordOutcome(user: AuthUser, input: RecordReferralOutcomeInput): Promise<ReferralEntity> {
    if (!hasOutcome(input)) throw AppError.field('amountDisbursed', 'give an amount, jobs created or training completed', 'isNotEmpty');
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.lockVisible(manager, user, input.referralId, input.expectedVersion);
      if ((await this.actorFor(manager, user, referral)) !== 'PARTNER') throw AppError.forbidden('Only the receiving partner records outcomes');
      if (![ReferralStatus.IN_SERVICE, ReferralStatus.COMPLETED].includes(referral.status)) {
        throw AppError.conflict('Outcomes are recorded once the service has started (IN_SERVICE or COMPLETED)', { status: referral.status });
      }
      const before = { ...referral };
      applyOutcome(referral, input);
      referral.version += 1;
      const saved = await manager.getRepository(ReferralEntity).save(referral);
      await this.record(manager, referral.id, referral.status, referral.status, user.id, null, describeOutcome(input));
      await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.REFERRAL, referral.id, before, saved));
      return saved;
    });
  }

  /**
   * Expires the referrals that waited longer than their service's decision time, in one statement
   * (rows another transaction holds are skipped and caught on the next run). Returns their ids.
   */
  async expireOverdue(now: Date = this.clock.now()): Promise<string[]> {
    const rows: Array<{ referral_id: string }> = await this.dataSource.query(
      `WITH due AS (
         SELECT r.id, r.status FROM referral r JOIN service s ON s.id = r.service_id
          WHERE r.status IN ('SENT', 'ACKNOWLEDGED') AND s.decision_days IS NOT NULL
            AND r.created_at + make_interval(days => s.decision_days) <= $1
          FOR UPDATE OF r SKIP LOCKED
       ), expired AS (
         UPDATE referral r SET status = 'EXPIRED', version = r.version + 1, decided_at = $1, updated_at = $1
           FROM due WHERE r.id = due.id RETURNING r.id, due.status AS from_status, r.version
       ), audited AS (
         INSERT INTO audit_entry (user_id, action, record_type, record_id, changes)
         SELECT $2, 'UPDATE', 'REFERRAL', id, jsonb_build_object(
                  'status', jsonb_build_object('before', from_status, 'after', 'EXPIRED'),
                  'version', jsonb_build_object('before', version - 1, 'after', version),
                  'decidedAt', jsonb_build_object('before', NULL, 'after', to_jsonb($1::timestamptz)))
           FROM expired
       )
       INSERT INTO referral_event (referral_id, from_status, to_status, at, by_id, reason)
       SELECT id, from_status, 'EXPIRED', $1, $2, 'No answer within the service''s decision time' FROM expired
       RETURNING referral_id`,
      [now, SYSTEM_USER_ID],
    );
    return rows.map((row) => row.referral_id);
  }

  async get(user: AuthUser, id: string): Promise<ReferralEntity> {
    const scope = referralScope(user);
    const referral = await this.dataSource
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!referral) throw AppError.notFound('Referral');
    return referral;
  }

  /**
   * One page of visible referrals with the service, organisation and applicant each shows, in one
   * statement and without entity hydration (plus the count, only when the client asks for it).
   */
  /**
   * One page of the referrals the user may see, newest first, with the service, organisation, applicant
   * and history of each in the same statement (raw rows of the columns the GraphQL types show; with
   * `columns`, only those: the objects are then partial, for the field resolvers of that selection). With
   * `recordApplicantReads` (the client selected the applicant) and a user whose reads are recorded, the
   * statement also records the page's applicants as shown (a data-modifying CTE: read and recorded
   * together, one statement). With `countTotal` (the client selected `totalCount`) the same statement
   * counts every visible referral of the filter (an uncorrelated subquery, run once). The statement is
   * compiled once per shape (which filters, first page or not, recorded or not, counted or not); without
   * `countTotal`, or on a page that read no row, `totalCount` is counted by its own statement if awaited.
   */
  async list(
    user: AuthUser,
    args: ReferralsArgs,
    options: { recordApplicantReads?: boolean; countTotal?: boolean; columns?: PageColumns } = {},
  ): Promise<Page<ReferralListRow>> {
    const filter = args.filter ?? {};
    const scope = referralScope(user);
    const { values, limit, firstPage } = this.paginator.keysetValues(REFERRAL_ORDER, args);
    const record = options.recordApplicantReads === true && recordsPersonalDataReads(user);
    const total = options.countTotal === true;
    const given = { status: !!filter.status, serviceId: !!filter.serviceId, organizationId: !!filter.organizationId, applicantId: !!filter.applicantId };
    const where = () => [scope.sql, ...REFERRAL_FILTERS.filter(([name]) => given[name]).map(([, sql]) => sql)].join(' AND ');
    const countSql = () => `SELECT count(*)::int AS count FROM referral r WHERE ${where()}`;
    const shape = `${scope.sql}|${given.status}|${given.serviceId}|${given.organizationId}|${given.applicantId}`;
    const readers = this.pageReaders(options.columns ?? EVERY_PAGE_COLUMN);
    const page = this.shapes.get(`page|${shape}|${firstPage}|${record}|${total}|${readers.key}`, () => {
      const keyset = this.paginator.keysetSql(REFERRAL_ORDER, firstPage);
      const select = `SELECT ${readers.referral.select('r', 'r_')}, ${readers.service.select('s', 's_')}, ${readers.organization.select('o', 'o_')}, ${readers.applicant.select('a', 'a_')},
          ${readers.withHistory ? `${historyOfPageRow(readers.history)} AS "r_history", ` : ''}${keyset.keys}
        FROM referral r JOIN service s ON s.id = r.service_id JOIN organization o ON o.id = r.organization_id JOIN applicant a ON a.id = r.applicant_id
        WHERE ${where()}${keyset.seek ? ` AND ${keyset.seek}` : ''}
        ORDER BY ${keyset.orderBy()} LIMIT ${keyset.limit}`;
      if (!record && !total) return select;
      const orderOfPage = keyset.orderBy((sql) => `page."${PAGE_KEY_COLUMNS[sql]}"`);
      return `WITH page AS (${select})${
        record ? `, shown AS (${recordPersonalDataReadsSql(`SELECT page."a_id" FROM page ORDER BY ${orderOfPage} LIMIT :pageSize`)})` : ''
      }
        SELECT page.*${total ? `, (${countSql()}) AS "total_count"` : ''} FROM page ORDER BY ${orderOfPage}`;
    });
    const bound = { ...scope.params, ...filter, ...values, pageSize: limit, personalDataReader: user.id };
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(page.text, bind(page, bound));
    const applicantReadRecorded = record || !recordsPersonalDataReads(user);
    return this.paginator.rawPage(
      rows,
      REFERRAL_ORDER,
      limit,
      (row) => ({
        referral: readers.referral.read(row, 'r_') as ReferralEntity,
        history: readers.withHistory ? readHistory(row.r_id as string, row.r_history as HistoryCell[]) : undefined,
        service: readers.service.read(row, 's_') as ServiceEntity,
        organization: readers.organization.read(row, 'o_') as OrganizationEntity,
        applicant: readers.applicant.read(row, 'a_') as ApplicantEntity,
        applicantReadRecorded,
      }),
      async () => {
        // Counted by the page's statement, unless it read no row (a page past the end) or was not asked to.
        if (total && rows.length > 0) return rows[0].total_count as number;
        const count = this.shapes.get(`count|${shape}`, countSql);
        return ((await this.dataSource.query(count.text, bind(count, bound))) as Array<{ count: number }>)[0].count;
      },
    );
  }

  /**
   * Readers of the columns a page reads for this column set (made on first use: the entity metadata is
   * there by then). At most COLUMN_SETS_KEPT sets are kept (a client could send many selections): past
   * that, a page reads every column, with the statements of that one set.
   */
  private pageReaders(columns: PageColumns): PageReaders {
    const key = [columns.referral, columns.service, columns.organization, columns.applicant, columns.withHistory ? columns.history : ['-']].map((list) => list.join(',')).join('|');
    const known = this.readers.get(key);
    if (known) return known;
    if (this.readers.size >= COLUMN_SETS_KEPT && columns !== EVERY_PAGE_COLUMN) return this.pageReaders(EVERY_PAGE_COLUMN);
    const readers: PageReaders = {
      key,
      referral: rawReader<ObjectLiteral>(this.dataSource, ReferralEntity, columns.referral),
      service: rawReader<ObjectLiteral>(this.dataSource, ServiceEntity, columns.service),
      organization: rawReader<ObjectLiteral>(this.dataSource, OrganizationEntity, columns.organization),
      applicant: rawReader<ObjectLiteral>(this.dataSource, ApplicantEntity, columns.applicant),
      history: columns.history,
      withHistory: columns.withHistory,
    };
    this.readers.set(key, readers);
    return readers;
  }

  /** How many visible referrals are in each status (for the partner's inbox). */
  async countByStatus(user: AuthUser, filter?: ReferralFilter): Promise<Array<{ key: string; count: number }>> {
    const rows: Array<{ status: string; count: number }> = await this.filtered(user, { ...filter, status: undefined })
      .select('r.status', 'status')
      .addSelect('count(*)::int', 'count')
      .groupBy('r.status')
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.status, row.count]));
    return Object.values(ReferralStatus).map((status) => ({ key: status, count: counts.get(status) ?? 0 }));
  }

  private filtered(user: AuthUser, filter: ReferralFilter = {}) {
    const scope = referralScope(user);
    const query = this.dataSource.getRepository(ReferralEntity).createQueryBuilder('r').where(scope.sql, scope.params);
    for (const [name, sql] of REFERRAL_FILTERS) if (filter[name]) query.andWhere(sql, { [name]: filter[name] });
    return query;
  }

  private async lockVisible(manager: EntityManager, user: AuthUser, id: string, expectedVersion?: number | null): Promise<ReferralEntity> {
    const scope = referralScope(user);
    const referral = await manager
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!referral) throw AppError.notFound('Referral');
    if (expectedVersion && expectedVersion !== referral.version) {
      throw AppError.conflict(`The referral has changed since you saw it (version ${referral.version}, not ${expectedVersion}); reload it`, {
        reason: 'STALE_VERSION',
        version: referral.version,
        status: referral.status,
      });
    }
    return referral;
  }

  private async actorFor(manager: EntityManager, user: AuthUser, referral: ReferralEntity): Promise<Actor | null> {
    if (user.role === Role.PARTNER_STAFF && user.organizationId === referral.organizationId) return 'PARTNER';
    if (user.role !== Role.COORDINATOR) return null;
    if (referral.referredById === user.id) return 'REFERRER';
    const [row] = await manager.query(`SELECT registered_by_id FROM applicant WHERE id = $1`, [referral.applicantId]);
    return row?.registered_by_id === user.id ? 'REFERRER' : null;
  }

  /** Capacity moves by raw SQL (a conditional update cannot overshoot); its audit entry is written here. */
  private async auditCapacity(manager: EntityManager, user: AuthUser, serviceId: string, before: number, after: number): Promise<void> {
    await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.SERVICE, serviceId, { capacityUsed: before }, { capacityUsed: after }));
  }

  private async record(
    manager: EntityManager,
    referralId: string,
    from: ReferralStatus | null,
    to: ReferralStatus,
    byId: string,
    declineReason: DeclineReason | null,
    reason: string | null,
  ): Promise<void> {
    await manager.getRepository(ReferralEventEntity).insert({ referralId, fromStatus: from, toStatus: to, byId, declineReason, reason, at: this.clock.now() });
  }
}

function hasOutcome(input: OutcomeFields): boolean {
  return Boolean(input.amountDisbursed) || (input.jobsCreated !== undefined && input.jobsCreated !== null) || typeof input.trainingCompleted === 'boolean';
}

function applyOutcome(referral: ReferralEntity, input: OutcomeFields): void {
  if (input.amountDisbursed) {
    referral.amountDisbursed = input.amountDisbursed.amount;
    referral.disbursedCurrency = input.amountDisbursed.currency;
  }
  if (input.jobsCreated !== undefined && input.jobsCreated !== null) referral.jobsCreated = input.jobsCreated;
  if (typeof input.trainingCompleted === 'boolean') referral.trainingCompleted = input.trainingCompleted;
}

function describeOutcome(input: OutcomeFields): string {
  const parts: string[] = [];
  if (input.amountDisbursed) parts.push(`disbursed ${input.amountDisbursed.amount} ${input.amountDisbursed.currency}`);
  if (input.jobsCreated !== undefined && input.jobsCreated !== null) parts.push(`${input.jobsCreated} jobs created`);
  if (typeof input.trainingCompleted === 'boolean') parts.push(input.trainingCompleted ? 'training completed' : 'training not completed');
  return `Outcome recorded: ${parts.join(', ')}`;
}

/** node-postgres returns [rows, count] for UPDATE … RETURNING through TypeORM. */
function firstRows(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
}
