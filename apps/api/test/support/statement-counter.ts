import type { Logger as TypeOrmLogger } from 'typeorm';
import { runningJob } from '../../src/common/jobs/job-queue';

/**
 * Counts the SQL statements an app sends for requests (pass it as startTestApp's `sqlLogger`): DataLoader
 * and N+1 checks. Statements of background jobs (hourly reminders firing mid-test) are not counted.
 */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string) {
    if (runningJob.getStore()) return;
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}

  reset(): void {
    this.count = 0;
    this.statements = [];
  }
}
