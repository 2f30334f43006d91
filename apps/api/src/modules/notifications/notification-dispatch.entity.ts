import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Keys of notifications already sent (`questionnaire:<assignment>:<dueOn>:soon` …). A dispatch inserts
 * its key first, ON CONFLICT DO NOTHING, and notifies only when it inserted: two runs racing for one
 * key serialise on the primary key, so one of them sends and the other sees the key.
 */
@Entity('notification_dispatch')
export class NotificationDispatchEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
