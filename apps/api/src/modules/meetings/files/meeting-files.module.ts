import { Module } from '@nestjs/common';
import { CalendarFeedsService } from '../calendar/calendar-feeds.service';
import { MeetingsModule } from '../meetings.module';
import { ProgressImportService } from '../progress/progress-import.service';
import { RecommendationRemindersJob } from '../reminders/recommendation-reminders.job';
import { RecommendationRemindersService } from '../reminders/recommendation-reminders.service';
import { CalendarFeedController } from './calendar-feed.controller';
import { MeetingFilesResolver } from './meeting-files.resolver';

/** Meetings' files and time: progress sheets, .ics files and calendar feeds, due-date reminders (docs/meetings.md). */
@Module({
  imports: [MeetingsModule],
  controllers: [CalendarFeedController],
  providers: [MeetingFilesResolver, ProgressImportService, CalendarFeedsService, RecommendationRemindersService, RecommendationRemindersJob],
})
export class MeetingFilesModule {}
