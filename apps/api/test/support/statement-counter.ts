import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts the SQL statements the app sends (pass it as startTestApp's `sqlLogger`). */
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

  reset() {
    this.count = 0;
    this.statements = [];
  }
}
