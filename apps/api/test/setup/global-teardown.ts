export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __SHURAKA_TEST_DB__?: { stop(): Promise<void> } }).__SHURAKA_TEST_DB__;
  await database?.stop();
}
