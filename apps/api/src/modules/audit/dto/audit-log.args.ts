import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { AuditAction, AuditRecordType } from '@shuraka/domain';
import { PaginationArgs } from '../../../common/graphql/pagination';

@InputType('AuditLogFilter')
export class AuditLogFilter {
  @Field(() => AuditRecordType, { nullable: true })
  @IsOptional() @IsEnum(AuditRecordType)
  recordType?: AuditRecordType;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  recordId?: string;

  @Field(() => ID, { nullable: true, description: 'Who acted' })
  @IsOptional() @IsUUID()
  userId?: string;

  @Field(() => AuditAction, { nullable: true })
  @IsOptional() @IsEnum(AuditAction)
  action?: AuditAction;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this moment (inclusive)' })
  @IsOptional() @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until this moment (exclusive)' })
  @IsOptional() @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PaginationArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}

@ArgsType()
export class ApplicantAuditArgs extends PaginationArgs {
  @Field(() => ID)
  @IsUUID()
  applicantId: string;
}
