import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditRecordType, Role, formatCalendarDate } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { Page } from '../../common/graphql/pagination';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { ConsortiumMemberEntity } from '../consortia/consortium-member.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { NotificationKind } from '../notifications/notification-kinds';
import { NotificationsService } from '../notifications/notifications.service';
import { QuestionnaireEntity } from '../questionnaires/questionnaire.entity';
import { ServiceEntity } from '../services/service.entity';
import type { AddRecommendationInput, RecommendationsArgs, UpdateRecommendationInput } from './dto/meeting.inputs';
import { CommitteeEntity } from './committee.entity';
import {
  canManageConsortium,
  canReadConsortium,
  canReadRecommendation,
  canReportOn,
  consortiumAccess,
  forbiddenToManage,
  type ConsortiumAccess,
} from './meeting-access';
import { visibleMeeting, visibleRecommendation } from './meeting-loaders';
import { checkVersion, MEETING_LIMITS, Problems, sent } from './meeting-rules';
import { MeetingEntity } from './meeting.entity';
import { OVERDUE_SQL, reasonMissing, statusMove } from './recommendation-lifecycle';
import { RecommendationEntity, RecommendationNoteEntity, RecommendationOwnerEntity } from './recommendation.entity';

/** due_on ASC (no date last: sorted as 9999-12-31, a finite date the cursor can carry), the meeting's day, number, id. */
const RECOMMENDATION_ORDER: KeysetOrder = {
  kind: 'recommendations:due-asc',
  direction: 'ASC',
  keys: [
    { sql: `coalesce(r.due_on, DATE '9999-12-31')`, type: 'date' },
    { sql: 'm.held_on', type: 'date' },
    { sql: 'r.number', type: 'int' },
    { sql: 'r.id', type: 'uuid' },
  ],
  idColumn: 'r_id',
};

/** The four links of a recommendation: input field, column, and how the linked record's consortium is found. */
const LINKS = [
  { field: 'aboutQuestionnaireId', key: 'aboutQuestionnaireId', what: 'Questionnaire' },
  { field: 'aboutMeetingId', key: 'aboutMeetingId', what: 'Meeting' },
  { field: 'aboutCommitteeId', key: 'aboutCommitteeId', what: 'Committee' },
  { field: 'aboutServiceId', key: 'aboutServiceId', what: 'Service' },
] as const;
type LinkField = (typeof LINKS)[number]['field'];

/** What the audit log keeps of a recommendation. */
function auditable(recommendation: RecommendationEntity, owners: string[]) {
  return {
    meetingId: recommendation.meetingId,
    number: recommendation.number,
    textAr: recommendation.textAr,
    textEn: recommendation.textEn,
    dueOn: recommendation.dueOn,
    status: recommendation.status,
    statusReason: recommendation.statusReason,
    percent: recommendation.percent,
    owners: [...owners].sort(),
    aboutQuestionnaireId: recommendation.aboutQuestionnaireId,
    aboutMeetingId: recommendation.aboutMeetingId,
    aboutCommitteeId: recommendation.aboutCommitteeId,
    aboutServiceId: recommendation.aboutServiceId,
    closedAt: recommendation.closedAt,
  };
}

/**
 * The only writer of recommendations, their owners and their progress notes. Managers of the consortium add and
 * change them; owners' staff add progress notes and move the status (recommendation-lifecycle.ts); readers read.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly paginator: Paginator,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  async list(user: AuthUser, args: RecommendationsArgs): Promise<Page<RecommendationEntity>> {
    const filter = args.filter ?? {};
    const access = await consortiumAccess(this.dataSource.manager, user);
    const visible = visibleRecommendation(access);
    const query = this.dataSource
      .getRepository(RecommendationEntity)
      .createQueryBuilder('r')
      .innerJoin(MeetingEntity, 'm', 'm.id = r.meeting_id')
      .innerJoin(ConsortiumEntity, 'c', 'c.id = r.consortium_id')
      .where(visible.sql, visible.params);
    if (filter.consortiumId) query.andWhere('r.consortium_id = :consortiumId', { consortiumId: filter.consortiumId });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.overdue === true || filter.overdue === false) {
      query.andWhere(filter.overdue ? OVERDUE_SQL : `NOT coalesce(${OVERDUE_SQL}, false)`, { now: this.clock.now().toISOString() });
    }
    if (filter.ownerOrganizationId) {
      query.andWhere('EXISTS (SELECT 1 FROM recommendation_owner fo WHERE fo.recommendation_id = r.id AND fo.organization_id = :owner)', {
        owner: filter.ownerOrganizationId,
      });
    }
    if (filter.mine) {
      query.andWhere('EXISTS (SELECT 1 FROM recommendation_owner mo WHERE mo.recommendation_id = r.id AND mo.organization_id = :mine)', {
        mine: user.organizationId,
      });
    }
    if (filter.meetingId) query.andWhere('r.meeting_id = :meetingId', { meetingId: filter.meetingId });
    if (filter.aboutQuestionnaireId) query.andWhere('r.about_questionnaire_id = :aq', { aq: filter.aboutQuestionnaireId });
    if (filter.aboutMeetingId) query.andWhere('r.about_meeting_id = :am', { am: filter.aboutMeetingId });
    if (filter.aboutCommitteeId) query.andWhere('r.about_committee_id = :ac', { ac: filter.aboutCommitteeId });
    if (filter.aboutServiceId) query.andWhere('r.about_service_id = :as', { as: filter.aboutServiceId });
    return this.paginator.page(query, RECOMMENDATION_ORDER, args);
  }

  async get(user: AuthUser, id: string): Promise<RecommendationEntity> {
    const manager = this.dataSource.manager;
    const recommendation = await manager.getRepository(RecommendationEntity).findOneBy({ id });
    if (!recommendation) throw AppError.notFound('Recommendation');
    const access = await consortiumAccess(manager, user);
    if (!canReadRecommendation(access, recommendation.consortiumId, await this.ownersOf(manager, id))) throw AppError.notFound('Recommendation');
    return recommendation;
  }

  /** Numbered after the meeting's last one: the meeting row is locked, so parallel additions queue and never share a number. */
  async add(user: AuthUser, input: AddRecommendationInput): Promise<RecommendationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.getRepository(MeetingEntity).findOne({ where: { id: input.meetingId }, lock: { mode: 'pessimistic_write' } });
      const access = await consortiumAccess(manager, user);
      if (!meeting || !(await this.canReadMeeting(manager, access, meeting))) throw AppError.notFound('Meeting', 'meetingId');
      if (!canManageConsortium(access, meeting.consortiumId)) throw forbiddenToManage();

      const problems = new Problems();
      const text = problems.localized('text', input.text, MEETING_LIMITS.text, true);
      const dueOn = problems.date('dueOn', input.dueOn);
      const owners = [...new Set(input.ownerOrganizationIds ?? [])];
      await this.checkOwners(manager, problems, meeting.consortiumId, owners);
      const links = await this.checkLinks(manager, problems, meeting.consortiumId, input);
      problems.throwIfAny();

      const [{ next }]: Array<{ next: number }> = await manager.query(
        'SELECT coalesce(max(number), 0)::int + 1 AS next FROM recommendation WHERE meeting_id = $1',
        [meeting.id],
      );
      const recommendation = await manager.getRepository(RecommendationEntity).save(
        manager.getRepository(RecommendationEntity).create({
          meetingId: meeting.id,
          consortiumId: meeting.consortiumId,
          number: next,
          textAr: text.ar,
          textEn: text.en,
          dueOn,
          statusReason: null,
          percent: null,
          aboutQuestionnaireId: links.aboutQuestionnaireId ?? null,
          aboutMeetingId: links.aboutMeetingId ?? null,
          aboutCommitteeId: links.aboutCommitteeId ?? null,
          aboutServiceId: links.aboutServiceId ?? null,
          createdById: user.id,
          closedAt: null,
        }),
      );
      await this.setOwners(manager, recommendation.id, [], owners);
      await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.RECOMMENDATION, recommendation.id, auditable(recommendation, owners)));
      await this.announce(manager, recommendation, owners, meeting);
      return recommendation;
    });
  }

  /**
   * Managers change anything; owners' staff add a note, a percentage and a status move; readers nothing (FORBIDDEN).
   * Dropping and reopening need the note as their reason; DONE ↔ DROPPED directly is a CONFLICT.
   */
  async update(user: AuthUser, id: string, input: UpdateRecommendationInput): Promise<RecommendationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const recommendation = await manager.getRepository(RecommendationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!recommendation) throw AppError.notFound('Recommendation');
      return this.updateLocked(manager, user, recommendation, input);
    });
  }

  /**
   * updateRecommendation's rules and writes on a recommendation the caller has locked, in the caller's transaction
   * (so that a progress sheet applies each row exactly as this mutation would). Throws NOT_FOUND, FORBIDDEN,
   * CONFLICT or BAD_USER_INPUT as the mutation does; `access` saves loading the user's memberships per row.
   */
  async updateLocked(
    manager: EntityManager,
    user: AuthUser,
    recommendation: RecommendationEntity,
    input: UpdateRecommendationInput,
    access?: ConsortiumAccess,
  ): Promise<RecommendationEntity> {
    const id = recommendation.id;
    const repository = manager.getRepository(RecommendationEntity);
    access ??= await consortiumAccess(manager, user);
    const owners = await this.ownersOf(manager, id);
    if (!canReadRecommendation(access, recommendation.consortiumId, owners)) throw AppError.notFound('Recommendation');
    const manages = canManageConsortium(access, recommendation.consortiumId);
    if (!canReportOn(access, recommendation.consortiumId, owners)) {
      throw AppError.forbidden("Only the consortium's managers and the owners' staff update this recommendation");
    }
    const managerFields = (['text', 'dueOn', 'ownerOrganizationIds', ...LINKS.map((link) => link.field)] as const).filter((key) => sent(input, key));
    if (!manages && managerFields.length > 0) {
      throw AppError.forbidden(`Owners' staff report progress (status, progressNote, percent); only managers change ${managerFields.join(', ')}`);
    }
    checkVersion('recommendation', recommendation.version, input.expectedVersion);

    const problems = new Problems();
    const note = problems.text('progressNote', input.progressNote, MEETING_LIMITS.text);
    const percent = problems.percent('percent', input.percent);
    const text = sent(input, 'text') ? problems.localized('text', input.text, MEETING_LIMITS.text, true) : null;
    const dueOn = sent(input, 'dueOn') ? problems.date('dueOn', input.dueOn) : recommendation.dueOn;
    const newOwners = sent(input, 'ownerOrganizationIds') ? [...new Set(input.ownerOrganizationIds ?? [])] : owners;
    if (sent(input, 'ownerOrganizationIds')) await this.checkOwners(manager, problems, recommendation.consortiumId, newOwners);
    const links = await this.checkLinks(manager, problems, recommendation.consortiumId, input);
    const from = recommendation.status;
    const to = input.status ?? from;
    const move = statusMove(from, to);
    if (move.kind === 'move' && move.needsReason && !note) {
      const message = reasonMissing(from, to);
      problems.add('progressNote', 'reasonRequired', message.en, message.ar);
    }
    problems.throwIfAny();
    if (move.kind === 'refused') throw AppError.conflict(move.message, { status: from });

    const before = auditable(recommendation, owners);
    const now = this.clock.now();
    const moved = move.kind === 'move';
    if (move.kind === 'move') {
      recommendation.status = to;
      recommendation.statusReason = move.needsReason ? note : null;
      if (move.closes) recommendation.closedAt = now;
      if (move.reopens) recommendation.closedAt = null;
    }
    if (percent !== null) recommendation.percent = percent;
    if (text) {
      recommendation.textAr = text.ar;
      recommendation.textEn = text.en;
    }
    recommendation.dueOn = dueOn;
    for (const link of LINKS) if (sent(input, link.field)) recommendation[link.key] = links[link.field] ?? null;

    const after = auditable(recommendation, newOwners);
    const changed = JSON.stringify(before) !== JSON.stringify(after);
    const noted = moved || note !== null || percent !== null;
    if (!changed && !noted) return recommendation;

    recommendation.version += 1;
    const saved = await repository.save(recommendation);
    if (sent(input, 'ownerOrganizationIds')) await this.setOwners(manager, id, owners, newOwners);
    let noteId: string | null = null;
    if (noted) {
      const row = await manager.getRepository(RecommendationNoteEntity).save({
        recommendationId: id,
        authorId: user.id,
        at: now,
        note: note ?? '',
        percent,
        statusFrom: moved ? from : null,
        statusTo: moved ? to : null,
      });
      noteId = row.id;
    }
    await this.audit.record(
      manager,
      user.id,
      AuditService.updated(AuditRecordType.RECOMMENDATION, id, before, { ...after, ...(noteId ? { progressNoteId: noteId } : {}) }),
    );
    const added = newOwners.filter((owner) => !owners.includes(owner));
    if (added.length > 0) {
      const meeting = await manager.getRepository(MeetingEntity).findOneByOrFail({ id: saved.meetingId });
      await this.announce(manager, saved, added, meeting);
    }
    return saved;
  }

  /** Links a recommendation to the meeting created to follow it up (createMeeting, in its transaction). */
  async linkFollowUp(manager: EntityManager, user: AuthUser, recommendationId: string, meeting: MeetingEntity): Promise<void> {
    const recommendation = await manager.getRepository(RecommendationEntity).findOne({ where: { id: recommendationId }, lock: { mode: 'pessimistic_write' } });
    if (!recommendation) throw AppError.notFound('Recommendation', 'followUpOfRecommendationId');
    if (recommendation.aboutMeetingId === meeting.id) return;
    const owners = await this.ownersOf(manager, recommendationId);
    const before = auditable(recommendation, owners);
    recommendation.aboutMeetingId = meeting.id;
    recommendation.version += 1;
    await manager.getRepository(RecommendationEntity).save(recommendation);
    await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.RECOMMENDATION, recommendationId, before, auditable(recommendation, owners)));
  }

  /** A recommendation the user may see, for a link from another record (createMeeting's followUpOfRecommendationId). */
  async visibleInConsortium(manager: EntityManager, access: ConsortiumAccess, id: string, consortiumId: string, field: string, problems: Problems) {
    const recommendation = await manager.getRepository(RecommendationEntity).findOneBy({ id });
    if (!recommendation || !canReadRecommendation(access, recommendation.consortiumId, await this.ownersOf(manager, id))) {
      problems.add(field, 'exists', 'no recommendation you may see has this id', 'لا توجد توصية بهذا المعرّف يمكنك الاطلاع عليها');
      return null;
    }
    if (recommendation.consortiumId !== consortiumId) {
      problems.add(field, 'sameConsortium', 'belongs to another consortium', 'تتبع تحالفاً آخر');
      return null;
    }
    return recommendation;
  }

  // ---- helpers ----

  private async ownersOf(manager: EntityManager, recommendationId: string): Promise<string[]> {
    const rows = await manager.getRepository(RecommendationOwnerEntity).findBy({ recommendationId });
    return rows.map((row) => row.organizationId).sort();
  }

  private async canReadMeeting(manager: EntityManager, access: ConsortiumAccess, meeting: MeetingEntity): Promise<boolean> {
    if (canReadConsortium(access, meeting.consortiumId)) return true;
    if (!access.organizationId) return false;
    const visible = visibleMeeting(access);
    return manager.getRepository(MeetingEntity).createQueryBuilder('m').where('m.id = :id', { id: meeting.id }).andWhere(visible.sql, visible.params).getExists();
  }

  /** Owners must be members of the consortium. */
  private async checkOwners(manager: EntityManager, problems: Problems, consortiumId: string, owners: string[]): Promise<void> {
    if (owners.length === 0) return;
    const members = await manager.getRepository(ConsortiumMemberEntity).findBy({ consortiumId, organizationId: In(owners) });
    const memberIds = new Set(members.map((member) => member.organizationId));
    (owners).forEach((owner, index) => {
      if (!memberIds.has(owner)) {
        problems.add(`ownerOrganizationIds.${index}`, 'isMember', 'is not a member organisation of the consortium', 'ليست منظمة عضواً في التحالف');
      }
    });
  }

  /** Each link sent must name a record of the same consortium (a service: of one of its members). */
  private async checkLinks(
    manager: EntityManager,
    problems: Problems,
    consortiumId: string,
    input: Partial<Record<LinkField, string | null>>,
  ): Promise<Partial<Record<LinkField, string | null>>> {
    const links: Partial<Record<LinkField, string | null>> = {};
    for (const link of LINKS) {
      const id = input[link.field];
      if (id === undefined) continue;
      links[link.field] = id;
      if (id === null) continue;
      const owner = await this.consortiaOf(manager, link.field, id);
      if (owner === null) {
        problems.add(link.field, 'exists', `no ${link.what.toLowerCase()} has this id`, 'لا يوجد سجل بهذا المعرّف');
      } else if (!owner.includes(consortiumId)) {
        problems.add(link.field, 'sameConsortium', `the ${link.what.toLowerCase()} belongs to another consortium`, 'السجل المرتبط يتبع تحالفاً آخر');
      }
    }
    return links;
  }

  /** The consortia a linked record belongs to; null when it does not exist. */
  private async consortiaOf(manager: EntityManager, field: LinkField, id: string): Promise<string[] | null> {
    if (field === 'aboutServiceId') {
      const service = await manager.getRepository(ServiceEntity).findOneBy({ id });
      if (!service) return null;
      return (await manager.getRepository(ConsortiumMemberEntity).findBy({ organizationId: service.organizationId })).map((m) => m.consortiumId);
    }
    const entity = { aboutQuestionnaireId: QuestionnaireEntity, aboutMeetingId: MeetingEntity, aboutCommitteeId: CommitteeEntity }[field];
    const row = (await manager.getRepository(entity).findOneBy({ id })) as { consortiumId: string } | null;
    return row ? [row.consortiumId] : null;
  }

  /** Replaces the owners: deletes those dropped, inserts those added. */
  private async setOwners(manager: EntityManager, recommendationId: string, before: string[], after: string[]): Promise<void> {
    const dropped = before.filter((id) => !after.includes(id));
    const added = after.filter((id) => !before.includes(id));
    if (dropped.length > 0) await manager.getRepository(RecommendationOwnerEntity).delete({ recommendationId, organizationId: In(dropped) });
    if (added.length > 0) await manager.getRepository(RecommendationOwnerEntity).insert(added.map((organizationId) => ({ recommendationId, organizationId })));
  }

  /** RECOMMENDATION_ASSIGNED to the active staff (PARTNER_STAFF, COMMITTEE_MEMBER) of organisations that became owners. */
  private async announce(manager: EntityManager, recommendation: RecommendationEntity, organizationIds: string[], meeting: MeetingEntity): Promise<void> {
    if (organizationIds.length === 0) return;
    const rows: Array<{ id: string; organization_id: string }> = await manager.query(
      `SELECT id, organization_id FROM app_user WHERE organization_id = ANY($1::uuid[]) AND role = ANY($2::user_role[]) AND active`,
      [organizationIds, [Role.PARTNER_STAFF, Role.COMMITTEE_MEMBER]],
    );
    const text = recommendation.textAr ?? recommendation.textEn ?? '';
    const textEn = recommendation.textEn ?? recommendation.textAr ?? '';
    const short = (value: string) => (value.length > 140 ? `${value.slice(0, 139)}…` : value);
    for (const organizationId of organizationIds) {
      await this.notifications.notify(manager, {
        dedupeKey: `recommendation:${recommendation.id}:assigned:${organizationId}`,
        userIds: rows.filter((row) => row.organization_id === organizationId).map((row) => row.id),
        kind: NotificationKind.RECOMMENDATION_ASSIGNED,
        title: {
          ar: `توصية لمنظمتكم: رقم ${recommendation.number} من ${meeting.titleAr ?? meeting.titleEn}`,
          en: `A recommendation for your organisation: no. ${recommendation.number} of ${meeting.titleEn ?? meeting.titleAr}`,
        },
        body: {
          ar: `${short(text)}${recommendation.dueOn ? ` — موعد الإنجاز ${formatCalendarDate(recommendation.dueOn, 'ar')}` : ''}`,
          en: `${short(textEn)}${recommendation.dueOn ? ` (due ${formatCalendarDate(recommendation.dueOn, 'en')})` : ''}`,
        },
        link: `/recommendations/${recommendation.id}`,
        email: true,
      });
    }
  }
}
