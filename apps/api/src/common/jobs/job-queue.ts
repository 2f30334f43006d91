import { AsyncLocalStorage } from 'node:async_hooks';
import { Global, Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { DATABASE_URL } from '../database/database-url';
import { LOGGER } from '../logging/logger';

/** The queue whose job the current code runs for (undefined in a request): lets tests tell a job's SQL from a request's. */
export const runningJob = new AsyncLocalStorage<string>();

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
 * The process's one pg-boss instance (schema `pgboss` of the application database): jobs register their
 * worker in their constructors; bootstrap starts pg-boss, creates the queues and schedules and starts the
 * workers; shutdown lets running jobs finish (a job cut short is retried).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss?: PgBoss;
  private readonly workers: QueueWorker[] = [];

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  register(worker: QueueWorker): void {
    if (this.boss) throw new Error('workers register before the queue starts');
    this.workers.push(worker);
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({ connectionString: this.databaseUrl, schema: 'pgboss', max: 2, application_name: 'shuraka-jobs' });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
    // Processes starting at the same moment (several API instances, parallel test workers) would
    // deadlock while pg-boss creates its schema and queues; an advisory lock lets one go first.
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
        runningJob.run(worker.queue, () => worker.handle(job?.data ?? {})),
      );
    }
    this.boss = boss;
  }

  get started(): boolean {
    return this.boss !== undefined;
  }

  /**
   * Queues a job; with `manager`, inside that transaction: the job exists only if the transaction
   * commits, and is taken once its rows are visible. Returns the job's id.
   */
  async send(queue: string, data: object, manager?: EntityManager): Promise<string | null> {
    if (!this.boss) throw new Error('the job queue is not started');
    const db = manager && { executeSql: async (text: string, values: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) };
    return this.boss.send(queue, data, db ? { db } : {});
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}

@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
