import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditAction, AuditRecordType } from '@shuraka/domain';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { Page, PaginationArgs } from '../../common/graphql/pagination';
import { changesOf, type AuditChanges } from './audit-changes';
import { AuditEntryEntity } from './audit-entry.entity';
import type { AuditLogFilter } from './dto/audit-log.args';

export interface AuditRecord {
  action: AuditAction;
  recordType: AuditRecordType;
  recordId: string;
  changes?: AuditChanges;
}

/** The log's own order: the identity column grows with every entry and never changes. */
const AUDIT_ORDER: KeysetOrder = { kind: 'audit', direction: 'DESC', keys: [{ sql: 'e.id', type: 'bigint' }], idColumn: 'e_id' };

/**
 * The audit log. Services call `record` with the EntityManager of their own transaction, so an entry
 * exists exactly when the change was committed; `recordNow` is for events that must outlive a
 * refused request (a duplicate registration attempt).
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly paginator: Paginator,
  ) {}

  /** Appends entries inside the caller's transaction (one INSERT for all of them). */
  async record(manager: EntityManager, actorId: string, entries: AuditRecord | AuditRecord[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    await manager.query(
      `INSERT INTO audit_entry (user_id, action, record_type, record_id, changes)
       SELECT $1, action, record_type, record_id, changes FROM unnest($2::audit_action[], $3::audit_record_type[], $4::uuid[], $5::jsonb[])
           AS entry(action, record_type, record_id, changes)`,
      [actorId, list.map((entry) => entry.action), list.map((entry) => entry.recordType), list.map((entry) => entry.recordId), list.map((entry) => JSON.stringify(entry.changes ?? {}))],
    );
  }

  /** Appends entries in a transaction of their own, committed whatever happens to the request. */
  async recordNow(actorId: string, entries: AuditRecord | AuditRecord[]): Promise<void> {
    await this.record(this.dataSource.manager, actorId, entries);
  }

  static created(recordType: AuditRecordType, recordId: string, after: object): AuditRecord {
    return { action: AuditAction.CREATE, recordType, recordId, changes: changesOf(null, after) };
  }

  static updated(recordType: AuditRecordType, recordId: string, before: object, after: object): AuditRecord {
    return { action: AuditAction.UPDATE, recordType, recordId, changes: changesOf(before, after) };
  }

  static deleted(recordType: AuditRecordType, recordId: string, before: object): AuditRecord {
    return { action: AuditAction.DELETE, recordType, recordId, changes: changesOf(before, null) };
  }

  /** The whole log, newest first (ADMIN). */
  async list(filter: AuditLogFilter = {}, args: PaginationArgs): Promise<Page<AuditEntryEntity>> {
    const query = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('e');
    if (filter.recordType) query.andWhere('e.record_type = :recordType', { recordType: filter.recordType });
    if (filter.recordId) query.andWhere('e.record_id = :recordId', { recordId: filter.recordId });
    if (filter.userId) query.andWhere('e.user_id = :userId', { userId: filter.userId });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.at < :to', { to: filter.to });
    return this.page(query, args);
  }

  /** What happened to an applicant and their referrals, newest first; the caller has checked access. */
  async ofApplicant(applicantId: string, args: PaginationArgs): Promise<Page<AuditEntryEntity>> {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('e')
      .where(
        `((e.record_type = 'APPLICANT' AND e.record_id = :applicantId)
          OR (e.record_type = 'REFERRAL' AND e.record_id IN (SELECT r.id FROM referral r WHERE r.applicant_id = :applicantId)))`,
        { applicantId },
      );
    return this.page(query, args);
  }

  private page(query: SelectQueryBuilder<AuditEntryEntity>, args: PaginationArgs): Promise<Page<AuditEntryEntity>> {
    return this.paginator.page(query, AUDIT_ORDER, args);
  }
}
