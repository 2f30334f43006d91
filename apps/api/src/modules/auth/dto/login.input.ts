import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@shuraka/domain';
import { UserType } from '../../users/user.type';

@InputType('LoginInput')
export class LoginInput {
  @Field()
  @IsString() @MinLength(3) @MaxLength(320)
  email: string;

  @Field()
  @IsString() @MinLength(1) @MaxLength(LIMITS.passwordMaxLength)
  password: string;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; the portal uses the session cookie instead' })
  accessToken: string;

  @Field(() => UserType)
  user: UserType;
}
