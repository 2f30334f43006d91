import type { Logger } from 'pino';
import { createDataSource } from './data-source';

/** Applies pending migrations, each in its own transaction. */
export async function runMigrations(url: string, logger?: Logger): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((migration) => migration.name);
    if (names.length > 0) logger?.info({ migrations: names }, 'database migrated');
    return names;
  } finally {
    await dataSource.destroy();
  }
}
