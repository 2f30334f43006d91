import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { ApplicantCategory, Gender, GuaranteeType, ProjectSize } from '@shuraka/domain';
import { BaseEntity } from '../../common/database/base.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A young person or family registered by a coordinator, with consent. The national id itself is
 * never stored: only a keyed hash (to find duplicates) and its last digits.
 */
@Entity('applicant')
@Check('applicant_consent_withdrawal_reason', '(consent_withdrawn_at IS NULL) = (consent_withdrawal_reason IS NULL)')
@Index('applicant_national_id_unique', ['nationalIdHash'], { unique: true, where: 'national_id_hash IS NOT NULL' })
@Index('applicant_created_at_id', ['createdAt', 'id'])
// (registered_by_id, created_at, id) INCLUDE (search_text), by hand in a migration: TypeORM cannot declare INCLUDE.
@Index('applicant_registered_by_created_at_id', { synchronize: false })
// GIN (search_text gin_trgm_ops), created by hand in a migration: TypeORM cannot declare it.
@Index('applicant_search_text_trgm', { synchronize: false })
@Index('applicant_phone_birth_date_unique', ['phone', 'birthDate'], { unique: true, where: 'phone IS NOT NULL AND birth_date IS NOT NULL' })
export class ApplicantEntity extends BaseEntity {
  @Column({ type: 'varchar', length: 300 })
  fullName: string;

  /** HMAC-SHA256 (PII_HASH_KEY) of the normalised national id, hex. */
  @Column({ type: 'char', length: 64, nullable: true })
  nationalIdHash: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  nationalIdLastDigits: string | null;

  @Column({ type: 'enum', enum: ApplicantCategory, enumName: 'applicant_category' })
  category: ApplicantCategory;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Index()
  @Column({ type: 'varchar', length: 10 })
  governorate: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  district: string | null;

  /** E.164 (`+967777123456`), see normalizePhoneNumber. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'enum', enum: ProjectSize, enumName: 'project_size', nullable: true })
  projectSize: ProjectSize | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  sector: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 3, nullable: true })
  requestedAmount: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  requestedCurrency: string | null;

  /** ServiceKind values. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  needs: string[];

  @Column({ type: 'enum', enum: GuaranteeType, enumName: 'guarantee_type', default: GuaranteeType.NONE })
  guaranteeOffered: GuaranteeType;

  @Column({ type: 'timestamptz' })
  consentGivenAt: Date;

  /** Set when the applicant withdrew their consent: no new referral is made for them. */
  @Column({ type: 'timestamptz', nullable: true })
  consentWithdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  consentWithdrawalReason: string | null;

  /** Bumped by every change; clients send it back as expectedVersion. */
  @Column({ type: 'int', default: 1 })
  version: number;

  /** Whose services are matched; null: every service. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  consortiumId: string | null;

  @ManyToOne(() => ConsortiumEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'consortium_id' })
  consortium?: Relation<ConsortiumEntity> | null;

  @Column({ type: 'uuid' })
  registeredById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registered_by_id' })
  registeredBy?: Relation<UserEntity>;

  /** Name folded by normalizeSearchText, for search. */
  @Column({ type: 'text' })
  searchText: string;
}
