import 'reflect-metadata';
import { createApp } from './app.factory';
import { createLogger } from './common/logging/logger';
import { ConfigError, loadConfig } from './config/app-config';
import { bootstrapAdmin } from './database/bootstrap-admin';
import { loadDemoData } from './database/demo/load-demo';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    logger.info({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT }, 'DATABASE_URL is not set: starting the embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT });
    databaseUrl = embedded.url;
  }
  await runMigrations(databaseUrl, logger);
  const app = await createApp({ config, databaseUrl, logger });
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await bootstrapAdmin(dataSource, config, logger);
  if (config.DEMO_DATA) await loadDemoData(dataSource, logger);
  await app.listen(config.PORT, config.HOST);
  logger.info(`Shuraka is listening on http://${config.HOST}:${config.PORT} (portal at /, GraphQL at /graphql)`);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Shuraka could not start:', error);
  }
  process.exit(1);
});
