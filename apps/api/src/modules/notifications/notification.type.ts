import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedText, localized } from '../../common/graphql/common.types';
import { Connection } from '../../common/graphql/pagination';
import type { NotificationEntity } from './notification.entity';

@ObjectType('Notification', { description: 'A message to one user (a reminder, an assignment, a reopened response); only its recipient sees it' })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What it is about: QUESTIONNAIRE_ASSIGNED, QUESTIONNAIRE_DUE_SOON, QUESTIONNAIRE_OVERDUE, QUESTIONNAIRE_REMINDER, QUESTIONNAIRE_REOPENED …' })
  kind: string;

  @Field(() => LocalizedText)
  title: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  body: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'Portal path of what it is about, e.g. /assignments/<id>' })
  link: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the user marked it read; null while unread' })
  readAt: Date | null;
}

export const NotificationConnection = Connection(NotificationType, 'Notification');

export function toNotificationType(entity: NotificationEntity): NotificationType {
  return {
    id: entity.id,
    kind: entity.kind,
    title: localized(entity.titleAr, entity.titleEn),
    body: entity.bodyAr === null && entity.bodyEn === null ? null : localized(entity.bodyAr, entity.bodyEn),
    link: entity.link,
    createdAt: entity.createdAt,
    readAt: entity.readAt,
  };
}
