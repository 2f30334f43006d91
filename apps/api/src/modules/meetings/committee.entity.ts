import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, type Relation } from 'typeorm';
import { CommitteeKind } from '@shuraka/domain';
import { BaseEntity } from '../../common/database/base.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { PersonRow } from './person.entity';

/** A standing or temporary group inside a consortium, with members, a mandate and (when temporary) an end date. */
@Entity('committee')
@Check('committee_name_present', `coalesce(name_ar, name_en) IS NOT NULL`)
@Check('committee_temporary_ends', `kind <> 'TEMPORARY' OR ends_on IS NOT NULL`)
@Check('committee_dates_ordered', `starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on`)
@Check('committee_version_positive', `version >= 1`)
@Index('committee_consortium_created_at_id', ['consortiumId', 'createdAt', 'id'])
export class CommitteeEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  consortiumId: string;

  @ManyToOne(() => ConsortiumEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Relation<ConsortiumEntity>;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameAr: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ type: 'enum', enum: CommitteeKind, enumName: 'committee_kind' })
  kind: CommitteeKind;

  @Column({ type: 'text', nullable: true })
  mandateAr: string | null;

  @Column({ type: 'text', nullable: true })
  mandateEn: string | null;

  /** YYYY-MM-DD in the consortium's calendar. */
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  /** The last day the committee works; required for a TEMPORARY one. */
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  /** Grows by one per change; updateCommittee's expectedVersion is checked against it. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @OneToMany(() => CommitteeMemberEntity, (member) => member.committee)
  members?: Relation<CommitteeMemberEntity[]>;
}

/** A member of a committee, in listed order; linked to an organisation and a user when they are known. */
@Entity('committee_member')
export class CommitteeMemberEntity extends PersonRow {
  @PrimaryColumn({ type: 'uuid' })
  committeeId: string;

  @ManyToOne(() => CommitteeEntity, (committee) => committee.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'committee_id' })
  committee?: Relation<CommitteeEntity>;
}
