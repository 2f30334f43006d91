import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../../src/database/migrate';

export interface ScratchDatabase {
  url: string;
  /** Drops the database (connections closed by force). */
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own on the test server (for data that must not meet the shared one's). */
export async function scratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const parsed = new URL(process.env.TEST_DATABASE_URL!);
  parsed.pathname = `/${name}`;
  const drop = async () => {
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  };
  try {
    await runMigrations(parsed.toString());
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: parsed.toString(), drop };
}
