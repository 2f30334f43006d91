import { Check, Column, Entity, Index, OneToMany, type Relation } from 'typeorm';
import type { MatchWeights } from '@shuraka/matching';
import { BaseEntity } from '../../common/database/base.entity';
import { ConsortiumMemberEntity } from './consortium-member.entity';

@Entity('consortium')
@Check('consortium_name_present', `coalesce(name_ar, name_en) IS NOT NULL`)
@Check('consortium_default_calling_code_digits', `default_calling_code ~ '^[1-9][0-9]{0,3}$'`)
@Index('consortium_created_at_id', ['createdAt', 'id'])
export class ConsortiumEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 300, nullable: true })
  nameAr: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country: string;

  /** Calling code (digits, no +) completing applicants' phone numbers written without one. */
  @Column({ type: 'varchar', length: 4, nullable: true })
  defaultCallingCode: string | null;

  @Column({ type: 'text', nullable: true })
  purposeAr: string | null;

  @Column({ type: 'text', nullable: true })
  purposeEn: string | null;

  /** IANA time zone of the consortium's calendar ("today" for due dates and overdue questionnaires). */
  @Column({ type: 'varchar', length: 64, default: 'Asia/Aden' })
  timeZone: string;

  /** Matching weights chosen by the consortium; null: the documented defaults. */
  @Column({ type: 'jsonb', nullable: true })
  matchingWeights: MatchWeights | null;

  @OneToMany(() => ConsortiumMemberEntity, (member) => member.consortium)
  members?: Relation<ConsortiumMemberEntity[]>;
}
