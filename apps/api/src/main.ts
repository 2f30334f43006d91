import 'reflect-metadata';
import { createApp } from './app.factory';
import { GracefulShutdown, drainHttpServer } from './common/process/graceful-shutdown';
import { createLogger } from './common/logging/logger';
import { serializeError } from './common/logging/redact';
import { provideLocalSecrets } from './common/secrets';
import { ConfigError, loadConfig } from './config/app-config';
import { bootstrapAdmin } from './database/bootstrap-admin';
import { loadDemoData } from './database/demo/load-demo';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';

/** Requests in flight get this long to finish once a stop is asked for. */
const DRAIN_MS = 5000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  // Listening from the start: a signal during migrations or demo loading still stops PostgreSQL.
  const shutdown = new GracefulShutdown(logger);
  shutdown.listen();
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const generated = provideLocalSecrets(config);
      if (generated.length > 0) logger.info({ dataDir: config.DATA_DIR, generated }, 'generated secrets kept in DATA_DIR (owner-only)');
      logger.info({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT }, 'DATABASE_URL is not set: starting the embedded PostgreSQL');
      const embedded = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, ownSignals: true });
      shutdown.add('embedded PostgreSQL', () => embedded.stop(), () => embedded.kill());
      databaseUrl = embedded.url;
    }
    await runMigrations(databaseUrl, logger);
    const app = await createApp({ config, databaseUrl, logger });
    // Nest's close stops the job queue, then closes the connection pool.
    shutdown.add('application', () => app.close());
    const dataSource = app.get<DataSource>(getDataSourceToken());
    await bootstrapAdmin(dataSource, config, logger);
    if (config.DEMO_DATA) await loadDemoData(dataSource, logger);
    if (shutdown.requested) return;
    await app.listen(config.PORT, config.HOST);
    shutdown.add('HTTP server', () => drainHttpServer(app.getHttpServer() as Server, DRAIN_MS));
    logger.info(
      { posture: config.NODE_ENV, demo: config.DEMO_DATA },
      `Shuraka is listening on http://${config.HOST}:${config.PORT} (portal at /, GraphQL at /graphql)`,
    );
  } catch (error) {
    if (shutdown.requested) return;
    // Redacted like the log: a failed query at start-up would otherwise print its parameters.
    const { stack, message } = serializeError(error);
    console.error('Shuraka could not start:', stack ?? message);
    await shutdown.run('start-up failed', 1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
