import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { LocalizedText } from '../../../common/graphql/common.types';
import { ServiceType } from '../../services/service.type';
import { QuestionnaireAssignmentType } from '../questionnaire.type';
import type { FieldValue } from './capability-difference';

export enum ServiceChangeAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(ServiceChangeAction, {
  name: 'ServiceChangeAction',
  description: 'CREATE: a new service; UPDATE: fields of an existing one change; UNCHANGED: nothing changes',
});

@ObjectType('FieldChange', { description: "One field of a service, before and after (Money as {amount, currency}, names as {ar, en})" })
export class FieldChangeType {
  @Field({ description: 'name, kind, categories, governorates, minAmount, maxAmount, guaranteeRequired, capacity or decisionDays' })
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: FieldValue;

  @Field(() => GraphQLJSON, { nullable: true })
  after: FieldValue;
}

@ObjectType('ServiceChange', { description: "What applying a submission does to one of the partner's services" })
export class ServiceChangeType {
  @Field(() => ServiceChangeAction)
  action: ServiceChangeAction;

  /** Resolved through the service loader; null for CREATE. */
  serviceId: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'The existing service (null for CREATE)' })
  service?: ServiceType | null;

  @Field(() => Int, { nullable: true, description: 'Index (0-based) of the entry of the SERVICES repeat it comes from; null when no entry mentions it' })
  entry: number | null;

  @Field(() => LocalizedText, { description: "The service's name after the change" })
  name: LocalizedText;

  @Field(() => [FieldChangeType])
  fields: FieldChangeType[];
}

@ObjectType('CapabilityDifference', { description: "The partner's current services beside what its submitted answers say" })
export class CapabilityDifferenceType {
  @Field(() => QuestionnaireAssignmentType)
  assignment: QuestionnaireAssignmentType;

  @Field({ description: 'Hash of the changes; applyCapabilityDifference refuses (CONFLICT) when they changed since' })
  fingerprint: string;

  @Field(() => [ServiceChangeType])
  changes: ServiceChangeType[];

  @Field(() => [LocalizedText], { description: 'Answers left out because a service cannot hold them (an unknown category, an entry without a kind…)' })
  warnings: LocalizedText[];
}

@InputType('ApplyCapabilityDifferenceInput')
export class ApplyCapabilityDifferenceInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field({ description: 'The fingerprint of the difference that was reviewed' })
  @IsString() @MaxLength(100)
  expectedFingerprint: string;
}
