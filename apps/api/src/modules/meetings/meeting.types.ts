import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommitteeKind, MeetingKind, RecommendationStatus } from '@shuraka/domain';
import { LocalizedText } from '../../common/graphql/common.types';
import { Connection } from '../../common/graphql/pagination';
import { DateScalar } from '../../common/graphql/scalars';
import { ConsortiumType } from '../consortia/consortium.type';
import { OrganizationType } from '../organizations/organization.type';
import { QuestionnaireType } from '../questionnaires/questionnaire.type';
import { ServiceType } from '../services/service.type';
import { UserType } from '../users/user.type';
import type { CommitteeEntity, CommitteeMemberEntity } from './committee.entity';
import type { MeetingAttendeeEntity, MeetingEntity } from './meeting.entity';
import type { RecommendationEntity, RecommendationNoteEntity } from './recommendation.entity';

@ObjectType('Attendee', { description: 'A person at a meeting, with their organisation and title; linked to a user when they have an account' })
export class AttendeeType {
  @Field()
  name: string;

  organizationId: string | null;

  @Field(() => OrganizationType, { nullable: true })
  organization?: OrganizationType | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  userId: string | null;

  @Field(() => UserType, { nullable: true })
  user?: UserType | null;
}

@ObjectType('CommitteeMember', { description: 'A member of a committee, with their organisation and title; linked to a user when they have an account' })
export class CommitteeMemberType extends AttendeeType {}

@ObjectType('Committee', { description: 'A standing or temporary group inside a consortium, with members and a mandate' })
export class CommitteeType {
  @Field(() => ID)
  id: string;

  consortiumId: string;

  @Field(() => ConsortiumType)
  consortium?: ConsortiumType;

  @Field(() => LocalizedText)
  name: LocalizedText;

  @Field(() => CommitteeKind)
  kind: CommitteeKind;

  @Field(() => LocalizedText, { nullable: true, description: 'What the committee is to do' })
  mandate: LocalizedText | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last working day; required for a TEMPORARY committee' })
  endsOn: string | null;

  @Field({ description: "Not past its end date (in the consortium's calendar)" })
  active?: boolean;

  @Field(() => [CommitteeMemberType])
  members?: CommitteeMemberType[];

  @Field(() => [MeetingType], { description: 'Its meetings, latest first' })
  meetings?: MeetingType[];

  @Field(() => [RecommendationType], { description: 'Recommendations the user may see that are about this committee' })
  recommendations?: RecommendationType[];

  @Field(() => Int, { description: 'Grows by one per change; send it back as expectedVersion' })
  version: number;

  @Field({ description: 'Whether the user may change it' })
  canManage?: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('Meeting', { description: "A consortium's meeting: who came, what was said, what it recommended" })
export class MeetingType {
  @Field(() => ID)
  id: string;

  consortiumId: string;

  @Field(() => ConsortiumType)
  consortium?: ConsortiumType;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => LocalizedText)
  title: LocalizedText;

  @Field(() => DateScalar, { description: "The day, in the consortium's calendar" })
  heldOn: string;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => [AttendeeType], { description: 'In listed order' })
  attendees?: AttendeeType[];

  @Field(() => [RecommendationType], { description: 'Its recommendations the user may see, by number' })
  recommendations?: RecommendationType[];

  committeeId: string | null;

  @Field(() => CommitteeType, { nullable: true, description: 'The committee that met' })
  committee?: CommitteeType | null;

  @Field(() => String, { nullable: true, description: "Start time HH:MM, the consortium's local time" })
  startsAt: string | null;

  @Field(() => String, { nullable: true, description: "End time HH:MM, the consortium's local time" })
  endsAt: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown source' })
  agenda: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown source' })
  minutes: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown source' })
  decisions: string | null;

  followUpOfId: string | null;

  @Field(() => RecommendationType, { nullable: true, description: 'The recommendation this meeting was created to follow up' })
  followUpOf?: RecommendationType | null;

  @Field(() => [RecommendationType], { description: 'Recommendations the user may see that are about this meeting' })
  relatedRecommendations?: RecommendationType[];

  @Field(() => Int, { description: 'Grows by one per change; send it back as expectedVersion' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field({ description: 'Whether the user may change it and add recommendations' })
  canManage?: boolean;
}

@ObjectType('ProgressNote', { description: "An entry of a recommendation's progress thread" })
export class ProgressNoteType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  authorId: string;

  @Field(() => UserType)
  by?: UserType;

  @Field()
  note: string;

  @Field(() => Int, { nullable: true, description: 'Percentage done reported with the note (0..100)' })
  percent: number | null;

  @Field(() => RecommendationStatus, { nullable: true, description: 'Status before, when the note moved it' })
  statusFrom: RecommendationStatus | null;

  @Field(() => RecommendationStatus, { nullable: true, description: 'Status after, when the note moved it' })
  statusTo: RecommendationStatus | null;
}

@ObjectType('Recommendation', { description: 'A numbered recommendation of a meeting, owned by organisations and followed to done' })
export class RecommendationType {
  @Field(() => ID)
  id: string;

  meetingId: string;

  @Field(() => MeetingType)
  meeting?: MeetingType;

  consortiumId: string;

  @Field(() => ConsortiumType)
  consortium?: ConsortiumType;

  @Field(() => Int, { description: '1, 2, 3… per meeting, in order of creation' })
  number: number;

  @Field(() => LocalizedText)
  text: LocalizedText;

  @Field(() => [OrganizationType], { description: 'Organisations responsible for it, by name' })
  owners?: OrganizationType[];

  @Field(() => DateScalar, { nullable: true, description: "Due date in the consortium's calendar" })
  dueOn: string | null;

  @Field(() => RecommendationStatus)
  status: RecommendationStatus;

  @Field({ description: "OPEN or IN_PROGRESS and past its due date in the consortium's calendar" })
  overdue?: boolean;

  @Field(() => [ProgressNoteType], { description: 'Oldest first' })
  progress?: ProgressNoteType[];

  @Field(() => String, { nullable: true, description: 'Why it was dropped or reopened' })
  statusReason: string | null;

  @Field(() => Int, { nullable: true, description: 'Latest reported percentage done' })
  percent: number | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it became DONE or DROPPED' })
  closedAt: Date | null;

  aboutQuestionnaireId: string | null;
  aboutMeetingId: string | null;
  aboutCommitteeId: string | null;
  aboutServiceId: string | null;

  @Field(() => QuestionnaireType, { nullable: true })
  aboutQuestionnaire?: QuestionnaireType | null;

  @Field(() => MeetingType, { nullable: true })
  aboutMeeting?: MeetingType | null;

  @Field(() => CommitteeType, { nullable: true })
  aboutCommittee?: CommitteeType | null;

  @Field(() => ServiceType, { nullable: true })
  aboutService?: ServiceType | null;

  @Field({ description: 'Whether the user may change everything (text, owners, due date, links)' })
  canManage?: boolean;

  @Field({ description: 'Whether the user may add progress notes and move its status (managers and the owners’ staff)' })
  canReport?: boolean;
}

export const MeetingConnection = Connection(MeetingType, 'Meeting');
export const RecommendationConnection = Connection(RecommendationType, 'Recommendation');
export const CommitteeConnection = Connection(CommitteeType, 'Committee');

/** `HH:MM:SS` (a PostgreSQL `time`) as `HH:MM`. */
export const hhmm = (time: string | null): string | null => (time ? time.slice(0, 5) : null);

export function toPersonType(row: MeetingAttendeeEntity | CommitteeMemberEntity): AttendeeType {
  return { name: row.name, organizationId: row.organizationId, title: row.title, userId: row.userId };
}

export function toMeetingType(entity: MeetingEntity): MeetingType {
  return {
    id: entity.id,
    consortiumId: entity.consortiumId,
    kind: entity.kind,
    title: { ar: entity.titleAr, en: entity.titleEn },
    heldOn: entity.heldOn,
    location: entity.location,
    committeeId: entity.committeeId,
    startsAt: hhmm(entity.startsAt),
    endsAt: hhmm(entity.endsAt),
    agenda: entity.agenda,
    minutes: entity.minutes,
    decisions: entity.decisions,
    followUpOfId: entity.followUpOfId,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toCommitteeType(entity: CommitteeEntity): CommitteeType {
  return {
    id: entity.id,
    consortiumId: entity.consortiumId,
    name: { ar: entity.nameAr, en: entity.nameEn },
    kind: entity.kind,
    mandate: entity.mandateAr || entity.mandateEn ? { ar: entity.mandateAr, en: entity.mandateEn } : null,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toRecommendationType(entity: RecommendationEntity): RecommendationType {
  return {
    id: entity.id,
    meetingId: entity.meetingId,
    consortiumId: entity.consortiumId,
    number: entity.number,
    text: { ar: entity.textAr, en: entity.textEn },
    dueOn: entity.dueOn,
    status: entity.status,
    statusReason: entity.statusReason,
    percent: entity.percent,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    closedAt: entity.closedAt,
    aboutQuestionnaireId: entity.aboutQuestionnaireId,
    aboutMeetingId: entity.aboutMeetingId,
    aboutCommitteeId: entity.aboutCommitteeId,
    aboutServiceId: entity.aboutServiceId,
  };
}

export function toProgressNoteType(entity: RecommendationNoteEntity): ProgressNoteType {
  return {
    id: entity.id,
    at: entity.at,
    authorId: entity.authorId,
    note: entity.note,
    percent: entity.percent,
    statusFrom: entity.statusFrom,
    statusTo: entity.statusTo,
  };
}
