import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue';
import { LOGGER } from '../../common/logging/logger';
import { Mailer } from '../../common/mail/mailer';
import { AppConfig } from '../../config/app-config';
import { renderNotificationMail } from './notification-mail';

export const NOTIFICATION_MAIL_QUEUE = 'send-notification-mail';

/** Attempts per e-mail; the n-th retry waits 2^n minutes, so the last is about an hour after the first. */
export const MAX_MAIL_ATTEMPTS = 6;
const BATCH = 20;

interface PendingRow {
  id: string;
  email: string;
  active: boolean;
  attempts: number;
  title_ar: string | null;
  title_en: string | null;
  body_ar: string | null;
  body_en: string | null;
  link: string | null;
}

/**
 * Sends the notifications marked `email_pending`. Each batch is claimed with FOR UPDATE SKIP LOCKED
 * and stays locked until its outcome is committed, so concurrent runs (in any process) never take the
 * same row, and a row is sent again only if the process dies between the server's "250 OK" and the
 * commit. A run is queued with every notification (after commit) and every 5 minutes for retries.
 */
@Injectable()
export class NotificationMailJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    jobs: JobQueue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    jobs.register({
      queue: NOTIFICATION_MAIL_QUEUE,
      cron: mailer.configured ? '*/5 * * * *' : null,
      active: mailer.configured,
      pollingIntervalSeconds: config.isProduction ? 2 : 0.5,
      handle: () => this.sendPending(),
    });
  }

  /** Sends what is due now; returns how many went out and how many failed (to be retried or given up). */
  async sendPending(): Promise<{ sent: number; failed: number }> {
    const outcome = { sent: 0, failed: 0 };
    if (!this.mailer.configured) return outcome;
    const tried: string[] = [];
    for (;;) {
      const claimed = await this.dataSource.transaction(async (manager) => {
        const rows: PendingRow[] = await manager.query(
          `SELECT n.id, u.email, u.active, n.email_attempts AS attempts, n.title_ar, n.title_en, n.body_ar, n.body_en, n.link
             FROM notification n JOIN app_user u ON u.id = n.user_id
            WHERE n.email_pending AND NOT (n.id = ANY($1::uuid[]))
              AND (n.email_attempted_at IS NULL OR n.email_attempted_at <= now() - make_interval(mins => power(2, n.email_attempts)::int))
            ORDER BY n.created_at
            LIMIT $2
              FOR UPDATE OF n SKIP LOCKED`,
          [tried, BATCH],
        );
        for (const row of rows) {
          tried.push(row.id);
          if (!row.active) {
            await manager.query(`UPDATE notification SET email_pending = false, email_error = 'user deactivated' WHERE id = $1`, [row.id]);
            continue;
          }
          try {
            await this.mailer.send(
              renderNotificationMail(row.email, { titleAr: row.title_ar, titleEn: row.title_en, bodyAr: row.body_ar, bodyEn: row.body_en, link: row.link }, this.config.PUBLIC_URL),
            );
            await manager.query(
              `UPDATE notification SET email_pending = false, emailed_at = now(), email_attempted_at = now(), email_attempts = email_attempts + 1, email_error = NULL WHERE id = $1`,
              [row.id],
            );
            outcome.sent += 1;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const giveUp = row.attempts + 1 >= MAX_MAIL_ATTEMPTS;
            await manager.query(
              `UPDATE notification SET email_pending = $2, email_attempted_at = now(), email_attempts = email_attempts + 1, email_error = $3 WHERE id = $1`,
              [row.id, !giveUp, message.slice(0, 1000)],
            );
            outcome.failed += 1;
            this.logger[giveUp ? 'error' : 'warn']({ notificationId: row.id, attempt: row.attempts + 1, err: error }, giveUp ? 'notification e-mail given up' : 'notification e-mail failed; will retry');
          }
        }
        return rows.length;
      });
      if (claimed < BATCH) break;
    }
    if (outcome.sent > 0) this.logger.info(outcome, 'notification e-mails sent');
    return outcome;
  }
}
