// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startTestDatabase } = require('./test-database.cjs');

/** Runs once before all API tests: a migrated test database; workers inherit TEST_DATABASE_URL. */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  const database = await startTestDatabase();
  (globalThis as { __SHURAKA_TEST_DB__?: unknown }).__SHURAKA_TEST_DB__ = database;
  process.env.TEST_DATABASE_URL = database.url;
}
