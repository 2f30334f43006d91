import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LIMITS, Role } from '@shuraka/domain';

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field()
  @IsEmail() @MaxLength(320)
  email: string;

  @Field({ description: `At least ${LIMITS.passwordMinLength} characters` })
  @IsString() @MinLength(LIMITS.passwordMinLength) @MaxLength(LIMITS.passwordMaxLength)
  password: string;

  @Field()
  @IsString() @IsNotEmpty() @MaxLength(LIMITS.nameMaxLength)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for PARTNER_STAFF' })
  @IsOptional() @IsUUID()
  organizationId?: string | null;
}
