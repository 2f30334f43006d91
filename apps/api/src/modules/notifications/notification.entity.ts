import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * One in-app notification of one user. Written only by NotificationsService.notify (in the caller's
 * transaction); the user marks it read. `email_pending` rows are e-mailed by the mail job, which sets
 * `emailed_at` (or, after failed attempts spread over about an hour, gives up keeping the last error).
 */
@Entity('notification')
@Index('notification_user_order', ['userId', 'createdAt', 'id'])
@Index('notification_user_unread', ['userId'], { where: 'read_at IS NULL' })
@Index('notification_email_pending', ['createdAt'], { where: 'email_pending' })
@Check('notification_title_present', 'title_ar IS NOT NULL OR title_en IS NOT NULL')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** What it is about (QUESTIONNAIRE_DUE_SOON …): the portal picks an icon, tests and filters use it. */
  @Column({ type: 'varchar', length: 64 })
  kind: string;

  @Column({ type: 'text', nullable: true })
  titleAr: string | null;

  @Column({ type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ type: 'text', nullable: true })
  bodyAr: string | null;

  @Column({ type: 'text', nullable: true })
  bodyEn: string | null;

  /** A portal path (`/assignments/<id>`), never an outside address. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  link: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'boolean', default: false })
  emailPending: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  emailAttempts: number;

  /** The last attempt (failed ones are retried later and later). */
  @Column({ type: 'timestamptz', nullable: true })
  emailAttemptedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  emailError: string | null;
}
