// Serves the built product the way `npm start` does (API + portal on one port, embedded
// PostgreSQL with the demo data) from a scratch data folder, for the browser tests.
const { spawn } = require('node:child_process');
const { mkdtempSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { ADMIN, DEMO_PASSWORD } = require('./accounts.cjs');

const ROOT = path.join(__dirname, '../../../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, log) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${log()}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become healthy:\n${log()}`);
}

module.exports = async function globalSetup() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'shuraka-e2e-'));
  const port = await freePort();
  // The posture `npm start` gives: NODE_ENV unset (jest's `test` removed), secrets generated into
  // the data folder at the first start.
  const env = { ...process.env };
  for (const name of ['NODE_ENV', 'JWT_SECRET', 'PII_HASH_KEY']) delete env[name];
  const child = spawn(process.execPath, ['dist/apps/api/apps/api/src/main.js'], {
    cwd: ROOT,
    env: {
      ...env,
      DATABASE_URL: '',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      DEMO_DATA: 'true',
      DEMO_PASSWORD,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);
  process.env.E2E_BASE_URL = url;
  globalThis.__SHURAKA_E2E__ = { child, dataDir };
};
