import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MeetingKind } from '@shuraka/domain';
import { BaseEntity } from '../../common/database/base.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { UserEntity } from '../users/user.entity';
import { PersonRow } from './person.entity';
import { CommitteeEntity } from './committee.entity';
import type { RecommendationEntity } from './recommendation.entity';

/**
 * A meeting of a consortium (partners' meeting, committee meeting, workshop, conference). Times are local
 * times of the consortium's time zone; agenda, minutes and decisions are Markdown source.
 */
@Entity('meeting')
@Check('meeting_title_present', `coalesce(title_ar, title_en) IS NOT NULL`)
@Check('meeting_times_ordered', `starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at`)
@Check('meeting_version_positive', `version >= 1`)
@Index('meeting_consortium_held_on_id', ['consortiumId', 'heldOn', 'id'])
@Index('meeting_held_on_id', ['heldOn', 'id'])
@Index('meeting_committee', ['committeeId'])
export class MeetingEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  consortiumId: string;

  @ManyToOne(() => ConsortiumEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Relation<ConsortiumEntity>;

  /** The committee that met (same consortium). */
  @Column({ type: 'uuid', nullable: true })
  committeeId: string | null;

  @ManyToOne(() => CommitteeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'committee_id' })
  committee?: Relation<CommitteeEntity>;

  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind: MeetingKind;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleAr: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  /** YYYY-MM-DD in the consortium's calendar. */
  @Column({ type: 'date' })
  heldOn: string;

  /** HH:MM:SS as PostgreSQL prints a `time`; the API shows HH:MM. */
  @Column({ type: 'time', nullable: true })
  startsAt: string | null;

  @Column({ type: 'time', nullable: true })
  endsAt: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  agenda: string | null;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ type: 'text', nullable: true })
  decisions: string | null;

  /** The recommendation this meeting was created to follow up. */
  @Column({ type: 'uuid', nullable: true })
  followUpOfId: string | null;

  @ManyToOne('RecommendationEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'follow_up_of_id' })
  followUpOf?: Relation<RecommendationEntity>;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity>;

  /** Grows by one per change; updateMeeting's expectedVersion is checked against it. */
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Who attended a meeting, in listed order; linked to an organisation and a user when they are known. */
@Entity('meeting_attendee')
export class MeetingAttendeeEntity extends PersonRow {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;
}
