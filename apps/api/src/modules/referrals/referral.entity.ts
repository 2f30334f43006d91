import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { ReferralStatus } from '@shuraka/domain';
import { BaseEntity } from '../../common/database/base.entity';
import { ApplicantEntity } from '../applicants/applicant.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ServiceEntity } from '../services/service.entity';
import { UserEntity } from '../users/user.entity';
import { DeclineReason } from './referral-lifecycle';
import { ReferralEventEntity } from './referral-event.entity';

/** Statuses in which a referral is still open (one per applicant and service). */
export const OPEN_STATUSES_SQL = `('SENT','ACKNOWLEDGED','ACCEPTED','IN_SERVICE')`;

@Entity('referral')
@Index('referral_one_open_per_applicant_service', ['applicantId', 'serviceId'], {
  unique: true,
  where: `status IN ${OPEN_STATUSES_SQL}`,
})
@Index('referral_created_at_id', ['createdAt', 'id'])
@Index('referral_organization_created_at_id', ['organizationId', 'createdAt', 'id'])
// The partner's inbox by status and its counts by status (index-only).
@Index('referral_organization_status_created_at_id', ['organizationId', 'status', 'createdAt', 'id'])
@Check('referral_jobs_non_negative', 'jobs_created IS NULL OR jobs_created >= 0')
@Check('referral_amount_currency', '(amount_disbursed IS NULL) = (disbursed_currency IS NULL)')
export class ReferralEntity extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  applicantId: string;

  @ManyToOne(() => ApplicantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'applicant_id' })
  applicant?: Relation<ApplicantEntity>;

  @Index()
  @Column({ type: 'uuid' })
  serviceId: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: Relation<ServiceEntity>;

  /** The receiving partner (the service's organisation), kept for visibility and indicators. */
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Index()
  @Column({ type: 'uuid' })
  referredById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referred_by_id' })
  referredBy?: Relation<UserEntity>;

  @Index()
  @Column({ type: 'enum', enum: ReferralStatus, enumName: 'referral_status', default: ReferralStatus.SENT })
  status: ReferralStatus;

  /** Bumped by every change; clients send it back as expectedVersion. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'enum', enum: DeclineReason, enumName: 'decline_reason', nullable: true })
  declineReason: DeclineReason | null;

  /** When the partner accepted, declined, or the referral expired. */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'numeric', precision: 18, scale: 3, nullable: true })
  amountDisbursed: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  disbursedCurrency: string | null;

  @Column({ type: 'int', nullable: true })
  jobsCreated: number | null;

  @Column({ type: 'boolean', nullable: true })
  trainingCompleted: boolean | null;

  @OneToMany(() => ReferralEventEntity, (event) => event.referral)
  events?: Relation<ReferralEventEntity[]>;
}
