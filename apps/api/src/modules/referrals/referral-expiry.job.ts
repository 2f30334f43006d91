import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logging/logger';
import { Clock } from '../../common/time/clock';
import { AppConfig } from '../../config/app-config';
import { DATABASE_URL } from '../../common/database/database-url';
import { ReferralsService } from './referrals.service';

export const EXPIRE_REFERRALS_QUEUE = 'expire-referrals';

/** Scheduled runs carry no data and use the clock of the process that takes them. */
interface ExpiryJobData {
  asOf?: string;
}

/**
 * Expires unanswered referrals on a schedule kept in PostgreSQL by pg-boss (no other server): every
 * REFERRAL_EXPIRY_INTERVAL_MINUTES one job runs, in whichever API process picks it up.
 */
@Injectable()
export class ReferralExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss?: PgBoss;

  constructor(
    private readonly referrals: ReferralsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({ connectionString: this.databaseUrl, schema: 'pgboss', max: 2, application_name: 'shuraka-jobs' });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
    // Processes starting at the same moment (several API instances, parallel test workers) would
    // deadlock while pg-boss creates its schema and queue; an advisory lock lets one go first.
    const lock = new Client({ connectionString: this.databaseUrl });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(727002)');
      await boss.start();
      await boss.createQueue(EXPIRE_REFERRALS_QUEUE);
      await boss.schedule(EXPIRE_REFERRALS_QUEUE, `*/${this.config.REFERRAL_EXPIRY_INTERVAL_MINUTES} * * * *`);
    } finally {
      await lock.query('SELECT pg_advisory_unlock(727002)').catch(() => undefined);
      await lock.end();
    }
    await boss.work<ExpiryJobData>(EXPIRE_REFERRALS_QUEUE, { pollingIntervalSeconds: this.config.isProduction ? 30 : 1 }, async ([job]) => {
      const asOf = job?.data?.asOf ? new Date(job.data.asOf) : undefined;
      const expired = await this.referrals.expireOverdue(asOf);
      if (expired.length > 0) this.logger.info({ count: expired.length }, 'referrals expired');
      return { expired: expired.length };
    });
    this.boss = boss;
  }

  /**
   * Queues a run now (the schedule also does, every few minutes), judged as of this process's clock:
   * whichever process takes the job expires exactly what was overdue when it was asked for.
   */
  async runNow(): Promise<string | null> {
    if (!this.boss) throw new Error('the job queue is not started');
    return this.boss.send(EXPIRE_REFERRALS_QUEUE, { asOf: this.clock.now().toISOString() } satisfies ExpiryJobData);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
