import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ArgsType()
export class MatchServicesArgs {
  @Field(() => ID)
  @IsUUID()
  applicantId: string;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'How many services, 1 to 100' })
  @IsOptional() @IsInt() @Min(1) @Max(100)
  first?: number;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Also list services the applicant is not eligible for, with why' })
  @IsOptional() @IsBoolean()
  includeIneligible?: boolean;
}
