import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID } from 'class-validator';

export const MAX_COHORT = 20_000;
export const MAX_SERVICES = 1_000;

@InputType('PlanAllocationInput')
export class PlanAllocationInput {
  @Field(() => [ID], { description: `The cohort: applicants you may see (at most ${MAX_COHORT})` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_COHORT) @IsUUID('all', { each: true })
  applicantIds: string[];

  @Field(() => [ID], { nullable: true, description: "Services to spread them over; default: their consortia's services" })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_SERVICES) @IsUUID('all', { each: true })
  serviceIds?: string[];
}
