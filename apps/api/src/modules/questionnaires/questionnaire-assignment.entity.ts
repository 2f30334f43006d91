import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { AnswerSet } from '@shuraka/xlsform';
import { BaseEntity } from '../../common/database/base.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import { QuestionnaireEntity } from './questionnaire.entity';

/**
 * One partner's copy of one questionnaire version: its due date and its (draft or submitted) answers.
 * `revision` grows by one per save: the version check that keeps two staff from overwriting each other.
 */
@Entity('questionnaire_assignment')
@Check('questionnaire_assignment_revision_not_negative', `revision >= 0`)
@Check('questionnaire_assignment_reopen_reason', `reopened_at IS NULL OR reopen_reason IS NOT NULL`)
@Index('questionnaire_assignment_one_per_organization', ['questionnaireId', 'organizationId'], { unique: true })
@Index('questionnaire_assignment_questionnaire_created_at_id', ['questionnaireId', 'createdAt', 'id'])
@Index('questionnaire_assignment_organization_created_at_id', ['organizationId', 'createdAt', 'id'])
export class QuestionnaireAssignmentEntity extends BaseEntity {
  /** The exact version assigned. */
  @Column({ type: 'uuid' })
  questionnaireId: string;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'questionnaire_id' })
  questionnaire?: Relation<QuestionnaireEntity>;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  /** YYYY-MM-DD, a day of the consortium's calendar. */
  @Column({ type: 'date' })
  dueOn: string;

  /** Normalised answers (`@shuraka/xlsform` AnswerSet). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  answers: AnswerSet;

  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz', nullable: true })
  reopenedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reopenReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  lastSavedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'last_saved_by_id' })
  lastSavedBy?: Relation<UserEntity>;

  @Column({ type: 'timestamptz', nullable: true })
  lastSavedAt: Date | null;

  /** When the lead applied the capability difference of this submission. */
  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;
}
