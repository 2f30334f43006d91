import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../../src/database/data-source';
import { runMigrations } from '../../src/database/migrate';
import { schemaDiff } from '../../src/database/schema-drift';

/** A fresh database on the test server, dropped afterwards. */
async function withScratchDatabase(run: (url: string) => Promise<void>): Promise<void> {
  const base = new URL(process.env.TEST_DATABASE_URL!);
  const name = `scratch_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(base.toString());
    url.pathname = `/${name}`;
    await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe('migrations', () => {
  it('agree with the entities (no schema drift)', async () => {
    const dataSource = createDataSource({ url: process.env.TEST_DATABASE_URL! });
    await dataSource.initialize();
    try {
      expect(await schemaDiff(dataSource)).toEqual({ up: [], down: [] });
    } finally {
      await dataSource.destroy();
    }
  });

  it('run on an empty database, revert completely with their `down`, and run again', async () => {
    await withScratchDatabase(async (url) => {
      const applied = await runMigrations(url);
      expect(applied.length).toBeGreaterThan(0);
      const dataSource = createDataSource({ url });
      await dataSource.initialize();
      try {
        for (let index = 0; index < applied.length; index += 1) await dataSource.undoLastMigration({ transaction: 'each' });
        const tables = await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
        expect(tables).toEqual([]);
        const types = await dataSource.query(`SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`);
        expect(types).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
      expect(await runMigrations(url)).toEqual(applied);
    });
  });
});
