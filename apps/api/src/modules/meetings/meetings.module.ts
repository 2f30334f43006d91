import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { CommitteesService } from './committees.service';
import { MeetingLoaders } from './meeting-loaders';
import {
  AttendeeResolver,
  CommitteeMemberResolver,
  CommitteesResolver,
  MeetingsResolver,
  ProgressNoteResolver,
  QuestionnaireRecommendationsResolver,
  RecommendationsResolver,
  ServiceRecommendationsResolver,
} from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { RecommendationsService } from './recommendations.service';

/** Meetings, committees and recommendations of consortia (issue 9; docs/meetings.md). */
@Module({
  imports: [PaginationModule],
  providers: [
    MeetingsResolver,
    RecommendationsResolver,
    CommitteesResolver,
    AttendeeResolver,
    CommitteeMemberResolver,
    ProgressNoteResolver,
    QuestionnaireRecommendationsResolver,
    ServiceRecommendationsResolver,
    MeetingsService,
    RecommendationsService,
    CommitteesService,
    MeetingLoaders,
  ],
  exports: [MeetingsService, RecommendationsService, CommitteesService, MeetingLoaders],
})
export class MeetingsModule {}
