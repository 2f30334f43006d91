import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** When a coordinator last looked at the partners' decisions: newer ones count as unread in the navigation. */
@Entity('referral_decisions_seen')
export class ReferralDecisionsSeenEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'timestamptz' })
  seenAt: Date;
}
