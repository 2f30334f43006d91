/**
 * The database behind the API tests and the browser tests. With DATABASE_URL it only applies the
 * migrations there; without, it starts a throw-away embedded PostgreSQL (fast, crash-unsafe
 * settings) on a free port. Prints `READY <url>` and keeps running until its standard input closes
 * or it gets SIGTERM, then stops the server and removes its files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

async function main() {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dataDir = mkdtempSync(join(tmpdir(), 'shuraka-test-'));
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true, database: 'shuraka_test' });
    url = embedded.url;
  }
  await runMigrations(url);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  process.stdout.write(`READY ${url}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
