/**
 * A database holding the generated volume: DATABASE_URL, or an embedded PostgreSQL in a folder that
 * is kept between runs (generated once, reused while the options are the same) or thrown away.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { runMigrations } from '../../src/database/migrate';
import { generateVolume, volumeHandles, type VolumeHandles, type VolumeOptions } from './generate';

export interface VolumeDatabase {
  url: string;
  handles: VolumeHandles;
  /** Whether the rows were generated now (false: a kept folder with the same options was reused). */
  generated: boolean;
  stop(): Promise<void>;
}

const MARKER = 'volume.json';

function sameOptions(a: Partial<VolumeOptions>, b: Partial<VolumeOptions>): boolean {
  const keys = ['applicants', 'referrals', 'organizations', 'services', 'coordinators', 'seed'] as const;
  return keys.every((key) => a[key] === b[key]);
}

/** Whether a database (DATABASE_URL) already holds this generator's rows for these options (its administrator and as many applicants). */
async function holdsVolume(url: string, options: VolumeOptions): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ applicants: number; admin: boolean }>(
      `SELECT (SELECT count(*)::int FROM applicant) AS applicants, EXISTS (SELECT 1 FROM app_user WHERE id = $1) AS admin`,
      [volumeHandles(options).adminId],
    );
    return rows[0].admin && rows[0].applicants === options.applicants;
  } finally {
    await client.end();
  }
}

export async function openVolumeDatabase(options: VolumeOptions & { dataDir?: string; url?: string; port?: number }): Promise<VolumeDatabase> {
  const log = options.log ?? (() => undefined);
  const keep = Boolean(options.dataDir);
  const dataDir = options.url ? null : (options.dataDir ?? mkdtempSync(join(tmpdir(), 'shuraka-volume-')));
  const embedded = dataDir
    ? await startEmbeddedPostgres({ dataDir, port: options.port ?? 55000 + Math.floor(Math.random() * 900), ephemeral: !keep, database: 'volume', ownSignals: true })
    : null;
  const url = options.url ?? embedded!.url;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      await embedded?.stop().catch(() => embedded.kill());
      if (dataDir && !keep) rmSync(dataDir, { recursive: true, force: true });
    })());
  // Interrupted while generating: the embedded server stops too (the caller adds its own handlers after this returns).
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the database`);
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await runMigrations(url);
    const marker = dataDir ? join(dataDir, MARKER) : null;
    const kept = marker ? existsSync(marker) && sameOptions(JSON.parse(readFileSync(marker, 'utf8')) as Partial<VolumeOptions>, options) : await holdsVolume(url, options);
    if (kept) {
      log(`reusing the volume already in ${dataDir ?? 'DATABASE_URL'}`);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      return { url, handles: volumeHandles(options), generated: false, stop };
    }
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const handles = await generateVolume(client, options);
      if (marker) writeFileSync(marker, JSON.stringify({ ...options, log: undefined }, null, 2));
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      return { url, handles, generated: true, stop };
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
