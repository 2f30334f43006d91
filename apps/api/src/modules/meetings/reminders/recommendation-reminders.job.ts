import { Injectable } from '@nestjs/common';
import { JobQueue } from '../../../common/jobs/job-queue';
import { AppConfig } from '../../../config/app-config';
import { registerHourlyReminders } from '../../notifications/questionnaire-reminders.job';
import { RecommendationRemindersService } from './recommendation-reminders.service';

export const RECOMMENDATION_REMINDERS_QUEUE = 'recommendation-reminders';

/**
 * Recommendation due-date reminders on the same hourly pg-boss schedule as the questionnaire reminders (the process's
 * one JobQueue): one job an hour in whichever process takes it; running it twice reminds nobody twice.
 */
@Injectable()
export class RecommendationRemindersJob {
  constructor(
    private readonly reminders: RecommendationRemindersService,
    jobs: JobQueue,
    config: AppConfig,
  ) {
    registerHourlyReminders(jobs, config, RECOMMENDATION_REMINDERS_QUEUE, (asOf) => this.reminders.sendDueReminders(asOf));
  }

  /** One pass now, in this process, as of `asOf` (default now), over one consortium or all. */
  async runNow(asOf?: Date, consortiumId?: string): Promise<{ dueSoon: number; overdue: number }> {
    return this.reminders.sendDueReminders(asOf, consortiumId);
  }
}
