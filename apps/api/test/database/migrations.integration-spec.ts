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

  it('move existing phone numbers to E.164 with the consortium calling code, leaving a number that would collide as it was', async () => {
    await withScratchDatabase(async (url) => {
      await runMigrations(url);
      const dataSource = createDataSource({ url });
      await dataSource.initialize();
      try {
        // Back to just before the phones migration (the ones after it are undone as well).
        for (let undone = ''; !undone.startsWith('ApplicantCorrectionsAndPhones'); ) {
          const [last]: Array<{ name: string }> = await dataSource.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
          undone = last.name;
          await dataSource.undoLastMigration({ transaction: 'each' });
        }
        const [user] = await dataSource.query(
          `INSERT INTO app_user (email, display_name, password_hash, role) VALUES ('c@example.org', 'C', 'x', 'COORDINATOR') RETURNING id`,
        );
        const [consortium] = await dataSource.query(`INSERT INTO consortium (name_ar, country) VALUES ('اتحاد', 'YE') RETURNING id`);
        const insert = (name: string, phone: string, birthDate: string | null, consortiumId: string | null) =>
          dataSource.query(
            `INSERT INTO applicant (full_name, category, gender, birth_date, governorate, phone, needs, consent_given_at, consortium_id, registered_by_id, search_text)
             VALUES ($1::text, 'DROPOUT', 'FEMALE', $3::date, 'YE-HD', $2::text, '{}', now(), $4::uuid, $5::uuid, $1::text || ' ' || $2::text) RETURNING id`,
            [name, phone, birthDate, consortiumId, user.id],
          ).then(([row]: Array<{ id: string }>) => row.id);
        const local = await insert('أ', '777123456', '2000-01-01', consortium.id);
        const trunk = await insert('ب', '0777123457', null, consortium.id);
        const international = await insert('ج', '00966501234567', null, null);
        const noCode = await insert('د', '777123458', null, null);
        const collides = await insert('هـ', '+967777123456', '2000-01-01', null);
        await runMigrations(url);
        const rows: Array<{ id: string; phone: string; search_text: string }> = await dataSource.query('SELECT id, phone, search_text FROM applicant');
        const phoneOf = (id: string) => rows.find((row) => row.id === id)!;
        expect(phoneOf(trunk)).toMatchObject({ phone: '+967777123457', search_text: 'ب +967777123457' });
        expect(phoneOf(international).phone).toBe('+966501234567');
        expect(phoneOf(noCode).phone).toBe('777123458');
        expect(phoneOf(collides).phone).toBe('+967777123456');
        expect(phoneOf(local).phone).toBe('777123456');
        const [row] = await dataSource.query('SELECT default_calling_code FROM consortium WHERE id = $1', [consortium.id]);
        expect(row.default_calling_code).toBe('967');
      } finally {
        await dataSource.destroy();
      }
    });
  });
});
