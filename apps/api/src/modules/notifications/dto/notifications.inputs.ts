import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { LIMITS } from '@shuraka/domain';
import { PaginationArgs } from '../../../common/graphql/pagination';

@ArgsType()
export class NotificationsArgs extends PaginationArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those not yet read' })
  @IsOptional() @IsBoolean()
  unreadOnly?: boolean | null;
}

@InputType('MarkNotificationsReadInput', { description: 'Either `ids` (the signed-in user\'s own; others are ignored) or `all: true`' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional() @ArrayMaxSize(LIMITS.pageSizeMax) @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every unread notification of the signed-in user' })
  @IsOptional() @IsBoolean()
  all?: boolean | null;
}
