import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { FormDefinition } from '@shuraka/xlsform';
import { BaseEntity } from '../../common/database/base.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One version of a consortium's questionnaire. The versions of one questionnaire share `family_id`
 * (the id of version 1). Once `published_at` is set the row never changes again: assignments and
 * answers point at the exact version they were given.
 */
@Entity('questionnaire')
@Check('questionnaire_version_positive', `version >= 1`)
@Check('questionnaire_title_present', `coalesce(title_ar, title_en) IS NOT NULL`)
@Index('questionnaire_family_version', ['familyId', 'version'], { unique: true })
@Index('questionnaire_consortium_created_at_id', ['consortiumId', 'createdAt', 'id'])
export class QuestionnaireEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  consortiumId: string;

  @ManyToOne(() => ConsortiumEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Relation<ConsortiumEntity>;

  /** Id of version 1; the same for every version of this questionnaire. */
  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleAr: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  /** The whole form (`@shuraka/xlsform` FormDefinition), validated before it is stored. */
  @Column({ type: 'jsonb' })
  definition: FormDefinition;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity>;
}
