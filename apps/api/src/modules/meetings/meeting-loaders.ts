import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { RequestContext } from '../../common/graphql/context';
import { Clock, dayIn } from '../../common/time/clock';
import { QuestionnaireEntity } from '../questionnaires/questionnaire.entity';
import { CommitteeEntity, CommitteeMemberEntity } from './committee.entity';
import { consortiumAccess, type ConsortiumAccess } from './meeting-access';
import { MeetingAttendeeEntity, MeetingEntity } from './meeting.entity';
import { RecommendationEntity, RecommendationNoteEntity, RecommendationOwnerEntity } from './recommendation.entity';

function groups<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const found = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) found.get(keyOf(row))?.push(row);
  return keys.map((key) => found.get(key) ?? []);
}

function one<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/**
 * The SQL condition "the user may see recommendation `r`" (a reader of its consortium, or an owner's staff), with its
 * parameters. ADMIN: no condition.
 */
export function visibleRecommendation(access: ConsortiumAccess, alias = 'r'): { sql: string; params: Record<string, unknown> } {
  if (access.all) return { sql: 'TRUE', params: {} };
  return {
    sql: `(${alias}.consortium_id = ANY(:visibleRead::uuid[]) OR EXISTS (SELECT 1 FROM recommendation_owner vo WHERE vo.recommendation_id = ${alias}.id AND vo.organization_id = :visibleOrganization))`,
    params: { visibleRead: access.read, visibleOrganization: access.organizationId },
  };
}

/** "The user may see meeting `m`": a reader of its consortium, or an owner's staff of one of its recommendations. */
export function visibleMeeting(access: ConsortiumAccess, alias = 'm'): { sql: string; params: Record<string, unknown> } {
  if (access.all) return { sql: 'TRUE', params: {} };
  return {
    sql: `(${alias}.consortium_id = ANY(:visibleRead::uuid[]) OR EXISTS (SELECT 1 FROM recommendation vr JOIN recommendation_owner vo ON vo.recommendation_id = vr.id WHERE vr.meeting_id = ${alias}.id AND vo.organization_id = :visibleOrganization))`,
    params: { visibleRead: access.read, visibleOrganization: access.organizationId },
  };
}

export type AboutLink = 'about_questionnaire_id' | 'about_meeting_id' | 'about_committee_id' | 'about_service_id';

/**
 * Per-request DataLoaders of the meetings module (one query per nested field for a whole page), and the user's
 * access, loaded once per request. Lists of recommendations are filtered to those the user may see.
 */
@Injectable()
export class MeetingLoaders {
  private readonly cache = new WeakMap<RequestContext, ReturnType<MeetingLoaders['create']>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  for(ctx: RequestContext) {
    let loaders = this.cache.get(ctx);
    if (!loaders) {
      loaders = this.create(ctx);
      this.cache.set(ctx, loaders);
    }
    return loaders;
  }

  /** The consortium's calendar date now. */
  async today(ctx: RequestContext, consortiumId: string): Promise<string> {
    const consortium = await ctx.loaders.consortium.load(consortiumId);
    return dayIn(consortium?.timeZone ?? 'UTC', this.clock.now());
  }

  private create(ctx: RequestContext) {
    const data = this.dataSource;
    let access: Promise<ConsortiumAccess> | null = null;
    const accessOf = () => (access ??= ctx.user ? consortiumAccess(data.manager, ctx.user) : Promise.resolve({ all: false, manage: [], read: [], organizationId: null }));

    const recommendationsWhere = (link: 'meeting_id' | AboutLink) =>
      new DataLoader<string, RecommendationEntity[]>(async (ids) => {
        const visible = visibleRecommendation(await accessOf());
        const rows = await data
          .getRepository(RecommendationEntity)
          .createQueryBuilder('r')
          .innerJoin(MeetingEntity, 'm', 'm.id = r.meeting_id')
          .where(`r.${link} = ANY(:ids::uuid[])`, { ids: [...ids] })
          .andWhere(visible.sql, visible.params)
          .orderBy(link === 'meeting_id' ? 'r.number' : 'm.held_on', 'ASC')
          .addOrderBy('r.number', 'ASC')
          .addOrderBy('r.id', 'ASC')
          .getMany();
        const keyOf = {
          meeting_id: (row: RecommendationEntity) => row.meetingId,
          about_questionnaire_id: (row: RecommendationEntity) => row.aboutQuestionnaireId,
          about_meeting_id: (row: RecommendationEntity) => row.aboutMeetingId,
          about_committee_id: (row: RecommendationEntity) => row.aboutCommitteeId,
          about_service_id: (row: RecommendationEntity) => row.aboutServiceId,
        }[link];
        return groups(ids, rows, keyOf as (row: RecommendationEntity) => string);
      });

    return {
      access: accessOf,
      meeting: new DataLoader<string, MeetingEntity | null>(async (ids) =>
        one(ids, await data.getRepository(MeetingEntity).findBy({ id: In([...ids]) }), (row) => row.id),
      ),
      committee: new DataLoader<string, CommitteeEntity | null>(async (ids) =>
        one(ids, await data.getRepository(CommitteeEntity).findBy({ id: In([...ids]) }), (row) => row.id),
      ),
      recommendation: new DataLoader<string, RecommendationEntity | null>(async (ids) =>
        one(ids, await data.getRepository(RecommendationEntity).findBy({ id: In([...ids]) }), (row) => row.id),
      ),
      /** Questionnaire versions with the highest version of their family. */
      questionnaire: new DataLoader<string, { questionnaire: QuestionnaireEntity; latestVersion: number } | null>(async (ids) => {
        const rows = await data.getRepository(QuestionnaireEntity).findBy({ id: In([...ids]) });
        const latest: Array<{ family_id: string; latest: number }> = rows.length
          ? await data.query('SELECT family_id, max(version)::int AS latest FROM questionnaire WHERE family_id = ANY($1::uuid[]) GROUP BY family_id', [
              [...new Set(rows.map((row) => row.familyId))],
            ])
          : [];
        const latestOf = new Map(latest.map((row) => [row.family_id, row.latest]));
        return one(
          ids,
          rows.map((questionnaire) => ({ questionnaire, latestVersion: latestOf.get(questionnaire.familyId) ?? questionnaire.version })),
          (row) => row.questionnaire.id,
        );
      }),
      attendeesOfMeeting: new DataLoader<string, MeetingAttendeeEntity[]>(async (ids) =>
        groups(
          ids,
          await data.getRepository(MeetingAttendeeEntity).find({ where: { meetingId: In([...ids]) }, order: { position: 'ASC' } }),
          (row) => row.meetingId,
        ),
      ),
      membersOfCommittee: new DataLoader<string, CommitteeMemberEntity[]>(async (ids) =>
        groups(
          ids,
          await data.getRepository(CommitteeMemberEntity).find({ where: { committeeId: In([...ids]) }, order: { position: 'ASC' } }),
          (row) => row.committeeId,
        ),
      ),
      /** A committee's meetings, latest first (whoever sees the committee reads its consortium's meetings). */
      meetingsOfCommittee: new DataLoader<string, MeetingEntity[]>(async (ids) =>
        groups(
          ids,
          await data.getRepository(MeetingEntity).find({ where: { committeeId: In([...ids]) }, order: { heldOn: 'DESC', id: 'DESC' } }),
          (row) => row.committeeId!,
        ),
      ),
      ownersOfRecommendation: new DataLoader<string, string[]>(async (ids) =>
        groups(ids, await data.getRepository(RecommendationOwnerEntity).findBy({ recommendationId: In([...ids]) }), (row) => row.recommendationId).map(
          (rows) => rows.map((row) => row.organizationId).sort(),
        ),
      ),
      notesOfRecommendation: new DataLoader<string, RecommendationNoteEntity[]>(async (ids) =>
        groups(
          ids,
          await data.getRepository(RecommendationNoteEntity).find({ where: { recommendationId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
          (row) => row.recommendationId,
        ),
      ),
      recommendationsOfMeeting: recommendationsWhere('meeting_id'),
      recommendationsAboutQuestionnaire: recommendationsWhere('about_questionnaire_id'),
      recommendationsAboutMeeting: recommendationsWhere('about_meeting_id'),
      recommendationsAboutCommittee: recommendationsWhere('about_committee_id'),
      recommendationsAboutService: recommendationsWhere('about_service_id'),
    };
  }
}
