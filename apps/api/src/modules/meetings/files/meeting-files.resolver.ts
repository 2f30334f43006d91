import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../../common/auth/current-user.decorator';
import { AnySignedIn } from '../../../common/auth/roles.decorator';
import type { RequestContext } from '../../../common/graphql/context';
import { ExportFormat, FileDownloadType } from '../../questionnaires/exports/file-download.type';
import { CalendarFeedsService } from '../calendar/calendar-feeds.service';
import { MeetingType, toRecommendationType } from '../meeting.types';
import { ProgressImportService } from '../progress/progress-import.service';
import { CalendarFeedStatusType, CalendarFeedType, ImportRecommendationUpdatesInput, RecommendationUpdatesResultType } from './meeting-files.types';

/** Files and calendars of meetings: progress sheets in and out, .ics downloads and the user's calendar feed. */
@Resolver(() => MeetingType)
export class MeetingFilesResolver {
  constructor(
    private readonly progress: ProgressImportService,
    private readonly calendars: CalendarFeedsService,
  ) {}

  @ResolveField(() => FileDownloadType, { description: 'This meeting as an iCalendar file (text/calendar), times in the consortium\'s zone' })
  ics(@CurrentUser() user: AuthUser, @Parent() meeting: MeetingType) {
    return this.calendars.meetingIcs(user, meeting.id);
  }

  @ResolveField(() => FileDownloadType, {
    description: 'Its recommendations as a progress sheet to fill in (number, recommendation, status, note, percent); headers in the language of Accept-Language',
  })
  progressTemplate(
    @CurrentUser() user: AuthUser,
    @Ctx() ctx: RequestContext,
    @Parent() meeting: MeetingType,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ) {
    return this.progress.template(user, meeting.id, format, ctx.locale);
  }

  @Mutation(() => RecommendationUpdatesResultType, {
    description:
      "Applies a progress sheet (CSV or XLSX) to a meeting's recommendations, every row by updateRecommendation's rules; any bad row: BAD_USER_INPUT with one fieldError per bad row (field `file`, `row`, `column`) and nothing changes",
  })
  @AnySignedIn()
  async importRecommendationUpdates(@CurrentUser() user: AuthUser, @Args('input') input: ImportRecommendationUpdatesInput): Promise<RecommendationUpdatesResultType> {
    const result = await this.progress.importUpdates(user, input);
    return { updated: result.updated, recommendations: result.recommendations.map(toRecommendationType) };
  }

  @Query(() => CalendarFeedStatusType, { nullable: true, description: "The signed-in user's calendar feed; null when they have none" })
  @AnySignedIn()
  calendarFeed(@CurrentUser() user: AuthUser) {
    return this.calendars.status(user);
  }

  @Mutation(() => CalendarFeedType, { description: 'A new secret calendar feed URL for the signed-in user; any previous one stops working' })
  @AnySignedIn()
  createCalendarFeed(@CurrentUser() user: AuthUser, @Ctx() ctx: RequestContext) {
    return this.calendars.create(user, `${ctx.req.protocol}://${ctx.req.get('host') ?? 'localhost'}`);
  }

  @Mutation(() => Boolean, { description: "Ends the signed-in user's calendar feed; false when there was none" })
  @AnySignedIn()
  revokeCalendarFeed(@CurrentUser() user: AuthUser) {
    return this.calendars.revoke(user);
  }
}
