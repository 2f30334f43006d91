import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts the SQL statements an app sends (pass it as startTestApp's `sqlLogger`): DataLoader and N+1 checks. */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string) {
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
