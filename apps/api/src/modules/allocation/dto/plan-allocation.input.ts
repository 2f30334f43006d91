import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LIMITS } from '@shuraka/domain';
import { ApplicantFilter } from '../../applicants/dto/applicant.inputs';

export const MAX_COHORT = 20_000;
export const MAX_SERVICES = 1_000;

@InputType('AllowSecondOfKindInput')
export class AllowSecondOfKindInput {
  @Field(() => ID)
  @IsUUID()
  applicantId: string;

  @Field(() => String, { description: 'Why this applicant may be planned for a service of a kind they have an open referral of (kept in the referral history)' })
  @IsString() @MaxLength(LIMITS.noteMaxLength) @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

@InputType('PlanAllocationInput')
export class PlanAllocationInput {
  @Field(() => [ID], { description: `The cohort: applicants you may see (at most ${MAX_COHORT}); [] when \`cohort\` names it` })
  @IsArray() @ArrayMaxSize(MAX_COHORT) @IsUUID('all', { each: true })
  applicantIds: string[];

  @Field(() => ApplicantFilter, {
    nullable: true,
    description: `The cohort as everyone you may see who matches these filters (at most ${MAX_COHORT}, else BAD_USER_INPUT on \`cohort\` naming the count); applicantIds must then be []`,
  })
  @IsOptional() @ValidateNested() @Type(() => ApplicantFilter)
  cohort?: ApplicantFilter | null;

  @Field(() => [ID], { nullable: true, description: "Services to spread them over; default: their consortia's services" })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_SERVICES) @IsUUID('all', { each: true })
  serviceIds?: string[];

  @Field(() => [AllowSecondOfKindInput], { nullable: true, description: 'Applicants the coordinator allows a second open referral of a kind, with a reason (at most one entry per applicant)' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_COHORT) @ValidateNested({ each: true }) @Type(() => AllowSecondOfKindInput)
  allowSecondOfKind?: AllowSecondOfKindInput[];
}
