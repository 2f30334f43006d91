import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecordType, type MeetingKind } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { Page } from '../../common/graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { CommitteesService } from './committees.service';
import type { CreateMeetingInput, MeetingsArgs, UpdateMeetingInput } from './dto/meeting.inputs';
import { canManageConsortium, consortiumAccess, consortiumToManage, forbiddenToManage } from './meeting-access';
import { visibleMeeting } from './meeting-loaders';
import { checkVersion, MEETING_LIMITS, Problems, sent } from './meeting-rules';
import { MeetingAttendeeEntity, MeetingEntity } from './meeting.entity';
import { checkedPeople, type Person } from './people';
import { RecommendationsService } from './recommendations.service';

/** Latest first. */
const MEETING_ORDER: KeysetOrder = {
  kind: 'meetings:held-desc',
  direction: 'DESC',
  keys: [
    { sql: 'm.held_on', type: 'date' },
    { sql: 'm.id', type: 'uuid' },
  ],
  idColumn: 'm_id',
};

function auditable(meeting: MeetingEntity, attendees: Person[]) {
  return {
    consortiumId: meeting.consortiumId,
    committeeId: meeting.committeeId,
    kind: meeting.kind,
    titleAr: meeting.titleAr,
    titleEn: meeting.titleEn,
    heldOn: meeting.heldOn,
    startsAt: meeting.startsAt?.slice(0, 5) ?? null,
    endsAt: meeting.endsAt?.slice(0, 5) ?? null,
    location: meeting.location,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    decisions: meeting.decisions,
    followUpOfId: meeting.followUpOfId,
    attendees: attendees.map((person) => [person.name, person.organizationId, person.title, person.userId]),
  };
}

/** The only writer of meetings and their attendees; managers of the consortium write, its members read. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly paginator: Paginator,
    private readonly audit: AuditService,
    private readonly committees: CommitteesService,
    private readonly recommendations: RecommendationsService,
  ) {}

  async list(user: AuthUser, args: MeetingsArgs): Promise<Page<MeetingEntity>> {
    const filter = args.filter ?? {};
    const visible = visibleMeeting(await consortiumAccess(this.dataSource.manager, user));
    const query = this.dataSource.getRepository(MeetingEntity).createQueryBuilder('m').where(visible.sql, visible.params);
    if (filter.consortiumId) query.andWhere('m.consortium_id = :consortiumId', { consortiumId: filter.consortiumId });
    if (filter.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter.committeeId) query.andWhere('m.committee_id = :committeeId', { committeeId: filter.committeeId });
    const problems = new Problems();
    const from = problems.date('filter.from', filter.from);
    const to = problems.date('filter.to', filter.to);
    problems.throwIfAny();
    if (from) query.andWhere('m.held_on >= :from', { from });
    if (to) query.andWhere('m.held_on <= :to', { to });
    return this.paginator.page(query, MEETING_ORDER, args);
  }

  async get(user: AuthUser, id: string): Promise<MeetingEntity> {
    const visible = visibleMeeting(await consortiumAccess(this.dataSource.manager, user));
    const meeting = await this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.id = :id', { id })
      .andWhere(visible.sql, visible.params)
      .getOne();
    if (!meeting) throw AppError.notFound('Meeting');
    return meeting;
  }

  /**
   * A meeting with its attendees. With followUpOfRecommendationId it follows up that recommendation: the meeting's
   * followUpOf is set and the recommendation's aboutMeeting points at it (one transaction).
   */
  async create(user: AuthUser, input: CreateMeetingInput): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { access } = await consortiumToManage(manager, user, input.consortiumId);
      const problems = new Problems();
      const fields = this.checkedFields(problems, input);
      const heldOn = problems.date('heldOn', input.heldOn);
      problems.timesOrdered(fields.startsAt ?? null, fields.endsAt ?? null);
      const attendees = await checkedPeople(manager, problems, 'attendees', input.attendees ?? []);
      if (input.committeeId) await this.committees.inConsortium(manager, problems, 'committeeId', input.committeeId, input.consortiumId);
      const followed = input.followUpOfRecommendationId
        ? await this.recommendations.visibleInConsortium(manager, access, input.followUpOfRecommendationId, input.consortiumId, 'followUpOfRecommendationId', problems)
        : null;
      problems.throwIfAny();
      const meeting = await manager.getRepository(MeetingEntity).save(
        manager.getRepository(MeetingEntity).create({
          consortiumId: input.consortiumId,
          committeeId: input.committeeId ?? null,
          kind: input.kind,
          titleAr: fields.titleAr ?? null,
          titleEn: fields.titleEn ?? null,
          heldOn: heldOn!,
          startsAt: fields.startsAt ?? null,
          endsAt: fields.endsAt ?? null,
          location: fields.location ?? null,
          agenda: fields.agenda ?? null,
          minutes: fields.minutes ?? null,
          decisions: fields.decisions ?? null,
          followUpOfId: followed?.id ?? null,
          createdById: user.id,
        }),
      );
      await this.saveAttendees(manager, meeting.id, attendees);
      await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.MEETING, meeting.id, auditable(meeting, attendees)));
      if (followed) await this.recommendations.linkFollowUp(manager, user, followed.id, meeting);
      return meeting;
    });
  }

  async update(user: AuthUser, id: string, input: UpdateMeetingInput): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(MeetingEntity);
      const locked = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const access = await consortiumAccess(manager, user);
      const visible = visibleMeeting(access);
      const meeting =
        locked && (await repository.createQueryBuilder('m').where('m.id = :id', { id }).andWhere(visible.sql, visible.params).getExists()) ? locked : null;
      if (!meeting) throw AppError.notFound('Meeting');
      if (!canManageConsortium(access, meeting.consortiumId)) throw forbiddenToManage();
      checkVersion('meeting', meeting.version, input.expectedVersion);
      const oldAttendees = await manager.getRepository(MeetingAttendeeEntity).find({ where: { meetingId: id }, order: { position: 'ASC' } });
      const before = auditable(meeting, oldAttendees);
      const problems = new Problems();
      Object.assign(meeting, this.checkedFields(problems, input));
      if (sent(input, 'kind')) {
        if (input.kind === null) problems.add('kind', 'isNotEmpty', 'is required', 'هذا الحقل مطلوب');
        else meeting.kind = input.kind as MeetingKind;
      }
      if (sent(input, 'heldOn')) {
        if (input.heldOn === null) problems.add('heldOn', 'isNotEmpty', 'is required', 'هذا الحقل مطلوب');
        else meeting.heldOn = problems.date('heldOn', input.heldOn)!;
      }
      problems.timesOrdered(meeting.startsAt?.slice(0, 5) ?? null, meeting.endsAt?.slice(0, 5) ?? null);
      if (sent(input, 'committeeId')) {
        if (input.committeeId) await this.committees.inConsortium(manager, problems, 'committeeId', input.committeeId, meeting.consortiumId);
        meeting.committeeId = input.committeeId ?? null;
      }
      const attendees = sent(input, 'attendees') ? await checkedPeople(manager, problems, 'attendees', input.attendees ?? []) : oldAttendees;
      problems.throwIfAny();
      const after = auditable(meeting, attendees);
      if (JSON.stringify(before) === JSON.stringify(after)) return meeting;
      meeting.version += 1;
      const saved = await repository.save(meeting);
      if (sent(input, 'attendees')) {
        await manager.getRepository(MeetingAttendeeEntity).delete({ meetingId: id });
        await this.saveAttendees(manager, id, attendees);
      }
      await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.MEETING, id, before, after));
      return saved;
    });
  }

  /** The optional texts and times that were sent, checked; title required when sent. */
  private checkedFields(problems: Problems, input: CreateMeetingInput | UpdateMeetingInput): Partial<MeetingEntity> {
    const fields: Partial<MeetingEntity> = {};
    if (sent(input, 'title')) {
      const title = problems.localized('title', input.title, MEETING_LIMITS.title, true);
      fields.titleAr = title.ar;
      fields.titleEn = title.en;
    }
    if (sent(input, 'location')) fields.location = problems.text('location', input.location, MEETING_LIMITS.location);
    for (const key of ['agenda', 'minutes', 'decisions'] as const) {
      if (sent(input, key)) fields[key] = problems.text(key, input[key], MEETING_LIMITS.markdown);
    }
    if (sent(input, 'startsAt')) fields.startsAt = problems.time('startsAt', input.startsAt);
    if (sent(input, 'endsAt')) fields.endsAt = problems.time('endsAt', input.endsAt);
    return fields;
  }

  private async saveAttendees(manager: EntityManager, meetingId: string, attendees: Person[]): Promise<void> {
    if (attendees.length > 0) await manager.getRepository(MeetingAttendeeEntity).insert(attendees.map((person) => ({ meetingId, ...person })));
  }
}
