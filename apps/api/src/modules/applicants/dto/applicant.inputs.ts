import { ArgsType, Field, ID, InputType, Int, OmitType, PartialType, PickType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ApplicantCategory, Gender, GuaranteeType, LIMITS, ProjectSize, ServiceKind } from '@shuraka/domain';
import { MoneyInput } from '../../../common/graphql/common.types';
import { PaginationArgs } from '../../../common/graphql/pagination';
import { DateScalar } from '../../../common/graphql/scalars';
import { IsGovernorate } from '../../../common/validation/validators';

@InputType('RegisterApplicantInput')
export class RegisterApplicantInput {
  @Field()
  @IsString() @IsNotEmpty() @MaxLength(LIMITS.nameMaxLength)
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Never returned; kept only as a keyed hash and its last digits' })
  @IsOptional() @IsString() @Matches(/^[\s\-0-9٠-٩۰-۹A-Za-z]{4,30}$/, { message: 'must be 4 to 30 digits or letters' })
  nationalId?: string | null;

  @Field(() => ApplicantCategory)
  @IsEnum(ApplicantCategory)
  category: ApplicantCategory;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional() @IsString()
  birthDate?: string | null;

  @Field({ description: 'ISO 3166-2 governorate code' })
  @IsGovernorate()
  governorate: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(LIMITS.nameMaxLength)
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'Digits, spaces, dashes, an optional leading +; Arabic digits are accepted' })
  @IsOptional() @IsString() @Matches(/^\+?[\s\-0-9٠-٩۰-۹]{7,20}$/, { message: 'must be a phone number of 7 to 15 digits' })
  phone?: string | null;

  @Field(() => ProjectSize, { nullable: true })
  @IsOptional() @IsEnum(ProjectSize)
  projectSize?: ProjectSize | null;

  @Field(() => String, { nullable: true, description: 'Sector of the project idea (e.g. food processing, sewing, fishing)' })
  @IsOptional() @IsString() @MaxLength(LIMITS.nameMaxLength)
  sector?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => MoneyInput)
  requestedAmount?: MoneyInput | null;

  @Field(() => [ServiceKind])
  @IsArray() @ArrayMinSize(1, { message: 'name at least one need' }) @ArrayMaxSize(8) @IsEnum(ServiceKind, { each: true })
  needs: ServiceKind[];

  @Field(() => GuaranteeType)
  @IsEnum(GuaranteeType)
  guaranteeOffered: GuaranteeType;

  @Field({ description: 'The applicant agreed to their data being kept and shared with the partners; must be true' })
  @IsBoolean() @Equals(true, { message: "the applicant's consent is required to register them" })
  consentGiven: boolean;

  @Field(() => ID, { nullable: true, description: "Whose services are matched; default: the coordinator's organisation's consortium" })
  @IsOptional() @IsUUID()
  consortiumId?: string | null;
}

@InputType('ApplicantFilter')
export class ApplicantFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name (Arabic-aware) or of the phone number' })
  @IsOptional() @IsString() @MaxLength(LIMITS.nameMaxLength)
  search?: string;

  @Field(() => ApplicantCategory, { nullable: true })
  @IsOptional() @IsEnum(ApplicantCategory)
  category?: ApplicantCategory;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsGovernorate()
  governorate?: string;

  @Field(() => DateScalar, { nullable: true, description: "Registered on or after this day (in the applicant's consortium's time zone; Asia/Aden without one)" })
  @IsOptional() @IsString()
  registeredFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Registered on or before this day (same time zone)' })
  @IsOptional() @IsString()
  registeredTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only applicants with no referral at all yet; false: only those with one' })
  @IsOptional() @IsBoolean()
  notYetReferred?: boolean | null;
}

@ArgsType()
export class ApplicantsArgs extends PaginationArgs {
  @Field(() => ApplicantFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => ApplicantFilter)
  filter?: ApplicantFilter;
}

@InputType('UpdateApplicantInput', { description: 'Fields to correct; absent: unchanged, null: removed (only where the field is optional)' })
export class UpdateApplicantInput extends PartialType(OmitType(RegisterApplicantInput, ['consentGiven', 'consortiumId'] as const), InputType) {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read; CONFLICT (STALE_VERSION) when the record changed since' })
  @IsInt() @Min(1)
  expectedVersion: number;
}

@InputType('WithdrawApplicantConsentInput')
export class WithdrawApplicantConsentInput {
  @Field(() => ID)
  @IsUUID()
  applicantId: string;

  @Field({ description: 'Why, as the applicant said it' })
  @IsString() @IsNotEmpty() @MaxLength(LIMITS.nameMaxLength)
  reason: string;

  @Field(() => Int)
  @IsInt() @Min(1)
  expectedVersion: number;
}

export enum DuplicateReason {
  SAME_NATIONAL_ID = 'SAME_NATIONAL_ID',
  SAME_PHONE = 'SAME_PHONE',
  SAME_NAME_AND_BIRTH_DATE = 'SAME_NAME_AND_BIRTH_DATE',
  SIMILAR_NAME_IN_DISTRICT = 'SIMILAR_NAME_IN_DISTRICT',
}
registerEnumType(DuplicateReason, { name: 'DuplicateReason', description: 'Why an applicant looks like the one being registered' });

@InputType('ApplicantDuplicatesInput', { description: 'What is typed in the registration (or correction) form' })
export class ApplicantDuplicatesInput extends PartialType(
  PickType(RegisterApplicantInput, ['fullName', 'nationalId', 'birthDate', 'governorate', 'district', 'phone', 'consortiumId'] as const),
  InputType,
) {
  @Field(() => ID, { nullable: true, description: 'The applicant being corrected, not a duplicate of itself' })
  @IsOptional() @IsUUID()
  excludeApplicantId?: string | null;
}
