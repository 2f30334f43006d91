import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { DATABASE_URL } from '../../common/database/database-url';
import { LOGGER } from '../../common/logging/logger';
import { AppConfig } from '../../config/app-config';

export const NOTIFICATION_MAIL_QUEUE = 'send-notification-mail';
export const QUESTIONNAIRE_REMINDERS_QUEUE = 'questionnaire-reminders';

export interface QueueWorker {
  queue: string;
  /** Cron expression of the schedule (pg-boss keeps it in PostgreSQL); null removes a schedule left from before. */
  cron: string | null;
  /** False: this process does not take the queue's jobs (no SMTP server for the mail queue). */
  active: boolean;
  pollingIntervalSeconds: number;
  handle(data: Record<string, unknown>): Promise<unknown>;
}

/**
 * The notifications' pg-boss queues: e-mail sending and questionnaire reminders. Workers register in
 * their constructors; bootstrap starts pg-boss, creates the queues and schedules and starts the
 * workers; shutdown lets running jobs finish (a job cut short is retried: its rows are still pending).
 */
@Injectable()
export class NotificationQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss?: PgBoss;
  private readonly workers: QueueWorker[] = [];

  constructor(
    private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  register(worker: QueueWorker): void {
    if (this.boss) throw new Error('workers register before the queue starts');
    this.workers.push(worker);
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({ connectionString: this.databaseUrl, schema: 'pgboss', max: 2, application_name: 'shuraka-notifications' });
    boss.on('error', (error) => this.logger.error({ err: error }, 'notification queue error'));
    // Same lock as the referral expiry job: processes starting together create pg-boss's schema one at a time.
    const lock = new Client({ connectionString: this.databaseUrl });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(727002)');
      await boss.start();
      for (const worker of this.workers) {
        await boss.createQueue(worker.queue);
        if (worker.cron) await boss.schedule(worker.queue, worker.cron);
        else await boss.unschedule(worker.queue);
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock(727002)').catch(() => undefined);
      await lock.end();
    }
    for (const worker of this.workers.filter((each) => each.active)) {
      await boss.work<Record<string, unknown>>(worker.queue, { pollingIntervalSeconds: worker.pollingIntervalSeconds }, async ([job]) =>
        worker.handle(job?.data ?? {}),
      );
    }
    this.boss = boss;
  }

  /**
   * Queues a mail run inside the caller's transaction: the job exists only if the notifications it is
   * for were committed, and it is taken once they are visible.
   */
  async enqueueMail(manager: EntityManager): Promise<void> {
    if (!this.boss) return; // not started (a script); the scheduled run sends the rows
    await this.boss.send(NOTIFICATION_MAIL_QUEUE, {}, {
      db: { executeSql: async (text: string, values: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
