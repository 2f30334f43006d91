import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditAction, AuditRecordType, LIMITS, Role, type Locale } from '@shuraka/domain';
import { allocateInWorker, buildAllocationInstance, matchService, withoutOpenKindPairs, type EligiblePair, type MatchService } from '@shuraka/matching';
import type { AuthUser } from '../../common/auth/auth-user';
import { applicantScope } from '../../common/auth/visibility';
import { AppError } from '../../common/errors/app-error';
import { Paginator } from '../../common/graphql/keyset';
import type { Page, PaginationArgs } from '../../common/graphql/pagination';
import { Clock } from '../../common/time/clock';
import { applyApplicantFilter } from '../applicants/applicant-filter';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { AuditService } from '../audit/audit.service';
import { ConsortiumMemberEntity } from '../consortia/consortium-member.entity';
import { MatchingDataService } from '../matching/matching.service';
import { ReferralEntity } from '../referrals/referral.entity';
import { ReferralsService } from '../referrals/referrals.service';
import { openReferralPairs, openReferralsOfKind, pendingReferralsByService } from '../referrals/referral-queries';
import { ServiceEntity } from '../services/service.entity';
import { AllocationPlanEntity, type PlannedAssignment, type PlannedUnassigned } from './allocation-plan.entity';
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
export class AllocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsService,
    private readonly matching: MatchingDataService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly paginator: Paginator,
  ) {}

  async plan(user: AuthUser, input: PlanAllocationInput): Promise<PlanView> {
    const applicants = await this.cohort(user, input);
    const applicantIds = applicants.map((applicant) => applicant.id);
    const secondOfKindReasons: Record<string, string> = {};
    for (const [index, allowed] of (input.allowSecondOfKind ?? []).entries()) {
      if (allowed.applicantId in secondOfKindReasons) {
        throw AppError.field(`allowSecondOfKind.${index}.applicantId`, 'One allowance per applicant', 'unique');
      }
      if (!applicantIds.includes(allowed.applicantId)) {
        throw AppError.field(`allowSecondOfKind.${index}.applicantId`, 'The applicant is not in the cohort', 'inCohort');
      }
      secondOfKindReasons[allowed.applicantId] = allowed.reason.trim();
    }
    const withdrawn = applicants.filter((applicant) => applicant.consentWithdrawnAt !== null).map((applicant) => applicant.id);
    if (withdrawn.length > 0) {
      throw AppError.conflict('Applicants who withdrew their consent are not planned; leave them out', { reason: 'CONSENT_WITHDRAWN', applicantIds: withdrawn });
    }
    const services = await this.servicesFor(applicants, input.serviceIds);
    const serviceIndex = new Map(services.map((service, index) => [service.id, index]));
    const [matchServices, membersByConsortium, openPairs, openOfKind] = await Promise.all([
      this.matching.toMatchServices(services),
      this.members(applicants),
      openReferralPairs(this.dataSource, applicants.map((applicant) => applicant.id)),
      openReferralsOfKind(this.dataSource, applicants.map((applicant) => applicant.id)),
    ]);
    const weightsByConsortium = new Map<string | null, Awaited<ReturnType<MatchingDataService['weightsFor']>>>();
    for (const consortiumId of new Set(applicants.map((applicant) => applicant.consortiumId))) {
      weightsByConsortium.set(consortiumId, await this.matching.weightsFor(consortiumId));
    }

    const eligiblePairs: EligiblePair[] = [];
    applicants.forEach((applicant, applicantIndex) => {
      const candidate = this.matching.toMatchApplicant(applicant);
      const members = applicant.consortiumId ? membersByConsortium.get(applicant.consortiumId) : null;
      for (const service of services) {
        if (members && !members.has(service.organizationId)) continue;
        if (openPairs.has(`${applicant.id}:${service.id}`)) continue;
        const match = matchService(candidate, matchServices[serviceIndex.get(service.id)!] as MatchService, weightsByConsortium.get(applicant.consortiumId));
        if (match.eligible) eligiblePairs.push({ applicant: applicantIndex, service: serviceIndex.get(service.id)!, score: match.scoreCentiPoints });
      }
    });
    // No second open referral of a kind: a coordinator who means it refers one by one, with a reason.
    const { pairs, blocked } = withoutOpenKindPairs(eligiblePairs, services, (index) =>
      applicants[index].id in secondOfKindReasons ? [] : (openOfKind.get(applicants[index].id) ?? []),
    );
    const places = matchServices.map((service) => Math.max(0, service.capacity - service.placesTaken));
    const result = await allocateInWorker(buildAllocationInstance({ applicantCount: applicants.length, capacities: places, pairs }));

    const scoreOf = new Map(pairs.map((pair) => [`${pair.applicant}:${pair.service}`, pair.score]));
    const assignments: PlannedAssignment[] = [];
    const unassigned: PlannedUnassigned[] = [];
    applicants.forEach((applicant, index) => {
      const serviceIndexOf = result.serviceOfApplicant[index];
      if (serviceIndexOf >= 0) {
        assignments.push({ applicantId: applicant.id, serviceId: services[serviceIndexOf].id, scoreCentiPoints: scoreOf.get(`${index}:${serviceIndexOf}`)! });
      } else {
        const reason = result.unassignedReason[index] ?? 'NO_ELIGIBLE_SERVICE';
        unassigned.push({ applicantId: applicant.id, reason: reason === 'NO_ELIGIBLE_SERVICE' && blocked.has(index) ? 'OPEN_REFERRAL_OF_KIND' : reason });
      }
    });
    assignments.sort((a, b) => b.scoreCentiPoints - a.scoreCentiPoints || (a.applicantId < b.applicantId ? -1 : a.applicantId > b.applicantId ? 1 : 0));
    return this.save(user, { assignments, unassigned, secondOfKindReasons, placesAtPlanning: Object.fromEntries(services.map((service, index) => [service.id, places[index]])), totalScoreCentiPoints: result.totalScore });
  }

  /** The cohort: the listed applicants (NOT_FOUND for one the user may not see) or everyone the user may see matching `cohort`. */
  private async cohort(user: AuthUser, input: PlanAllocationInput): Promise<ApplicantEntity[]> {
    const scope = applicantScope(user);
    const query = this.dataSource.getRepository(ApplicantEntity).createQueryBuilder('a').where(scope.sql, scope.params).orderBy('a.id', 'ASC');
    if (input.cohort) {
      if (input.applicantIds.length > 0) throw AppError.field('applicantIds', 'must be [] when cohort names the applicants', 'emptyWithCohort');
      const applicants = await applyApplicantFilter(query, input.cohort).limit(MAX_COHORT + 1).getMany();
      if (applicants.length > MAX_COHORT) {
        const count = await applyApplicantFilter(this.dataSource.getRepository(ApplicantEntity).createQueryBuilder('a').where(scope.sql, scope.params), input.cohort).getCount();
        throw AppError.field('cohort', `matches ${count} applicants; at most ${MAX_COHORT} are planned at once: narrow the filters`, 'maxCohort');
      }
      if (applicants.length === 0) throw AppError.field('cohort', 'matches no applicant', 'notEmpty');
      return applicants;
    }
    const applicantIds = [...new Set(input.applicantIds)];
    if (applicantIds.length === 0) throw AppError.field('applicantIds', 'name at least one applicant, or give cohort', 'arrayMinSize');
    const applicants = await query.andWhere('a.id IN (:...applicantIds)', { applicantIds }).getMany();
    if (applicants.length !== applicantIds.length) {
      const found = new Set(applicants.map((applicant) => applicant.id));
      throw AppError.notFound(`Applicant ${applicantIds.find((id) => !found.has(id))}`);
    }
    return applicants;
  }

  /** Keeps a plan (one INSERT, its lists as JSON) with its audit summary, in one transaction. */
  private async save(
    user: AuthUser,
    plan: Pick<AllocationPlanEntity, 'assignments' | 'unassigned' | 'secondOfKindReasons' | 'placesAtPlanning' | 'totalScoreCentiPoints'>,
  ): Promise<PlanView> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: Array<{ id: string }> = await manager.query(
        `INSERT INTO allocation_plan (created_by_id, assignments, unassigned, second_of_kind_reasons, places_at_planning, total_score_centi_points)
         VALUES ($1, $2::jsonb, $3::jsonb, $4::jsonb, $5::jsonb, $6) RETURNING id`,
        [user.id, JSON.stringify(plan.assignments), JSON.stringify(plan.unassigned), JSON.stringify(plan.secondOfKindReasons), JSON.stringify(plan.placesAtPlanning), plan.totalScoreCentiPoints],
      );
      // A summary: the plan itself is kept, unchanged, in allocation_plan.
      await this.audit.record(
        manager,
        user.id,
        AuditService.created(AuditRecordType.ALLOCATION_PLAN, row.id, {
          assignments: plan.assignments.length,
          unassigned: plan.unassigned.length,
          totalScoreCentiPoints: plan.totalScoreCentiPoints,
          ...(Object.keys(plan.secondOfKindReasons).length > 0 ? { secondOfKindReasons: plan.secondOfKindReasons } : {}),
        }),
      );
      return {
        id: row.id,
        createdById: user.id,
        committed: false,
        totalScoreCentiPoints: plan.totalScoreCentiPoints,
        applicantCount: plan.assignments.length + plan.unassigned.length,
        assignedCount: plan.assignments.length,
        unassignedCount: plan.unassigned.length,
        assignments: plan.assignments,
        unassigned: plan.unassigned,
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

  private async servicesFor(applicants: ApplicantEntity[], serviceIds?: string[]): Promise<ServiceEntity[]> {
    const repository = this.dataSource.getRepository(ServiceEntity);
    if (serviceIds) {
      const unique = [...new Set(serviceIds)];
      const services = await repository.find({ where: { id: In(unique) }, order: { id: 'ASC' } });
      if (services.length !== unique.length) {
        const found = new Set(services.map((service) => service.id));
        throw AppError.notFound(`Service ${unique.find((id) => !found.has(id))}`, 'serviceIds');
      }
      return services;
    }
    if (applicants.some((applicant) => applicant.consortiumId === null)) return repository.find({ order: { id: 'ASC' } });
    const consortiumIds = [...new Set(applicants.map((applicant) => applicant.consortiumId!))];
    return repository
      .createQueryBuilder('s')
      .where('s.organization_id IN (SELECT m.organization_id FROM consortium_member m WHERE m.consortium_id IN (:...consortiumIds))', { consortiumIds })
      .orderBy('s.id', 'ASC')
      .getMany();
  }

  private async members(applicants: ApplicantEntity[]): Promise<Map<string, Set<string>>> {
    const consortiumIds = [...new Set(applicants.map((applicant) => applicant.consortiumId).filter((id): id is string => id !== null))];
    if (consortiumIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(ConsortiumMemberEntity).find({ where: { consortiumId: In(consortiumIds) } });
    const members = new Map<string, Set<string>>();
    for (const row of rows) members.set(row.consortiumId, (members.get(row.consortiumId) ?? new Set()).add(row.organizationId));
    return members;
  }
}
