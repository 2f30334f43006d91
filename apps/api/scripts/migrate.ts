/** npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded PostgreSQL under DATA_DIR. */
import { createLogger } from '../src/common/logging/logger';
import { loadConfig } from '../src/config/app-config';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT });
  try {
    const applied = await runMigrations(config.DATABASE_URL ?? embedded!.url, logger);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
