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
    jobs.register({
      queue: QUESTIONNAIRE_REMINDERS_QUEUE,
      cron: QUESTIONNAIRE_REMINDERS_CRON,
      active: true,
      pollingIntervalSeconds: config.isProduction ? 30 : 1,
      handle: (data) => this.reminders.sendDueReminders(typeof data.asOf === 'string' ? new Date(data.asOf) : undefined),
    });
  }

  /**
   * One pass now, in this process (not through the queue, so that the caller sees its outcome), judged
   * as of `asOf` (default: now); the scheduled job runs the same pass over every consortium.
   */
  async runNow(asOf?: Date, consortiumId?: string): Promise<{ dueSoon: number; overdue: number }> {
    return this.reminders.sendDueReminders(asOf, consortiumId);
  }
}
