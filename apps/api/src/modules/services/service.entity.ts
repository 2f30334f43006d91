import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Gender, GuaranteeType, ServiceKind } from '@shuraka/domain';
import { BaseEntity } from '../../common/database/base.entity';
import { OrganizationEntity } from '../organizations/organization.entity';

/** What a partner offers; its eligibility drives matching. */
@Entity('service')
@Check('service_name_present', `coalesce(name_ar, name_en) IS NOT NULL`)
@Check('service_capacity_non_negative', `capacity >= 0 AND capacity_used >= 0`)
@Check('service_capacity_used_within', `capacity_used <= capacity`)
@Index('service_created_at_id', ['createdAt', 'id'])
@Index('service_organization_created_at_id', ['organizationId', 'createdAt', 'id'])
@Check('service_age_range', `min_age IS NULL OR max_age IS NULL OR min_age <= max_age`)
@Check('service_amount_range', `min_amount IS NULL OR max_amount IS NULL OR min_amount <= max_amount`)
@Check('service_amount_currency', `(min_amount IS NULL AND max_amount IS NULL) = (currency IS NULL)`)
export class ServiceEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameAr: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionAr: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ type: 'enum', enum: ServiceKind, enumName: 'service_kind' })
  kind: ServiceKind;

  /** ApplicantCategory values; empty means open to every category. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  /** ISO 3166-2 codes where it is offered. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  governorates: string[];

  /** ProjectSize values; empty means any size. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  projectSizes: string[];

  @Column({ type: 'enum', enum: Gender, enumName: 'gender', nullable: true })
  gender: Gender | null;

  @Column({ type: 'smallint', nullable: true })
  minAge: number | null;

  @Column({ type: 'smallint', nullable: true })
  maxAge: number | null;

  @Column({ type: 'numeric', precision: 18, scale: 3, nullable: true })
  minAmount: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 3, nullable: true })
  maxAmount: string | null;

  /** Currency of minAmount and maxAmount (ISO 4217). */
  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'enum', enum: GuaranteeType, enumName: 'guarantee_type', default: GuaranteeType.NONE })
  guaranteeRequired: GuaranteeType;

  /** Applicants it can take per period. */
  @Column({ type: 'int' })
  capacity: number;

  /** ACCEPTED and IN_SERVICE referrals; changed only inside the referral transaction, under a row lock. */
  @Column({ type: 'int', default: 0 })
  capacityUsed: number;

  /** Days the partner usually needs to decide; unanswered referrals expire after it. */
  @Column({ type: 'smallint', nullable: true })
  decisionDays: number | null;
}
