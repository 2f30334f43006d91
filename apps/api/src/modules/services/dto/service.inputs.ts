import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ApplicantCategory, Gender, GuaranteeType, ProjectSize, ServiceKind } from '@shuraka/domain';
import { MoneyInput } from '../../../common/graphql/common.types';
import { PaginationArgs } from '../../../common/graphql/pagination';
import { IsGovernorate, LocalizedTextInput, LongLocalizedTextInput, ValidLocalizedText } from '../../../common/validation/validators';

export const MAX_CAPACITY = 1_000_000;

/** Fields shared by create and update; on update every one is optional. */
@InputType({ isAbstract: true })
export class ServiceFieldsInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => LongLocalizedTextInput)
  description?: LongLocalizedTextInput;

  @Field(() => Gender, { nullable: true })
  @IsOptional() @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(10) @Max(100)
  minAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(10) @Max(100)
  maxAge?: number | null;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => MoneyInput)
  minAmount?: MoneyInput | null;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => MoneyInput)
  maxAmount?: MoneyInput | null;

  @Field(() => Int, { nullable: true, description: 'Days the partner usually needs to decide (1–365)' })
  @IsOptional() @IsInt() @Min(1) @Max(365)
  decisionDays?: number | null;
}

@InputType('CreateServiceInput')
export class CreateServiceInput extends ServiceFieldsInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => LocalizedTextInput)
  @ValidLocalizedText()
  name: LocalizedTextInput;

  @Field(() => ServiceKind)
  @IsEnum(ServiceKind)
  kind: ServiceKind;

  @Field(() => [ApplicantCategory])
  @IsArray() @IsEnum(ApplicantCategory, { each: true })
  categories: ApplicantCategory[];

  @Field(() => [String])
  @IsArray() @ArrayMaxSize(100) @IsGovernorate({ each: true })
  governorates: string[];

  @Field(() => [ProjectSize], { nullable: true })
  @IsOptional() @IsArray() @IsEnum(ProjectSize, { each: true })
  projectSizes?: ProjectSize[];

  @Field(() => GuaranteeType)
  @IsEnum(GuaranteeType)
  guaranteeRequired: GuaranteeType;

  @Field(() => Int)
  @IsInt() @Min(0) @Max(MAX_CAPACITY)
  capacity: number;
}

@InputType('UpdateServiceInput', { description: 'Only the fields given change; null clears an optional field' })
export class UpdateServiceInput extends ServiceFieldsInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional() @ValidLocalizedText()
  name?: LocalizedTextInput;

  @Field(() => ServiceKind, { nullable: true })
  @IsOptional() @IsEnum(ServiceKind)
  kind?: ServiceKind;

  @Field(() => [ApplicantCategory], { nullable: true })
  @IsOptional() @IsArray() @IsEnum(ApplicantCategory, { each: true })
  categories?: ApplicantCategory[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsGovernorate({ each: true })
  governorates?: string[];

  @Field(() => [ProjectSize], { nullable: true })
  @IsOptional() @IsArray() @IsEnum(ProjectSize, { each: true })
  projectSizes?: ProjectSize[];

  @Field(() => GuaranteeType, { nullable: true })
  @IsOptional() @IsEnum(GuaranteeType)
  guaranteeRequired?: GuaranteeType;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_CAPACITY)
  capacity?: number;
}

@InputType('ServiceFilter')
export class ServiceFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  organizationId?: string;

  @Field(() => ServiceKind, { nullable: true })
  @IsOptional() @IsEnum(ServiceKind)
  kind?: ServiceKind;

  @Field(() => ApplicantCategory, { nullable: true })
  @IsOptional() @IsEnum(ApplicantCategory)
  category?: ApplicantCategory;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsGovernorate()
  governorate?: string;
}

@ArgsType()
export class ServicesArgs extends PaginationArgs {
  @Field(() => ServiceFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => ServiceFilter)
  filter?: ServiceFilter;
}
