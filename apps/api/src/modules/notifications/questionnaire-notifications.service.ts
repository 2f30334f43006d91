import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, formatCalendarDate } from '@shuraka/domain';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { LOGGER } from '../../common/logging/logger';
import { Clock } from '../../common/time/clock';
import { NotificationKind } from './notification-kinds';
import { NotificationsService } from './notifications.service';

/** "Due soon" reminders go out when the due date is this many days away, or fewer (consortium's calendar). */
export const DUE_SOON_DAYS = 3;

interface AssignmentRow {
  id: string;
  due_on: string;
  title_ar: string | null;
  title_en: string | null;
}

/** Who hears of an assignment `a`: its organisation's active PARTNER_STAFF users, read with the assignment. */
const STAFF_IDS = `ARRAY(SELECT u.id FROM app_user u WHERE u.organization_id = a.organization_id AND u.role = '${Role.PARTNER_STAFF}' AND u.active ORDER BY u.id) AS staff_ids`;

/** The title in quotes, in the other language when the questionnaire has none in this one. */
const quoted = {
  ar: (row: Pick<AssignmentRow, 'title_ar' | 'title_en'>) => `«${row.title_ar ?? row.title_en ?? ''}»`,
  en: (row: Pick<AssignmentRow, 'title_ar' | 'title_en'>) => `"${row.title_en ?? row.title_ar ?? ''}"`,
};

/**
 * Reminders about questionnaire assignments, sent to the assigned organisation's active
 * PARTNER_STAFF: due soon and overdue (by the scheduled job), "remind now" by the lead. Every one has
 * a dedupe key, so a partner hears of one due date once per kind (and of a manual reminder once per
 * day). Assignment and reopening notices are sent by the questionnaires service itself.
 */
@Injectable()
export class QuestionnaireNotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * One pass of the reminders job: every assignment not submitted whose due date, in its consortium's
   * time zone as of `asOf`, is at most DUE_SOON_DAYS away ("soon") or past ("overdue"), and whose
   * reminder of that kind for that due date was not sent. Each assignment in its own transaction.
   * `consortiumId` limits the pass to one consortium (tests judging far-off dates use it, so as not to
   * remind everybody else's partners).
   */
  async sendDueReminders(asOf: Date = this.clock.now(), consortiumId?: string): Promise<{ dueSoon: number; overdue: number }> {
    const rows: Array<AssignmentRow & { days_left: number }> = await this.dataSource.query(
      `SELECT a.id, a.due_on::text AS due_on, q.title_ar, q.title_en, (a.due_on - today) AS days_left
         FROM questionnaire_assignment a
         JOIN questionnaire q ON q.id = a.questionnaire_id
         JOIN consortium c ON c.id = q.consortium_id
         CROSS JOIN LATERAL (SELECT ($1::timestamptz AT TIME ZONE c.time_zone)::date AS today) t
        WHERE a.submitted_at IS NULL AND a.due_on - today <= $2 AND ($3::uuid IS NULL OR q.consortium_id = $3)
          AND NOT EXISTS (SELECT 1 FROM notification_dispatch d
                           WHERE d.key = 'questionnaire:' || a.id || ':' || a.due_on::text || ':' || CASE WHEN a.due_on < today THEN 'overdue' ELSE 'soon' END)
        ORDER BY a.due_on, a.id`,
      [asOf.toISOString(), DUE_SOON_DAYS, consortiumId ?? null],
    );
    const sent = { dueSoon: 0, overdue: 0 };
    for (const row of rows) {
      const overdue = row.days_left < 0;
      const done = await this.dataSource.transaction(async (manager) => {
        // Re-read under a share lock: a submission (or a new due date) racing with this run waits, or wins.
        const [still]: Array<{ staff_ids: string[] }> = await manager.query(
          `SELECT ${STAFF_IDS} FROM questionnaire_assignment a WHERE a.id = $1 AND a.submitted_at IS NULL AND a.due_on = $2::date FOR SHARE OF a`,
          [row.id, row.due_on],
        );
        if (!still) return false;
        return this.send(manager, row, still.staff_ids, {
          key: `questionnaire:${row.id}:${row.due_on}:${overdue ? 'overdue' : 'soon'}`,
          kind: overdue ? NotificationKind.QUESTIONNAIRE_OVERDUE : NotificationKind.QUESTIONNAIRE_DUE_SOON,
          title: overdue
            ? { ar: `فات موعد تسليم الاستبيان ${quoted.ar(row)}`, en: `Questionnaire ${quoted.en(row)} is overdue` }
            : { ar: `يقترب موعد تسليم الاستبيان ${quoted.ar(row)}`, en: `Questionnaire ${quoted.en(row)} is due soon` },
          body: overdue
            ? { ar: `كان موعد التسليم ${formatCalendarDate(row.due_on, 'ar')}. أكملوا الإجابات وأرسلوها في أقرب وقت.`, en: `It was due on ${formatCalendarDate(row.due_on, 'en')}. Please complete and submit your answers as soon as you can.` }
            : { ar: `موعد التسليم ${formatCalendarDate(row.due_on, 'ar')}. أكملوا الإجابات وأرسلوها قبله.`, en: `It is due on ${formatCalendarDate(row.due_on, 'en')}. Please complete and submit your answers by then.` },
        });
      });
      if (done) sent[overdue ? 'overdue' : 'dueSoon'] += 1;
    }
    if (sent.dueSoon + sent.overdue > 0) this.logger.info(sent, 'questionnaire reminders sent');
    return sent;
  }

  /**
   * Remind now: notifies every organisation that has not submitted this questionnaire, at most once per consortium
   * day each (`today`). The caller (QuestionnairesService.remindAssignees) has checked that the user manages it.
   */
  async remindPending(manager: EntityManager, questionnaireId: string, today: string): Promise<number> {
    const assignments: Array<AssignmentRow & { staff_ids: string[] }> = await manager.query(
      `SELECT a.id, a.due_on::text AS due_on, q.title_ar, q.title_en, ${STAFF_IDS}
         FROM questionnaire_assignment a JOIN questionnaire q ON q.id = a.questionnaire_id
        WHERE a.questionnaire_id = $1 AND a.submitted_at IS NULL
        ORDER BY a.id
          FOR SHARE OF a`,
      [questionnaireId],
    );
    let reminded = 0;
    for (const assignment of assignments) {
      const sent = await this.send(manager, assignment, assignment.staff_ids, {
        key: `questionnaire:${assignment.id}:${assignment.due_on}:manual:${today}`,
        kind: NotificationKind.QUESTIONNAIRE_REMINDER,
        title: { ar: `تذكير: الاستبيان ${quoted.ar(assignment)} بانتظار إجاباتكم`, en: `Reminder: questionnaire ${quoted.en(assignment)} awaits your answers` },
        body: { ar: `موعد التسليم ${formatCalendarDate(assignment.due_on, 'ar')}.`, en: `It is due on ${formatCalendarDate(assignment.due_on, 'en')}.` },
      });
      if (sent) reminded += 1;
    }
    return reminded;
  }

  /** Notifies the organisation's active partner staff (STAFF_IDS); an organisation without any keeps the key unused. */
  private async send(
    manager: EntityManager,
    assignment: AssignmentRow,
    staffIds: string[],
    message: { key: string; kind: NotificationKind; title: { ar: string; en: string }; body: { ar: string; en: string } },
  ): Promise<boolean> {
    if (staffIds.length === 0) return false;
    return this.notifications.notify(manager, {
      dedupeKey: message.key,
      userIds: staffIds,
      kind: message.kind,
      title: message.title,
      body: message.body,
      link: `/assignments/${assignment.id}`,
      email: true,
    });
  }
}
