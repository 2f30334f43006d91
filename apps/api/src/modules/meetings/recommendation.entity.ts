import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecommendationStatus } from '@shuraka/domain';
import { BaseEntity } from '../../common/database/base.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { QuestionnaireEntity } from '../questionnaires/questionnaire.entity';
import { ServiceEntity } from '../services/service.entity';
import { UserEntity } from '../users/user.entity';
import { CommitteeEntity } from './committee.entity';
import { MeetingEntity } from './meeting.entity';

/**
 * A numbered recommendation of a meeting: owned by organisations, dated, followed to DONE or DROPPED.
 * `consortium_id` is the meeting's, copied for filtering; `number` counts 1, 2, 3… per meeting in creation order.
 */
@Entity('recommendation')
@Check('recommendation_text_present', `coalesce(text_ar, text_en) IS NOT NULL`)
@Check('recommendation_number_positive', `number >= 1`)
@Check('recommendation_percent_range', `percent IS NULL OR percent BETWEEN 0 AND 100`)
@Check('recommendation_version_positive', `version >= 1`)
@Check('recommendation_closed_at', `(status IN ('DONE', 'DROPPED')) = (closed_at IS NOT NULL)`)
@Index('recommendation_meeting_number', ['meetingId', 'number'], { unique: true })
@Index('recommendation_consortium_status', ['consortiumId', 'status'])
@Index('recommendation_about_questionnaire', ['aboutQuestionnaireId'], { where: 'about_questionnaire_id IS NOT NULL' })
@Index('recommendation_about_meeting', ['aboutMeetingId'], { where: 'about_meeting_id IS NOT NULL' })
@Index('recommendation_about_committee', ['aboutCommitteeId'], { where: 'about_committee_id IS NOT NULL' })
@Index('recommendation_about_service', ['aboutServiceId'], { where: 'about_service_id IS NOT NULL' })
export class RecommendationEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;

  @Column({ type: 'uuid' })
  consortiumId: string;

  @ManyToOne(() => ConsortiumEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Relation<ConsortiumEntity>;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text', nullable: true })
  textAr: string | null;

  @Column({ type: 'text', nullable: true })
  textEn: string | null;

  /** YYYY-MM-DD in the consortium's calendar. */
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'enum', enum: RecommendationStatus, enumName: 'recommendation_status', default: RecommendationStatus.OPEN })
  status: RecommendationStatus;

  /** Why it was dropped or reopened (the note of that move). */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** The latest reported percentage done. */
  @Column({ type: 'int', nullable: true })
  percent: number | null;

  @Column({ type: 'uuid', nullable: true })
  aboutQuestionnaireId: string | null;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'about_questionnaire_id' })
  aboutQuestionnaire?: Relation<QuestionnaireEntity>;

  @Column({ type: 'uuid', nullable: true })
  aboutMeetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'about_meeting_id' })
  aboutMeeting?: Relation<MeetingEntity>;

  @Column({ type: 'uuid', nullable: true })
  aboutCommitteeId: string | null;

  @ManyToOne(() => CommitteeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'about_committee_id' })
  aboutCommittee?: Relation<CommitteeEntity>;

  @Column({ type: 'uuid', nullable: true })
  aboutServiceId: string | null;

  @ManyToOne(() => ServiceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'about_service_id' })
  aboutService?: Relation<ServiceEntity>;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity>;

  /** Grows by one per change; updateRecommendation's expectedVersion is checked against it. */
  @Column({ type: 'int', default: 1 })
  version: number;

  /** When it became DONE or DROPPED; null while open. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** An organisation responsible for carrying out a recommendation. */
@Entity('recommendation_owner')
@Index('recommendation_owner_organization', ['organizationId'])
export class RecommendationOwnerEntity {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Relation<RecommendationEntity>;

  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;
}

/** One entry of a recommendation's progress thread: a note, optionally a percentage and a status move. */
@Entity('recommendation_note')
@Check('recommendation_note_percent_range', `percent IS NULL OR percent BETWEEN 0 AND 100`)
@Index('recommendation_note_thread', ['recommendationId', 'at', 'id'])
export class RecommendationNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Relation<RecommendationEntity>;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'int', nullable: true })
  percent: number | null;

  /** Set (with statusTo) when the note moved the status. */
  @Column({ type: 'enum', enum: RecommendationStatus, enumName: 'recommendation_status', nullable: true })
  statusFrom: RecommendationStatus | null;

  @Column({ type: 'enum', enum: RecommendationStatus, enumName: 'recommendation_status', nullable: true })
  statusTo: RecommendationStatus | null;
}
