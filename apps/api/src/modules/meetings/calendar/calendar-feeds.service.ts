import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RecommendationStatus, type Role } from '@shuraka/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user';
import { Clock } from '../../../common/time/clock';
import { AppConfig } from '../../../config/app-config';
import { fileDownload, safeFileName, type FileDownloadType } from '../../questionnaires/exports/file-download.type';
import { type ConsortiumAccess, consortiumAccess } from '../meeting-access';
import { visibleMeeting } from '../meeting-loaders';
import { MeetingsService } from '../meetings.service';
import { buildCalendar, type CalendarDueDate, type CalendarMeeting } from './meeting-calendar';
import { feedTokenOf, feedUrl, hashFeedToken, newFeedToken } from './feed-token';

/** Most meetings a feed carries (the newest); a calendar client has no use for an endless feed. */
export const FEED_MAX_MEETINGS = 2000;
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
const FEED_NAME = 'شركاء — Shuraka';

interface MeetingRow {
  id: string;
  title_ar: string | null;
  title_en: string | null;
  held_on: string;
  starts_at: string | null;
  ends_at: string | null;
  location: string | null;
  version: number;
  updated_at: Date;
  time_zone: string;
  consortium_ar: string | null;
  consortium_en: string | null;
}

const toCalendarMeeting = (row: MeetingRow): CalendarMeeting => ({
  id: row.id,
  title: { ar: row.title_ar, en: row.title_en },
  heldOn: row.held_on,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  timeZone: row.time_zone,
  location: row.location,
  consortium: { ar: row.consortium_ar, en: row.consortium_en },
  version: row.version,
  updatedAt: new Date(row.updated_at),
});

/**
 * Calendars of meetings: each user's secret feed (`GET /calendar/<token>.ics`: the meetings they may read and the
 * due dates of the open recommendations they manage or own) and one meeting as an .ics download.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The user's feed (when it was made, when a client last fetched it), or null when they have none. */
  async status(user: AuthUser): Promise<{ createdAt: Date; lastUsedAt: Date | null } | null> {
    const [row]: Array<{ created_at: Date; last_used_at: Date | null }> = await this.dataSource.query(
      'SELECT created_at, last_used_at FROM calendar_feed WHERE user_id = $1',
      [user.id],
    );
    return row ? { createdAt: row.created_at, lastUsedAt: row.last_used_at } : null;
  }

  /**
   * A new secret feed address for the user; any previous one stops working. The address is under PUBLIC_URL when set,
   * else under `requestOrigin` (where the request came to). Only the token's hash is stored: the URL is shown once.
   */
  async create(user: AuthUser, requestOrigin: string): Promise<{ url: string; createdAt: Date }> {
    const { token, hash } = newFeedToken();
    const [row]: Array<{ created_at: Date }> = await this.dataSource.query(
      `INSERT INTO calendar_feed (user_id, token_hash, created_at, last_used_at) VALUES ($1, $2, $3, NULL)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at, last_used_at = NULL
       RETURNING created_at`,
      [user.id, hash, this.clock.now()],
    );
    return { url: feedUrl(token, this.config.PUBLIC_URL ?? requestOrigin), createdAt: row.created_at };
  }

  /** Ends the user's feed; false when they had none. */
  async revoke(user: AuthUser): Promise<boolean> {
    return revokeCalendarFeeds(this.dataSource.manager, user.id);
  }

  /**
   * The feed behind a path's file name (`<token>.ics`), or null (404) when the token is unknown, revoked, or its user
   * deactivated. Marks the feed used, at most once a minute (clients poll; a write per poll is waste).
   */
  async feed(fileName: string): Promise<string | null> {
    const token = feedTokenOf(fileName);
    if (!token) return null;
    const [owner]: Array<{ id: string; email: string; role: Role; organization_id: string | null }> = await this.dataSource.query(
      `SELECT u.id, u.email, u.role, u.organization_id FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
        WHERE f.token_hash = $1 AND u.active`,
      [hashFeedToken(token)],
    );
    if (!owner) return null;
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE calendar_feed SET last_used_at = $2 WHERE user_id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
      [owner.id, now],
    );
    const user: AuthUser = { id: owner.id, email: owner.email, role: owner.role, organizationId: owner.organization_id };
    const access = await consortiumAccess(this.dataSource.manager, user);
    const [meetings, dueDates] = await Promise.all([this.feedMeetings(access), this.feedDueDates(access)]);
    return buildCalendar({ name: FEED_NAME, meetings, dueDates, publicUrl: this.config.PUBLIC_URL, stamp: now, refreshSeconds: 3600 });
  }

  /** One meeting as an .ics file, for whoever may read it (NOT_FOUND otherwise). */
  async meetingIcs(user: AuthUser, meetingId: string): Promise<FileDownloadType> {
    const meeting = await this.meetings.get(user, meetingId);
    const [row] = await this.meetingRows().andWhere('m.id = :id', { id: meeting.id }).getRawMany<MeetingRow>();
    const text = buildCalendar({ name: FEED_NAME, meetings: [toCalendarMeeting(row)], publicUrl: this.config.PUBLIC_URL, stamp: this.clock.now() });
    const base = `meeting-${row.held_on}-${row.title_en ?? ''}`;
    return fileDownload(safeFileName(base, 'ics'), ICS_CONTENT_TYPE, Buffer.from(text, 'utf8'));
  }

  private meetingRows() {
    return this.dataSource
      .createQueryBuilder()
      .from('meeting', 'm')
      .innerJoin('consortium', 'c', 'c.id = m.consortium_id')
      .select([
        'm.id AS id',
        'm.title_ar AS title_ar',
        'm.title_en AS title_en',
        'm.held_on::text AS held_on',
        `to_char(m.starts_at, 'HH24:MI') AS starts_at`,
        `to_char(m.ends_at, 'HH24:MI') AS ends_at`,
        'm.location AS location',
        'm.version AS version',
        'm.updated_at AS updated_at',
        'c.time_zone AS time_zone',
        'c.name_ar AS consortium_ar',
        'c.name_en AS consortium_en',
      ]);
  }

  private async feedMeetings(access: ConsortiumAccess): Promise<CalendarMeeting[]> {
    const visible = visibleMeeting(access);
    const rows = await this.meetingRows()
      .where(visible.sql, visible.params)
      .orderBy('m.held_on', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .limit(FEED_MAX_MEETINGS)
      .getRawMany<MeetingRow>();
    return rows.map(toCalendarMeeting);
  }

  /** Due dates of the open recommendations the user manages (their consortia) or reports on (their organisation owns). */
  private async feedDueDates(access: ConsortiumAccess): Promise<CalendarDueDate[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .from('recommendation', 'r')
      .innerJoin('meeting', 'm', 'm.id = r.meeting_id')
      .select([
        'r.id AS id',
        'r.number AS number',
        'r.text_ar AS text_ar',
        'r.text_en AS text_en',
        'r.due_on::text AS due_on',
        'r.version AS version',
        'r.updated_at AS updated_at',
        'm.title_ar AS meeting_ar',
        'm.title_en AS meeting_en',
      ])
      .where('r.due_on IS NOT NULL')
      .andWhere('r.status IN (:...open)', { open: [RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS] });
    if (!access.all) {
      query.andWhere(
        `(r.consortium_id = ANY(:manage::uuid[]) OR EXISTS (SELECT 1 FROM recommendation_owner o WHERE o.recommendation_id = r.id AND o.organization_id = :organizationId))`,
        { manage: access.manage, organizationId: access.organizationId },
      );
    }
    const rows: Array<{
      id: string;
      number: number;
      text_ar: string | null;
      text_en: string | null;
      due_on: string;
      version: number;
      updated_at: Date;
      meeting_ar: string | null;
      meeting_en: string | null;
    }> = await query.orderBy('r.due_on', 'DESC').addOrderBy('r.id', 'ASC').limit(FEED_MAX_MEETINGS).getRawMany();
    return rows.map((row) => ({
      id: row.id,
      number: row.number,
      text: { ar: row.text_ar, en: row.text_en },
      dueOn: row.due_on,
      meetingTitle: { ar: row.meeting_ar, en: row.meeting_en },
      version: row.version,
      updatedAt: new Date(row.updated_at),
    }));
  }
}

/** Deletes a user's calendar feed, in the caller's transaction (deactivation ends it too); true when there was one. */
export async function revokeCalendarFeeds(manager: EntityManager, userId: string): Promise<boolean> {
  const [, count] = (await manager.query('DELETE FROM calendar_feed WHERE user_id = $1', [userId])) as [unknown, number];
  return count > 0;
}
