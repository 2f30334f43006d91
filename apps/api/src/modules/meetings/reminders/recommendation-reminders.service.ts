import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MemberRole, Role, formatCalendarDate } from '@shuraka/domain';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../../common/logging/logger';
import { Clock } from '../../../common/time/clock';
import { NotificationKind } from '../../notifications/notification-kinds';
import { NotificationsService } from '../../notifications/notifications.service';
import { DUE_SOON_DAYS } from '../../notifications/questionnaire-notifications.service';

interface DueRow {
  id: string;
  number: number;
  due_on: string;
  text_ar: string | null;
  text_en: string | null;
  days_left: number;
}

/** Active staff (PARTNER_STAFF, COMMITTEE_MEMBER) of the organisations owning recommendation `r`. */
const OWNER_STAFF_IDS = `ARRAY(SELECT u.id FROM recommendation_owner o JOIN app_user u ON u.organization_id = o.organization_id
   WHERE o.recommendation_id = r.id AND u.active AND u.role IN ('${Role.PARTNER_STAFF}', '${Role.COMMITTEE_MEMBER}') ORDER BY u.id) AS owner_staff_ids`;

/** Active PARTNER_STAFF of the lead organisation of `r`'s consortium: they manage, and hear when a date is missed. */
const LEAD_STAFF_IDS = `ARRAY(SELECT u.id FROM consortium_member m JOIN app_user u ON u.organization_id = m.organization_id
   WHERE m.consortium_id = r.consortium_id AND m.role = '${MemberRole.LEAD}' AND u.active AND u.role = '${Role.PARTNER_STAFF}' ORDER BY u.id) AS lead_staff_ids`;

/** Long recommendations are cut in titles; the page has the whole text. */
const SHORT = 80;
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text);

/**
 * Reminders of recommendation due dates: "due soon" to the owners' staff when the date is DUE_SOON_DAYS away or
 * nearer, "overdue" to them and to the lead's staff once the date has passed (both by the consortium's calendar).
 * Only OPEN and IN_PROGRESS recommendations are reminded. Each reminder has a dedupe key with the due date, so a
 * date is reminded once however often or wherever the job runs, and a new due date is reminded again.
 */
@Injectable()
export class RecommendationRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** One pass as of `asOf` (default now); `consortiumId` limits it to one consortium (tests judging far-off dates). */
  async sendDueReminders(asOf: Date = this.clock.now(), consortiumId?: string): Promise<{ dueSoon: number; overdue: number }> {
    const rows: DueRow[] = await this.dataSource.query(
      `SELECT r.id, r.number, r.due_on::text AS due_on, r.text_ar, r.text_en, (r.due_on - t.today) AS days_left
         FROM recommendation r
         JOIN consortium c ON c.id = r.consortium_id
         CROSS JOIN LATERAL (SELECT ($1::timestamptz AT TIME ZONE c.time_zone)::date AS today) t
        WHERE r.status IN ('OPEN', 'IN_PROGRESS') AND r.due_on IS NOT NULL AND r.due_on - t.today <= $2
          AND ($3::uuid IS NULL OR r.consortium_id = $3)
          AND NOT EXISTS (SELECT 1 FROM notification_dispatch d
                           WHERE d.key = 'recommendation:' || r.id || ':' || CASE WHEN r.due_on < t.today THEN 'overdue' ELSE 'due-soon' END || ':' || r.due_on::text)
        ORDER BY r.due_on, r.id`,
      [asOf.toISOString(), DUE_SOON_DAYS, consortiumId ?? null],
    );
    const sent = { dueSoon: 0, overdue: 0 };
    for (const row of rows) {
      const overdue = row.days_left < 0;
      const done = await this.dataSource.transaction(async (manager) => {
        // Re-read under a share lock: a status move or a new due date racing with this pass waits, or wins.
        const [still]: Array<{ owner_staff_ids: string[]; lead_staff_ids: string[] }> = await manager.query(
          `SELECT ${OWNER_STAFF_IDS}, ${LEAD_STAFF_IDS} FROM recommendation r
            WHERE r.id = $1 AND r.status IN ('OPEN', 'IN_PROGRESS') AND r.due_on = $2::date FOR SHARE OF r`,
          [row.id, row.due_on],
        );
        if (!still) return false;
        const userIds = overdue ? [...still.owner_staff_ids, ...still.lead_staff_ids] : still.owner_staff_ids;
        // Nobody to tell (no owners yet): the key stays unused, so owners added later still hear of the date.
        if (userIds.length === 0) return false;
        const ar = `«${short(row.text_ar ?? row.text_en ?? '')}»`;
        const en = `"${short(row.text_en ?? row.text_ar ?? '')}"`;
        return this.notifications.notify(manager, {
          dedupeKey: `recommendation:${row.id}:${overdue ? 'overdue' : 'due-soon'}:${row.due_on}`,
          userIds,
          kind: overdue ? NotificationKind.RECOMMENDATION_OVERDUE : NotificationKind.RECOMMENDATION_DUE_SOON,
          title: overdue
            ? { ar: `فات موعد التوصية ${row.number} ${ar}`, en: `Recommendation ${row.number} ${en} is overdue` }
            : { ar: `يقترب موعد التوصية ${row.number} ${ar}`, en: `Recommendation ${row.number} ${en} is due soon` },
          body: overdue
            ? { ar: `كان موعدها ${formatCalendarDate(row.due_on, 'ar')}. حدّثوا حالتها أو اتفقوا على موعد جديد.`, en: `It was due on ${formatCalendarDate(row.due_on, 'en')}. Please update its status or agree on a new date.` }
            : { ar: `موعدها ${formatCalendarDate(row.due_on, 'ar')}. سجّلوا ما تم إنجازه قبله.`, en: `It is due on ${formatCalendarDate(row.due_on, 'en')}. Please report its progress by then.` },
          link: `/recommendations/${row.id}`,
          email: true,
        });
      });
      if (done) sent[overdue ? 'overdue' : 'dueSoon'] += 1;
    }
    if (sent.dueSoon + sent.overdue > 0) this.logger.info(sent, 'recommendation reminders sent');
    return sent;
  }
}
