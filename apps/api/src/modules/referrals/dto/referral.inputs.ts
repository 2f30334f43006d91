import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LIMITS, ReferralStatus } from '@shuraka/domain';
import { MoneyInput } from '../../../common/graphql/common.types';
import { PaginationArgs } from '../../../common/graphql/pagination';
import { DeclineReason } from '../referral-lifecycle';

@InputType('CreateReferralInput')
export class CreateReferralInput {
  @Field(() => ID)
  @IsUUID()
  applicantId: string;

  @Field(() => ID)
  @IsUUID()
  serviceId: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(LIMITS.noteMaxLength)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Why refer although the applicant has an open referral to another service of the same kind (else CONFLICT OPEN_REFERRAL_OF_KIND)' })
  @IsOptional() @IsString() @MaxLength(LIMITS.noteMaxLength)
  overrideReason?: string | null;
}

/** Outcome figures a partner records as the service goes on. */
@InputType({ isAbstract: true })
export class OutcomeFields {
  @Field(() => MoneyInput, { nullable: true, description: 'Loan or grant paid out' })
  @IsOptional() @ValidateNested() @Type(() => MoneyInput)
  amountDisbursed?: MoneyInput | null;

  @Field(() => Int, { nullable: true, description: 'Jobs the project created' })
  @IsOptional() @IsInt() @Min(0) @Max(100_000)
  jobsCreated?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Training finished by the applicant' })
  @IsOptional() @IsBoolean()
  trainingCompleted?: boolean | null;
}

@InputType('TransitionReferralInput')
export class TransitionReferralInput extends OutcomeFields {
  @Field(() => ID)
  @IsUUID()
  referralId: string;

  @Field(() => ReferralStatus)
  @IsEnum(ReferralStatus)
  to: ReferralStatus;

  @Field(() => String, { nullable: true, description: 'Free text; with DECLINED it explains declineReason' })
  @IsOptional() @IsString() @MaxLength(LIMITS.noteMaxLength)
  reason?: string | null;

  @Field(() => DeclineReason, { nullable: true, description: 'Required with DECLINED' })
  @IsOptional() @IsEnum(DeclineReason)
  declineReason?: DeclineReason | null;

  @Field(() => Int, { nullable: true, description: 'The version the client saw; a stale one is CONFLICT' })
  @IsOptional() @IsInt() @Min(1)
  expectedVersion?: number | null;
}

@InputType('RecordReferralOutcomeInput')
export class RecordReferralOutcomeInput extends OutcomeFields {
  @Field(() => ID)
  @IsUUID()
  referralId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(1)
  expectedVersion?: number | null;
}

@InputType('ReferralFilter')
export class ReferralFilter {
  @Field(() => ReferralStatus, { nullable: true })
  @IsOptional() @IsEnum(ReferralStatus)
  status?: ReferralStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  serviceId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  applicantId?: string;
}

@ArgsType()
export class ReferralsArgs extends PaginationArgs {
  @Field(() => ReferralFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => ReferralFilter)
  filter?: ReferralFilter;
}
