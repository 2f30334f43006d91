import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AuditAction, AuditRecordType } from '@shuraka/domain';
import { UserEntity } from '../users/user.entity';
import type { AuditChanges } from './audit-changes';

/**
 * One line of the audit log: who did what to which record, and the fields that changed. Append-only:
 * a database trigger refuses UPDATE, DELETE and TRUNCATE. `record_id` has no foreign key, so that the
 * log outlives the rows it describes (branches are replaced, memberships removed); users are never
 * deleted, so `user_id` has one.
 */
@Entity('audit_entry')
@Index('audit_entry_record', ['recordType', 'recordId', 'id'])
@Index('audit_entry_user', ['userId', 'id'])
export class AuditEntryEntity {
  /** Monotonic, so it doubles as the immutable order of the log and its cursor. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action: AuditAction;

  @Column({ type: 'enum', enum: AuditRecordType, enumName: 'audit_record_type' })
  recordType: AuditRecordType;

  @Column({ type: 'uuid' })
  recordId: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  changes: AuditChanges;
}
