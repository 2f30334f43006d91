import path from 'node:path';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { AuditAction, AuditRecordType, LIMITS, Role, type Locale } from '@shuraka/domain';
import { CohortPool, CohortPoolFullError, workerModuleAt, type CohortLease } from '@shuraka/matching';
import type { AuthUser } from '../../common/auth/auth-user';
import { applicantScope } from '../../common/auth/visibility';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { Paginator } from '../../common/graphql/keyset';
import type { Page, PaginationArgs } from '../../common/graphql/pagination';
import { LOGGER } from '../../common/logging/logger';
import { Clock } from '../../common/time/clock';
import { AppConfig } from '../../config/app-config';
import { applyApplicantFilter } from '../applicants/applicant-filter';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { AuditService } from '../audit/audit.service';
import { ReferralEntity } from '../referrals/referral.entity';
import { ReferralsService } from '../referrals/referrals.service';
import { pendingReferralsByService } from '../referrals/referral-queries';
import { ServiceEntity } from '../services/service.entity';
import { AllocationPlanEntity, type PlannedAssignment, type PlannedUnassigned } from './allocation-plan.entity';
import { COHORT_WORKER_COLUMNS, type CohortLoaded, type CohortPlanned, type CohortPlanResult, type CohortWorkerSettings, type LoadCohort, type PlanCohort } from './cohort-worker';
import { MAX_COHORT, type PlanAllocationInput } from './dto/plan-allocation.input';

/** A plan as the API answers it: its summary, and its lists when they are at hand. */
export interface PlanView {
  id: string;
  createdById: string;
  committed: boolean;
  totalScoreCentiPoints: number;
  applicantCount: number;
  assignedCount: number;
  unassignedCount: number;
  assignments?: PlannedAssignment[];
  unassigned?: PlannedUnassigned[];
}

const UNASSIGNED_MESSAGES: Record<PlannedUnassigned['reason'], Record<Locale, string>> = {
  NO_ELIGIBLE_SERVICE: { ar: 'لا توجد خدمة مناسبة له بأماكن متاحة', en: 'No service this applicant is eligible for has places left' },
  CAPACITY: { ar: 'الأماكن المتاحة ذهبت لمتقدمين أنسب لها', en: 'The places went to applicants who fit them better' },
  OPEN_REFERRAL_OF_KIND: {
    ar: 'لديه إحالة مفتوحة إلى خدمة من النوع نفسه؛ لا تُخطَّط له خدمة ثانية منه',
    en: 'Has an open referral to a service of the same kind; no second one of that kind is planned',
  },
};

export function unassignedMessage(reason: PlannedUnassigned['reason'], locale: Locale): string {
  return UNASSIGNED_MESSAGES[reason][locale];
}

/**
 * Cohort allocation: scores every eligible (applicant, service) pair with the matching rules, then
 * lets libs/matching choose the assignment with the largest total score within each service's free
 * places (in a worker thread, so the API keeps answering), and keeps the plan until it is committed.
 */
@Injectable()
export class AllocationService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly pool: CohortPool;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly paginator: Paginator,
    @Inject(LOGGER) private readonly logger: Logger,
    config: AppConfig,
  ) {
    // Each worker reads its cohorts itself, on its own connection to the API's database.
    const { url, extra } = dataSource.options as { url?: string; extra?: Record<string, unknown> };
    if (!url) throw new Error('cohort workers connect with the data source url');
    this.pool = new CohortPool({
      workers: config.ALLOCATION_WORKERS,
      queue: config.ALLOCATION_QUEUE,
      module: workerModuleAt(path.join(__dirname, 'cohort-worker'), path.extname(__filename)),
      settings: { url, extra } satisfies CohortWorkerSettings,
    });
    this.eager = config.NODE_ENV !== 'test';
  }

  private readonly eager: boolean;

  /** Starts the workers with the API, so no plan waits for one to start (tests start them at their first plan). */
  onApplicationBootstrap(): void {
    if (this.eager) this.pool.warm();
  }

  onModuleDestroy(): Promise<void> {
    return this.pool.close();
  }

  /** Plans running and waiting, workers started: for tests and the benchmark. */
  get poolStats() {
    return this.pool.stats;
  }

  /**
   * Plans a cohort in a pooled worker thread, which reads the cohort itself (load: the SQL is built
   * here, with the user's visibility), turns it into typed arrays (encode), scores every pair and
   * solves (score, solve), and writes the plan's lists (lists); it reads the services, their
   * branches, places and track records and the weights as raw rows too (services, the SQL of
   * matching/match-data.ts); this thread only builds the cohort's SQL and keeps the plan (save). Each phase's time goes to the log. `signal`
   * abandons the plan (the client went away): it leaves the queue or its worker is stopped, and
   * nothing is saved.
   */
  async plan(user: AuthUser, input: PlanAllocationInput, signal?: AbortSignal): Promise<PlanView> {
    const started = performance.now();
    const { query, expected } = this.cohortQuery(user, input);
    let lease: CohortLease;
    try {
      lease = await this.pool.acquire(signal);
    } catch (error) {
      if (error instanceof CohortPoolFullError) {
        throw new AppError(ErrorCode.TOO_MANY_REQUESTS, 'Other allocation plans are being made; try again in a few seconds', { retryAfterSeconds: 5 });
      }
      throw error;
    }
    try {
      const acquired = performance.now();
      const [sql, parameters] = query.getQueryAndParameters();
      const allowed = input.allowSecondOfKind ?? [];
      const cohort = await lease.call<CohortLoaded>({ kind: 'load', sql, parameters, expected, allowed: allowed.map((entry) => entry.applicantId), max: MAX_COHORT } satisfies LoadCohort);
      await this.checkCohort(input, query, cohort);
      const secondOfKindReasons: Record<string, string> = {};
      for (const [index, entry] of allowed.entries()) {
        if (entry.applicantId in secondOfKindReasons) {
          throw AppError.field(`allowSecondOfKind.${index}.applicantId`, 'One allowance per applicant', 'unique');
        }
        if (!cohort.allowedInCohort[index]) {
          throw AppError.field(`allowSecondOfKind.${index}.applicantId`, 'The applicant is not in the cohort', 'inCohort');
        }
        secondOfKindReasons[entry.applicantId] = entry.reason.trim();
      }

      const planned = await lease.call<CohortPlanResult>({ kind: 'plan', serviceIds: input.serviceIds ?? null, secondOfKind: Object.keys(secondOfKindReasons) } satisfies PlanCohort);
      if ('missingServiceId' in planned) throw AppError.notFound(`Service ${planned.missingServiceId}`, 'serviceIds');
      lease.release();
      const solved = performance.now();

      signal?.throwIfAborted();
      const plan = await this.save(user, planned, secondOfKindReasons);
      const saved = performance.now();
      const ms = (from: number, to: number) => Math.round((to - from) * 10) / 10;
      this.logger.info(
        {
          planAllocation: {
            planId: plan.id,
            applicants: planned.applicantCount,
            services: planned.serviceCount,
            pairs: planned.pairCount,
            assigned: planned.assignedCount,
            ms: {
              queue: ms(started, acquired),
              load: Math.round(cohort.ms * 10) / 10,
              ...planned.ms,
              worker: ms(acquired, solved),
              save: ms(solved, saved),
              total: ms(started, saved),
            },
          },
        },
        'allocation plan made',
      );
      return plan;
    } finally {
      lease.release();
    }
  }

  /**
   * The cohort's query (for the worker to run): the listed applicants or everyone the user may see
   * matching `cohort` who has not withdrawn consent (at most MAX_COHORT, one more to tell a cohort
   * too large), oldest registration first (the solver gives ties to earlier applicants: who waited
   * longest wins a tie).
   */
  private cohortQuery(user: AuthUser, input: PlanAllocationInput): { query: SelectQueryBuilder<ApplicantEntity>; expected: string[] | null } {
    const scope = applicantScope(user);
    const query = this.dataSource
      .getRepository(ApplicantEntity)
      .createQueryBuilder('a')
      .select(COHORT_WORKER_COLUMNS)
      .where(scope.sql, scope.params)
      .setParameter('today', this.clock.today())
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (input.cohort) {
      if (input.applicantIds.length > 0) throw AppError.field('applicantIds', 'must be [] when cohort names the applicants', 'emptyWithCohort');
      applyApplicantFilter(query, input.cohort).andWhere('a.consent_withdrawn_at IS NULL');
      return { query: query.limit(MAX_COHORT + 1), expected: null };
    }
    const applicantIds = [...new Set(input.applicantIds)];
    if (applicantIds.length === 0) throw AppError.field('applicantIds', 'name at least one applicant, or give cohort', 'arrayMinSize');
    return { query: query.andWhere('a.id = ANY(:applicantIds)', { applicantIds }), expected: applicantIds };
  }

  /**
   * What the worker found, checked: NOT_FOUND for a listed applicant the user may not see, CONFLICT
   * for one who withdrew consent; a filtered cohort must hold someone and at most MAX_COHORT.
   */
  private async checkCohort(input: PlanAllocationInput, query: SelectQueryBuilder<ApplicantEntity>, cohort: CohortLoaded): Promise<void> {
    if (input.cohort) {
      if (cohort.count > MAX_COHORT) {
        const count = await query.orderBy().limit(undefined).getCount();
        throw AppError.badInput(
          [{ field: 'cohort', message: `matches ${count} applicants; at most ${MAX_COHORT} are planned at once: narrow the filters`, constraint: 'maxCohort' }],
          `The cohort matches ${count} applicants; at most ${MAX_COHORT} are planned at once`,
        );
      }
      if (cohort.count === 0) throw AppError.field('cohort', 'matches no applicant who may be planned', 'notEmpty');
      return;
    }
    if (cohort.missing) throw AppError.notFound(`Applicant ${cohort.missing}`);
    if (cohort.withdrawn.length > 0) {
      throw AppError.conflict('Applicants who withdrew their consent are not planned; leave them out', { reason: 'CONSENT_WITHDRAWN', applicantIds: cohort.withdrawn });
    }
  }

  /** Keeps a plan (one INSERT, its lists as the worker wrote them in JSON) with its audit summary, in one transaction. */
  private async save(user: AuthUser, planned: CohortPlanned, secondOfKindReasons: Record<string, string>): Promise<PlanView> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO allocation_plan (created_by_id, assignments, unassigned, second_of_kind_reasons, places_at_planning, total_score_centi_points)
         VALUES ($1, $2::jsonb, $3::jsonb, $4::jsonb, $5::jsonb, $6) RETURNING id`,
        [user.id, planned.assignments, planned.unassigned, JSON.stringify(secondOfKindReasons), planned.placesAtPlanning, planned.totalScoreCentiPoints],
      );
      // A summary: the plan itself is kept, unchanged, in allocation_plan.
      await this.audit.record(
        manager,
        user.id,
        AuditService.created(AuditRecordType.ALLOCATION_PLAN, row.id, {
          assignments: planned.assignedCount,
          unassigned: planned.unassignedCount,
          totalScoreCentiPoints: planned.totalScoreCentiPoints,
          ...(Object.keys(secondOfKindReasons).length > 0 ? { secondOfKindReasons } : {}),
        }),
      );
      // Its lists stay in the database: pages read them from there.
      return {
        id: row.id,
        createdById: user.id,
        committed: false,
        totalScoreCentiPoints: planned.totalScoreCentiPoints,
        applicantCount: planned.applicantCount,
        assignedCount: planned.assignedCount,
        unassignedCount: planned.unassignedCount,
      };
    });
  }

  /** Turns the plan into SENT referrals in one transaction; CONFLICT when places changed since it was made. */
  async commit(user: AuthUser, planId: string): Promise<ReferralEntity[]> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const plan = await manager.getRepository(AllocationPlanEntity).findOne({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
        if (!plan || (plan.createdById !== user.id && user.role !== Role.ADMIN)) throw AppError.notFound('Allocation plan');
        if (plan.committedAt) throw AppError.conflict('This plan was already committed');
        const serviceIds = Object.keys(plan.placesAtPlanning).sort();
        // Locks the services (in id order, so two commits cannot deadlock) before reading their places.
        const services = await manager
          .getRepository(ServiceEntity)
          .createQueryBuilder('s')
          .setLock('pessimistic_write')
          .where('s.id IN (:...serviceIds)', { serviceIds })
          .orderBy('s.id', 'ASC')
          .getMany();
        const pendingOf = await pendingReferralsByService(manager, serviceIds);
        const changed = serviceIds.filter((id) => {
          const service = services.find((candidate) => candidate.id === id);
          const placesNow = service ? Math.max(0, service.capacity - service.capacityUsed - (pendingOf.get(id) ?? 0)) : -1;
          return placesNow !== plan.placesAtPlanning[id];
        });
        if (changed.length > 0) {
          throw AppError.conflict('Places changed since the plan was made; make a new plan', { changedServiceIds: changed });
        }
        const serviceById = new Map(services.map((service) => [service.id, service]));
        const applicants = await manager.getRepository(ApplicantEntity).find({
          select: { id: true, consortiumId: true },
          where: { id: In(plan.assignments.map((assignment) => assignment.applicantId)) },
        });
        const applicantById = new Map(applicants.map((applicant) => [applicant.id, applicant]));
        const referrals = await this.referrals.openMany(
          manager,
          user,
          plan.assignments.map((assignment) => ({
            applicant: applicantById.get(assignment.applicantId)!,
            service: serviceById.get(assignment.serviceId)!,
            overrideReason: plan.secondOfKindReasons[assignment.applicantId] ?? null,
          })),
          'Cohort allocation',
        );
        const now = this.clock.now();
        plan.committedAt = now;
        await manager.getRepository(AllocationPlanEntity).save(plan);
        await this.audit.record(manager, user.id, {
          action: AuditAction.UPDATE,
          recordType: AuditRecordType.ALLOCATION_PLAN,
          recordId: plan.id,
          changes: { committedAt: { before: null, after: now.toISOString() } },
        });
        return referrals;
      });
    } catch (error) {
      // The referrals' own rules refused the plan: it went stale since it was made.
      const extensions = error instanceof AppError ? error.extensions : {};
      const reason = extensions.reason;
      if (reason === 'ALREADY_OPEN') {
        throw AppError.conflict('An applicant of the plan already has an open referral to the planned service; make a new plan', { reason });
      }
      if (reason === 'OPEN_REFERRAL_OF_KIND') {
        throw AppError.conflict('An applicant of the plan now has an open referral of the planned kind; make a new plan', { ...extensions });
      }
      if (reason === 'CONSENT_WITHDRAWN') {
        throw AppError.conflict('An applicant of the plan withdrew their consent since it was made; make a new plan', { ...extensions });
      }
      if (reason === 'OUTSIDE_CONSORTIUM') {
        throw AppError.conflict("A planned service's partner is no longer a member of the applicant's consortium; make a new plan", { ...extensions });
      }
      throw error;
    }
  }

  /** A plan's summary (not its lists); NOT_FOUND for another coordinator's plan. */
  async get(user: AuthUser, planId: string): Promise<PlanView> {
    const [row]: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT id, created_by_id, committed_at IS NOT NULL AS committed, total_score_centi_points,
              jsonb_array_length(assignments) AS assigned, jsonb_array_length(unassigned) AS unassigned
         FROM allocation_plan WHERE id = $1`,
      [planId],
    );
    if (!row || (row.created_by_id !== user.id && user.role !== Role.ADMIN)) throw AppError.notFound('Allocation plan');
    const assignedCount = Number(row.assigned);
    const unassignedCount = Number(row.unassigned);
    return {
      id: String(row.id),
      createdById: String(row.created_by_id),
      committed: row.committed === true,
      totalScoreCentiPoints: Number(row.total_score_centi_points),
      applicantCount: assignedCount + unassignedCount,
      assignedCount,
      unassignedCount,
    };
  }

  /** A plan's whole lists (the contract's `assignments` and `unassigned`): from memory when just made, else one read. */
  async lists(plan: PlanView): Promise<Pick<AllocationPlanEntity, 'assignments' | 'unassigned'>> {
    if (plan.assignments && plan.unassigned) return { assignments: plan.assignments, unassigned: plan.unassigned };
    const [row] = await this.dataSource.query('SELECT assignments, unassigned FROM allocation_plan WHERE id = $1', [plan.id]);
    plan.assignments = row.assignments;
    plan.unassigned = row.unassigned;
    return row;
  }

  /** A page of a plan's assignments (plan order) or unassigned applicants, read from the kept plan by position: never re-solved. */
  async page<K extends 'assignments' | 'unassigned'>(plan: PlanView, list: K, args: PaginationArgs): Promise<Page<AllocationPlanEntity[K][number]>> {
    const kind = `allocation-plan:${plan.id}:${list}`;
    const limit = args.first ?? LIMITS.pageSizeDefault;
    const start = args.after === undefined || args.after === null ? 0 : this.offsetOf(args.after, kind);
    const total = list === 'assignments' ? plan.assignedCount : plan.unassignedCount;
    let items: Array<AllocationPlanEntity[K][number]>;
    if (plan[list]) {
      items = (plan[list] as Array<AllocationPlanEntity[K][number]>).slice(start, start + limit);
    } else if (limit === 0 || start >= total) {
      items = [];
    } else {
      const column = list === 'assignments' ? 'assignments' : 'unassigned';
      const [row] = await this.dataSource.query(`SELECT jsonb_path_query_array(${column}, ('$[' || $2 || ' to ' || $3 || ']')::jsonpath) AS items FROM allocation_plan WHERE id = $1`, [
        plan.id,
        start,
        Math.min(total, start + limit) - 1,
      ]);
      items = row.items;
    }
    const edges = items.map((node, index) => ({ node, cursor: this.paginator.encode(kind, [String(start + index + 1)]) }));
    return { totalCount: total, edges, pageInfo: { hasNextPage: start + items.length < total, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null } };
  }

  private offsetOf(cursor: string, kind: string): number {
    const [value] = this.paginator.decode(cursor, { kind, keys: [{ sql: 'position', type: 'int' }] });
    const offset = Number(value);
    if (!Number.isSafeInteger(offset) || offset < 0) throw AppError.field('after', 'is not a cursor this list gave out', 'isCursor');
    return offset;
  }
}
