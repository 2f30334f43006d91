import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { AuditAction, AuditRecordType } from '@shuraka/domain';
import { Connection, type Page } from '../../common/graphql/pagination';
import { UserType } from '../users/user.type';
import type { AuditEntryEntity } from './audit-entry.entity';

@ObjectType('AuditFieldChange', { description: 'One field of a record before and after a change' })
export class AuditFieldChangeType {
  @Field()
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON; null when the record was created' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON; null when the record was deleted' })
  after: string | null;
}

@ObjectType('AuditEntry', { description: 'One line of the audit log: who did what to which record, and when' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => AuditRecordType)
  recordType: AuditRecordType;

  @Field(() => ID)
  recordId: string;

  /** Resolved through the user loader. */
  userId: string;

  @Field(() => UserType, { description: 'Who acted (the system user for automatic changes such as expiry)' })
  user?: UserType;

  @Field(() => [AuditFieldChangeType], { description: 'The fields that changed; secrets show only "[redacted]"' })
  changes: AuditFieldChangeType[];
}

export const AuditEntryConnection = Connection(AuditEntryType, 'AuditEntry');

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export function toAuditEntryType(entity: AuditEntryEntity): AuditEntryType {
  return {
    id: entity.id,
    at: entity.at,
    action: entity.action,
    recordType: entity.recordType,
    recordId: entity.recordId,
    userId: entity.userId,
    changes: Object.entries(entity.changes ?? {}).map(([field, change]) => ({ field, before: json(change.before), after: json(change.after) })),
  };
}

export function toAuditConnection(page: Page<AuditEntryEntity>) {
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toAuditEntryType(edge.node) })) };
}
