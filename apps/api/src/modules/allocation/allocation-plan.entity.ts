import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/database/base.entity';
import { UserEntity } from '../users/user.entity';

export interface PlannedAssignment {
  applicantId: string;
  serviceId: string;
  /** Hundredths of a point. */
  scoreCentiPoints: number;
}

export interface PlannedUnassigned {
  applicantId: string;
  reason: 'NO_ELIGIBLE_SERVICE' | 'CAPACITY' | 'OPEN_REFERRAL_OF_KIND';
}

/** A cohort allocation computed by planAllocation, kept until it is committed into referrals. */
@Entity('allocation_plan')
export class AllocationPlanEntity extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity>;

  @Column({ type: 'jsonb' })
  assignments: PlannedAssignment[];

  @Column({ type: 'jsonb' })
  unassigned: PlannedUnassigned[];

  /** Applicant id -> the coordinator's reason to allow a second open referral of a kind; given to the referrals at commit. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  secondOfKindReasons: Record<string, string>;

  /** Free places of every service the plan considered, when it was made; committing checks they did not change. */
  @Column({ type: 'jsonb' })
  placesAtPlanning: Record<string, number>;

  @Column({ type: 'int' })
  totalScoreCentiPoints: number;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt: Date | null;
}
