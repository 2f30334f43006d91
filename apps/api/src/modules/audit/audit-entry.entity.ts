import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditAction, AuditRecordType } from '@shuraka/domain';
import type { AuditChanges } from './audit-changes';

/**
 * One line of the audit log: who did what to which record, and the fields that changed. Append-only:
 * a database trigger refuses UPDATE, DELETE and TRUNCATE. No foreign keys, so that the log outlives
 * the rows it describes (branches are replaced, memberships removed).
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

  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action: AuditAction;

  @Column({ type: 'enum', enum: AuditRecordType, enumName: 'audit_record_type' })
  recordType: AuditRecordType;

  @Column({ type: 'uuid' })
  recordId: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  changes: AuditChanges;
}
