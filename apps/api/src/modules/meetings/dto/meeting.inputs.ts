import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { CommitteeKind, LIMITS, MeetingKind, RecommendationStatus } from '@shuraka/domain';
import { PaginationArgs } from '../../../common/graphql/pagination';
import { DateScalar } from '../../../common/graphql/scalars';
import { LocalizedTextInput } from '../../../common/validation/validators';

/**
 * Shapes only: the rules a user can break (lengths, times, dates, percent) are checked by `meeting-rules.ts`
 * with messages in Arabic and English.
 */
export class TextInput {
  @IsOptional() @IsString()
  ar?: string | null;

  @IsOptional() @IsString()
  en?: string | null;
}

@InputType('AttendeeInput', { description: 'A person at a meeting or on a committee' })
export class AttendeeInput {
  @Field()
  @IsString()
  name: string;

  @Field(() => ID, { nullable: true, description: 'Their organisation (any organisation)' })
  @IsOptional() @IsUUID()
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsString()
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'Their user account, when they have one' })
  @IsOptional() @IsUUID()
  userId?: string | null;
}

const People = () => (target: object, key: string) => {
  Field(() => [AttendeeInput], { nullable: true })(target, key);
  IsOptional()(target, key);
  IsArray()(target, key);
  ArrayMaxSize(LIMITS.listMaxItems)(target, key);
  ValidateNested({ each: true })(target, key);
  Type(() => AttendeeInput)(target, key);
};

const Text = (nullable: boolean, description?: string) => (target: object, key: string) => {
  Field(() => LocalizedTextInput, { nullable, ...(description ? { description } : {}) })(target, key);
  if (nullable) IsOptional()(target, key);
  ValidateNested()(target, key);
  Type(() => TextInput)(target, key);
};

const OptionalString = (description?: string) => (target: object, key: string) => {
  Field(() => String, { nullable: true, ...(description ? { description } : {}) })(target, key);
  IsOptional()(target, key);
  IsString()(target, key);
};

const OptionalId = (description?: string) => (target: object, key: string) => {
  Field(() => ID, { nullable: true, ...(description ? { description } : {}) })(target, key);
  IsOptional()(target, key);
  IsUUID()(target, key);
};

const OptionalDate = (description?: string) => (target: object, key: string) => {
  Field(() => DateScalar, { nullable: true, ...(description ? { description } : {}) })(target, key);
  IsOptional()(target, key);
  IsString()(target, key);
};

const ExpectedVersion = () => (target: object, key: string) => {
  Field(() => Int, { nullable: true, description: 'The version the client last saw; CONFLICT when it changed since' })(target, key);
  IsOptional()(target, key);
  IsInt()(target, key);
};

@InputType('CreateMeetingInput')
export class CreateMeetingInput {
  @Field(() => ID)
  @IsUUID()
  consortiumId: string;

  @Field(() => MeetingKind)
  @IsEnum(MeetingKind)
  kind: MeetingKind;

  @Text(false)
  title: TextInput;

  @Field(() => DateScalar)
  @IsString()
  heldOn: string;

  @OptionalString()
  location?: string | null;

  @People()
  attendees?: AttendeeInput[] | null;

  @OptionalId('The committee that meets (same consortium)')
  committeeId?: string | null;

  @OptionalString('HH:MM, the consortium’s local time')
  startsAt?: string | null;

  @OptionalString('HH:MM, after startsAt')
  endsAt?: string | null;

  @OptionalString('Markdown')
  agenda?: string | null;

  @OptionalString('Markdown')
  minutes?: string | null;

  @OptionalString('Markdown')
  decisions?: string | null;

  @OptionalId("The recommendation this meeting follows up: sets the meeting's followUpOf and the recommendation's aboutMeeting")
  followUpOfRecommendationId?: string | null;
}

@InputType('UpdateMeetingInput', { description: 'Only the fields sent change; an explicit null clears an optional field' })
export class UpdateMeetingInput {
  @ExpectedVersion()
  expectedVersion?: number | null;

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional() @IsEnum(MeetingKind)
  kind?: MeetingKind | null;

  @Text(true)
  title?: TextInput | null;

  @OptionalDate()
  heldOn?: string | null;

  @OptionalString()
  location?: string | null;

  @People()
  attendees?: AttendeeInput[] | null;

  @OptionalId()
  committeeId?: string | null;

  @OptionalString('HH:MM')
  startsAt?: string | null;

  @OptionalString('HH:MM')
  endsAt?: string | null;

  @OptionalString('Markdown')
  agenda?: string | null;

  @OptionalString('Markdown')
  minutes?: string | null;

  @OptionalString('Markdown')
  decisions?: string | null;
}

@InputType('AddRecommendationInput')
export class AddRecommendationInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Text(false)
  text: TextInput;

  @Field(() => [ID], { nullable: true, description: 'Member organisations of the consortium responsible for it' })
  @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.listMaxItems) @IsUUID('all', { each: true })
  ownerOrganizationIds?: string[] | null;

  @OptionalDate()
  dueOn?: string | null;

  @OptionalId('A questionnaire of the same consortium')
  aboutQuestionnaireId?: string | null;

  @OptionalId('A (later) meeting of the same consortium')
  aboutMeetingId?: string | null;

  @OptionalId('A committee of the same consortium')
  aboutCommitteeId?: string | null;

  @OptionalId("A service of a member of the consortium")
  aboutServiceId?: string | null;
}

@InputType('UpdateRecommendationInput', {
  description:
    "Owners' staff may send status, progressNote and percent; managers anything. Only the fields sent change; an explicit null clears dueOn or a link",
})
export class UpdateRecommendationInput {
  @Field(() => RecommendationStatus, { nullable: true })
  @IsOptional() @IsEnum(RecommendationStatus)
  status?: RecommendationStatus | null;

  @OptionalDate()
  dueOn?: string | null;

  @OptionalString('Added to the progress thread; required when dropping or reopening (it is the reason)')
  progressNote?: string | null;

  @ExpectedVersion()
  expectedVersion?: number | null;

  @Field(() => Int, { nullable: true, description: 'Percentage done, 0..100' })
  @IsOptional() @IsInt()
  percent?: number | null;

  @Text(true)
  text?: TextInput | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the owners' })
  @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.listMaxItems) @IsUUID('all', { each: true })
  ownerOrganizationIds?: string[] | null;

  @OptionalId()
  aboutQuestionnaireId?: string | null;

  @OptionalId()
  aboutMeetingId?: string | null;

  @OptionalId()
  aboutCommitteeId?: string | null;

  @OptionalId()
  aboutServiceId?: string | null;
}

@InputType('CreateCommitteeInput')
export class CreateCommitteeInput {
  @Field(() => ID)
  @IsUUID()
  consortiumId: string;

  @Text(false)
  name: TextInput;

  @Field(() => CommitteeKind)
  @IsEnum(CommitteeKind)
  kind: CommitteeKind;

  @Text(true)
  mandate?: TextInput | null;

  @OptionalDate()
  startsOn?: string | null;

  @OptionalDate('Required for a TEMPORARY committee; not before startsOn')
  endsOn?: string | null;

  @People()
  members?: AttendeeInput[] | null;
}

@InputType('UpdateCommitteeInput', { description: 'Only the fields sent change; an explicit null clears an optional field' })
export class UpdateCommitteeInput {
  @ExpectedVersion()
  expectedVersion?: number | null;

  @Text(true)
  name?: TextInput | null;

  @Field(() => CommitteeKind, { nullable: true })
  @IsOptional() @IsEnum(CommitteeKind)
  kind?: CommitteeKind | null;

  @Text(true)
  mandate?: TextInput | null;

  @OptionalDate()
  startsOn?: string | null;

  @OptionalDate()
  endsOn?: string | null;

  @People()
  members?: AttendeeInput[] | null;
}

@InputType('MeetingFilter')
export class MeetingFilter {
  @OptionalId()
  consortiumId?: string | null;

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional() @IsEnum(MeetingKind)
  kind?: MeetingKind | null;

  @OptionalId()
  committeeId?: string | null;

  @OptionalDate('Held on or after this day')
  from?: string | null;

  @OptionalDate('Held on or before this day')
  to?: string | null;
}

@InputType('RecommendationFilter')
export class RecommendationFilter {
  @OptionalId()
  consortiumId?: string | null;

  @Field(() => RecommendationStatus, { nullable: true })
  @IsOptional() @IsEnum(RecommendationStatus)
  status?: RecommendationStatus | null;

  @Field(() => Boolean, { nullable: true, description: "OPEN or IN_PROGRESS and past due in the consortium's calendar (false: the others)" })
  @IsOptional() @IsBoolean()
  overdue?: boolean | null;

  @OptionalId()
  ownerOrganizationId?: string | null;

  @OptionalId()
  meetingId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Those owned by the user's organisation" })
  @IsOptional() @IsBoolean()
  mine?: boolean | null;

  @OptionalId()
  aboutQuestionnaireId?: string | null;

  @OptionalId()
  aboutMeetingId?: string | null;

  @OptionalId()
  aboutCommitteeId?: string | null;

  @OptionalId()
  aboutServiceId?: string | null;
}

@InputType('CommitteeFilter')
export class CommitteeFilter {
  @OptionalId()
  consortiumId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Not past its end date in the consortium's calendar (false: ended)" })
  @IsOptional() @IsBoolean()
  active?: boolean | null;
}

@ArgsType()
export class MeetingsArgs extends PaginationArgs {
  @Field(() => MeetingFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => MeetingFilter)
  filter?: MeetingFilter | null;
}

@ArgsType()
export class RecommendationsArgs extends PaginationArgs {
  @Field(() => RecommendationFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => RecommendationFilter)
  filter?: RecommendationFilter | null;
}

@ArgsType()
export class CommitteesArgs extends PaginationArgs {
  @Field(() => CommitteeFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => CommitteeFilter)
  filter?: CommitteeFilter | null;
}
