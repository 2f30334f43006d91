import { Injectable } from '@nestjs/common';
import { JobQueue } from '../../common/jobs/job-queue';
import { AppConfig } from '../../config/app-config';
import { QuestionnaireNotificationsService } from './questionnaire-notifications.service';

export const QUESTIONNAIRE_REMINDERS_QUEUE = 'questionnaire-reminders';

/** Hourly, a few minutes past the hour: a due date changes at midnight of the consortium's time zone. */
export const QUESTIONNAIRE_REMINDERS_CRON = '7 * * * *';

/**
 * Reminds partners of questionnaires due soon or overdue, on a pg-boss schedule (one job an hour in
 * whichever process takes it). Running it twice, or in two processes at once, reminds nobody twice:
 * every reminder has its dedupe key.
 */
@Injectable()
export class QuestionnaireRemindersJob {
  constructor(
    private readonly reminders: QuestionnaireNotificationsService,
    jobs: JobQueue,
    config: AppConfig,
  ) {
    registerHourlyReminders(jobs, config, QUESTIONNAIRE_REMINDERS_QUEUE, (asOf) => this.reminders.sendDueReminders(asOf));
  }

  /**
   * One pass now, in this process (not through the queue, so that the caller sees its outcome), judged
   * as of `asOf` (default: now); the scheduled job runs the same pass over every consortium.
   */
  async runNow(asOf?: Date, consortiumId?: string): Promise<{ dueSoon: number; overdue: number }> {
    return this.reminders.sendDueReminders(asOf, consortiumId);
  }
}

/**
 * Schedules a reminders pass on the hourly cron of the process's one pg-boss (JobQueue); a job's `asOf` (ISO time)
 * judges as of that instant. Recommendation reminders share it.
 */
export function registerHourlyReminders(jobs: JobQueue, config: AppConfig, queue: string, pass: (asOf?: Date) => Promise<unknown>): void {
  jobs.register({
    queue,
    cron: QUESTIONNAIRE_REMINDERS_CRON,
    active: true,
    pollingIntervalSeconds: config.isProduction ? 30 : 1,
    handle: (data) => pass(typeof data.asOf === 'string' ? new Date(data.asOf) : undefined),
  });
}
