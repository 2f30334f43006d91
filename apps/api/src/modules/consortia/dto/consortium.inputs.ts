import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { COUNTRIES, MemberRole } from '@shuraka/domain';
import { IsTimeZone, LocalizedTextInput, LongLocalizedTextInput, ValidLocalizedText } from '../../../common/validation/validators';

const COUNTRY_CODES = COUNTRIES.map((country) => country.code);

@InputType('CreateConsortiumInput')
export class CreateConsortiumInput {
  @Field(() => LocalizedTextInput)
  @ValidLocalizedText()
  name: LocalizedTextInput;

  @Field({ description: `ISO 3166-1 alpha-2 code: ${COUNTRY_CODES.join(', ')}` })
  @IsIn(COUNTRY_CODES, { message: `must be one of ${COUNTRY_CODES.join(', ')}` })
  country: string;

  @Field(() => ID, { description: 'The supportive organisation; it becomes the LEAD member' })
  @IsUUID()
  leadOrganizationId: string;

  @Field(() => String, { nullable: true, description: "Calling code (digits, e.g. 967) completing applicants' phone numbers written without one; default: the country's" })
  @IsOptional() @Matches(/^[1-9][0-9]{0,3}$/, { message: 'must be a calling code of 1 to 4 digits, without +' })
  defaultCallingCode?: string | null;

  @Field(() => String, { nullable: true, description: "IANA time zone of the consortium's calendar, e.g. Asia/Aden (the default), Asia/Riyadh" })
  @IsOptional() @IsTimeZone()
  timeZone?: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => LongLocalizedTextInput)
  purpose?: LongLocalizedTextInput;
}

@InputType('MatchingWeightsInput', { description: 'Points per part of the matching score: whole numbers adding up to 100' })
export class MatchingWeightsInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(100) need: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) trackRecord: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) amountFit: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) governorate: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) district: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) capacityHeadroom: number;
}

@InputType('UpdateConsortiumInput')
export class UpdateConsortiumInput {
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional() @ValidLocalizedText()
  name?: LocalizedTextInput;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsIn(COUNTRY_CODES, { message: `must be one of ${COUNTRY_CODES.join(', ')}` })
  country?: string;

  @Field(() => String, { nullable: true, description: "Calling code (digits, e.g. 967) completing applicants' phone numbers written without one; default: the country's" })
  @IsOptional() @Matches(/^[1-9][0-9]{0,3}$/, { message: 'must be a calling code of 1 to 4 digits, without +' })
  defaultCallingCode?: string | null;

  @Field(() => String, { nullable: true, description: "IANA time zone of the consortium's calendar, e.g. Asia/Aden (the default), Asia/Riyadh" })
  @IsOptional() @IsTimeZone()
  timeZone?: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => LongLocalizedTextInput)
  purpose?: LongLocalizedTextInput;

  @Field(() => MatchingWeightsInput, { nullable: true, description: "The consortium's matching weights; null goes back to the defaults" })
  @IsOptional() @ValidateNested() @Type(() => MatchingWeightsInput)
  matchingWeights?: MatchingWeightsInput | null;
}

@InputType('AddConsortiumMemberInput')
export class AddConsortiumMemberInput {
  @Field(() => ID)
  @IsUUID()
  consortiumId: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  role: MemberRole;
}

@InputType('RemoveConsortiumMemberInput')
export class RemoveConsortiumMemberInput {
  @Field(() => ID)
  @IsUUID()
  consortiumId: string;

  @Field(() => ID)
  @IsUUID()
  organizationId: string;
}
