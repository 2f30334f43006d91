import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecordType, CommitteeKind } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { Page } from '../../common/graphql/pagination';
import { Clock } from '../../common/time/clock';
import { AuditService } from '../audit/audit.service';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import type { CommitteesArgs, CreateCommitteeInput, UpdateCommitteeInput } from './dto/meeting.inputs';
import { CommitteeEntity, CommitteeMemberEntity } from './committee.entity';
import { canManageConsortium, canReadConsortium, consortiumAccess, consortiumToManage, forbiddenToManage } from './meeting-access';
import { checkVersion, MEETING_LIMITS, Problems, sent } from './meeting-rules';
import { checkedPeople, type Person } from './people';

/** Newest first. */
const COMMITTEE_ORDER: KeysetOrder = {
  kind: 'committees:created-desc',
  direction: 'DESC',
  keys: [
    { sql: 'k.created_at', type: 'timestamptz' },
    { sql: 'k.id', type: 'uuid' },
  ],
  idColumn: 'k_id',
};

/** "Committee `k` is active": no end date, or it has not passed in its consortium `c`'s calendar. */
export const ACTIVE_COMMITTEE_SQL = `(k.ends_on IS NULL OR k.ends_on >= (CAST(:now AS timestamptz) AT TIME ZONE c.time_zone)::date)`;

function auditable(committee: CommitteeEntity, members: Person[]) {
  return {
    consortiumId: committee.consortiumId,
    nameAr: committee.nameAr,
    nameEn: committee.nameEn,
    kind: committee.kind,
    mandateAr: committee.mandateAr,
    mandateEn: committee.mandateEn,
    startsOn: committee.startsOn,
    endsOn: committee.endsOn,
    members: members.map((member) => [member.name, member.organizationId, member.title, member.userId]),
  };
}

/** The only writer of committees and their members; managers of the consortium write, its members read. */
@Injectable()
export class CommitteesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly paginator: Paginator,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, args: CommitteesArgs): Promise<Page<CommitteeEntity>> {
    const filter = args.filter ?? {};
    const access = await consortiumAccess(this.dataSource.manager, user);
    const query = this.dataSource.getRepository(CommitteeEntity).createQueryBuilder('k').innerJoin(ConsortiumEntity, 'c', 'c.id = k.consortium_id');
    if (!access.all) query.andWhere('k.consortium_id = ANY(:read::uuid[])', { read: access.read });
    if (filter.consortiumId) query.andWhere('k.consortium_id = :consortiumId', { consortiumId: filter.consortiumId });
    if (filter.active === true || filter.active === false) {
      query.andWhere(filter.active ? ACTIVE_COMMITTEE_SQL : `NOT ${ACTIVE_COMMITTEE_SQL}`, { now: this.clock.now().toISOString() });
    }
    return this.paginator.page(query, COMMITTEE_ORDER, args);
  }

  async get(user: AuthUser, id: string): Promise<CommitteeEntity> {
    const committee = await this.dataSource.getRepository(CommitteeEntity).findOneBy({ id });
    if (!committee || !canReadConsortium(await consortiumAccess(this.dataSource.manager, user), committee.consortiumId)) throw AppError.notFound('Committee');
    return committee;
  }

  async create(user: AuthUser, input: CreateCommitteeInput): Promise<CommitteeEntity> {
    return this.dataSource.transaction(async (manager) => {
      await consortiumToManage(manager, user, input.consortiumId);
      const problems = new Problems();
      const name = problems.localized('name', input.name, MEETING_LIMITS.title, true);
      const mandate = problems.localized('mandate', input.mandate, MEETING_LIMITS.text, false);
      const startsOn = problems.date('startsOn', input.startsOn);
      const endsOn = problems.date('endsOn', input.endsOn);
      problems.committeeDates(input.kind, startsOn, endsOn);
      const members = await checkedPeople(manager, problems, 'members', input.members ?? []);
      problems.throwIfAny();
      const committee = await manager.getRepository(CommitteeEntity).save(
        manager.getRepository(CommitteeEntity).create({
          consortiumId: input.consortiumId,
          nameAr: name.ar,
          nameEn: name.en,
          kind: input.kind,
          mandateAr: mandate.ar,
          mandateEn: mandate.en,
          startsOn,
          endsOn,
        }),
      );
      await this.saveMembers(manager, committee.id, members);
      await this.audit.record(manager, user.id, AuditService.created(AuditRecordType.COMMITTEE, committee.id, auditable(committee, members)));
      return committee;
    });
  }

  async update(user: AuthUser, id: string, input: UpdateCommitteeInput): Promise<CommitteeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CommitteeEntity);
      const committee = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const access = await consortiumAccess(manager, user);
      if (!committee || !canReadConsortium(access, committee.consortiumId)) throw AppError.notFound('Committee');
      if (!canManageConsortium(access, committee.consortiumId)) throw forbiddenToManage();
      checkVersion('committee', committee.version, input.expectedVersion);
      const oldMembers = await this.membersOf(manager, id);
      const before = auditable(committee, oldMembers);
      const problems = new Problems();
      if (sent(input, 'name')) {
        const name = problems.localized('name', input.name, MEETING_LIMITS.title, true);
        committee.nameAr = name.ar;
        committee.nameEn = name.en;
      }
      if (sent(input, 'mandate')) {
        const mandate = problems.localized('mandate', input.mandate, MEETING_LIMITS.text, false);
        committee.mandateAr = mandate.ar;
        committee.mandateEn = mandate.en;
      }
      if (sent(input, 'kind')) {
        if (input.kind === null) problems.add('kind', 'isNotEmpty', 'is required', 'هذا الحقل مطلوب');
        else committee.kind = input.kind as CommitteeKind;
      }
      if (sent(input, 'startsOn')) committee.startsOn = problems.date('startsOn', input.startsOn);
      if (sent(input, 'endsOn')) committee.endsOn = problems.date('endsOn', input.endsOn);
      problems.committeeDates(committee.kind, committee.startsOn, committee.endsOn);
      const members = sent(input, 'members') ? await checkedPeople(manager, problems, 'members', input.members ?? []) : oldMembers;
      problems.throwIfAny();
      const after = auditable(committee, members);
      if (JSON.stringify(before) === JSON.stringify(after)) return committee;
      committee.version += 1;
      const saved = await repository.save(committee);
      if (sent(input, 'members')) {
        await manager.getRepository(CommitteeMemberEntity).delete({ committeeId: id });
        await this.saveMembers(manager, id, members);
      }
      await this.audit.record(manager, user.id, AuditService.updated(AuditRecordType.COMMITTEE, id, before, after));
      return saved;
    });
  }

  /** A committee of the consortium, for a meeting or a link: BAD_USER_INPUT on `field` otherwise. */
  async inConsortium(manager: EntityManager, problems: Problems, field: string, id: string, consortiumId: string): Promise<void> {
    const committee = await manager.getRepository(CommitteeEntity).findOneBy({ id });
    if (!committee) problems.add(field, 'exists', 'no committee has this id', 'لا توجد لجنة بهذا المعرّف');
    else if (committee.consortiumId !== consortiumId) problems.add(field, 'sameConsortium', 'the committee belongs to another consortium', 'اللجنة تتبع تحالفاً آخر');
  }

  private async membersOf(manager: EntityManager, committeeId: string): Promise<Person[]> {
    return manager.getRepository(CommitteeMemberEntity).find({ where: { committeeId }, order: { position: 'ASC' } });
  }

  private async saveMembers(manager: EntityManager, committeeId: string, members: Person[]): Promise<void> {
    if (members.length > 0) await manager.getRepository(CommitteeMemberEntity).insert(members.map((member) => ({ committeeId, ...member })));
  }
}
