import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ReferralStatus } from '@shuraka/domain';
import { UserEntity } from '../users/user.entity';
import { DeclineReason } from './referral-lifecycle';
import { ReferralEntity } from './referral.entity';

/** One change of a referral's status: from, to, when, by whom, why. Never updated. */
@Entity('referral_event')
export class ReferralEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  referralId: string;

  @ManyToOne(() => ReferralEntity, (referral) => referral.events, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Relation<ReferralEntity>;

  @Column({ type: 'enum', enum: ReferralStatus, enumName: 'referral_status', nullable: true })
  fromStatus: ReferralStatus | null;

  @Column({ type: 'enum', enum: ReferralStatus, enumName: 'referral_status' })
  toStatus: ReferralStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid' })
  byId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_id' })
  by?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: DeclineReason, enumName: 'decline_reason', nullable: true })
  declineReason: DeclineReason | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
