import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { RecommendationType } from '../meeting.types';

@ObjectType('CalendarFeed', { description: "A new secret calendar feed address; shown once (only a hash of it is stored)" })
export class CalendarFeedType {
  @Field({ description: 'The feed to subscribe to from Google, Outlook or a phone (`…/calendar/<token>.ics`); anyone holding it reads the calendar' })
  url: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('CalendarFeedStatus', { description: "The signed-in user's calendar feed (its address is not kept: make a new one to see it again)" })
export class CalendarFeedStatusType {
  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a calendar client last fetched it (to the minute)' })
  lastUsedAt: Date | null;
}

@InputType('ImportRecommendationUpdatesInput')
export class ImportRecommendationUpdatesInput {
  @Field(() => ID, { description: 'The meeting whose recommendations the sheet updates (by their number)' })
  @IsUUID()
  meetingId: string;

  @Field({ description: 'The name of the uploaded file (for messages)' })
  @IsString() @MaxLength(255)
  fileName: string;

  @Field({ description: 'The CSV or .xlsx file, base64-encoded (at most 700 KB decoded): columns number, status, note, percent (English or Arabic headers)' })
  @IsString() @MaxLength(1_000_000)
  fileBase64: string;
}

@ObjectType('RecommendationUpdatesResult', { description: 'What a progress sheet changed' })
export class RecommendationUpdatesResultType {
  @Field(() => Int, { description: 'How many recommendations changed (rows that changed nothing are skipped)' })
  updated: number;

  @Field(() => [RecommendationType], { description: 'The recommendations changed, in the order of the sheet' })
  recommendations: RecommendationType[];
}
