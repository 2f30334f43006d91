import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LIMITS, OrganizationKind } from '@shuraka/domain';
import { PaginationArgs } from '../../../common/graphql/pagination';
import { IsGovernorate, LocalizedTextInput, ValidLocalizedText } from '../../../common/validation/validators';

@InputType('BranchInput')
export class BranchInput {
  @Field(() => LocalizedTextInput)
  @ValidLocalizedText()
  name: LocalizedTextInput;

  @Field({ description: 'ISO 3166-2 governorate code' })
  @IsGovernorate()
  governorate: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(LIMITS.nameMaxLength)
  district?: string | null;
}

@InputType('CreateOrganizationInput')
export class CreateOrganizationInput {
  @Field(() => LocalizedTextInput)
  @ValidLocalizedText()
  name: LocalizedTextInput;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => [String])
  @IsArray() @ArrayMaxSize(LIMITS.listMaxItems) @IsGovernorate({ each: true })
  governorates: string[];

  @Field(() => [BranchInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.listMaxItems) @ValidateNested({ each: true }) @Type(() => BranchInput)
  branches?: BranchInput[];
}

@InputType('UpdateOrganizationInput', { description: 'Only the fields given change; `branches` replaces the whole list' })
export class UpdateOrganizationInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional() @ValidLocalizedText()
  name?: LocalizedTextInput;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional() @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.listMaxItems) @IsGovernorate({ each: true })
  governorates?: string[];

  @Field(() => [BranchInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.listMaxItems) @ValidateNested({ each: true }) @Type(() => BranchInput)
  branches?: BranchInput[];
}

@InputType('OrganizationFilter')
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, Arabic (hamza/ta marbuta-insensitive) or English' })
  @IsOptional() @IsString() @MaxLength(LIMITS.nameMaxLength)
  search?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional() @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsGovernorate()
  governorate?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  consortiumId?: string;
}

@ArgsType()
export class OrganizationsArgs extends PaginationArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;
}
