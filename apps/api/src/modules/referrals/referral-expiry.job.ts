import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { JobQueue } from '../../common/jobs/job-queue';
import { LOGGER } from '../../common/logging/logger';
import { Clock } from '../../common/time/clock';
import { AppConfig } from '../../config/app-config';
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
export class ReferralExpiryJob {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    jobs.register({
      queue: EXPIRE_REFERRALS_QUEUE,
      cron: `*/${config.REFERRAL_EXPIRY_INTERVAL_MINUTES} * * * *`,
      active: true,
      pollingIntervalSeconds: config.isProduction ? 30 : 1,
      handle: (data: ExpiryJobData) => this.expire(data),
    });
  }

  private async expire(data: ExpiryJobData): Promise<{ expired: number }> {
    const expired = await this.referrals.expireOverdue(data.asOf ? new Date(data.asOf) : undefined);
    if (expired.length > 0) this.logger.info({ count: expired.length }, 'referrals expired');
    return { expired: expired.length };
  }

  /**
   * Queues a run now (the schedule also does, every few minutes), judged as of this process's clock:
   * whichever process takes the job expires exactly what was overdue when it was asked for.
   */
  async runNow(): Promise<string | null> {
    return this.jobs.send(EXPIRE_REFERRALS_QUEUE, { asOf: this.clock.now().toISOString() } satisfies ExpiryJobData);
  }
}
