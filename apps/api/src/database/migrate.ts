import { Client } from 'pg';
import type { Logger } from 'pino';
import { createDataSource } from './data-source';

/** Applies pending migrations, each in its own transaction. */
export async function runMigrations(url: string, logger?: Logger): Promise<string[]> {
  // Several API processes starting at once would each apply the same migration: one at a time.
  const lock = new Client({ connectionString: url });
  await lock.connect();
  const dataSource = createDataSource({ url, poolSize: 1 });
  try {
    await lock.query('SELECT pg_advisory_lock(727001)');
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((migration) => migration.name);
    if (names.length > 0) logger?.info({ migrations: names }, 'database migrated');
    return names;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.end();
  }
}
