// `npm start`: builds the API and the portal (Nx, cached), then runs the API in the production
// posture (NODE_ENV=production unless set) with the demo data (DEMO_DATA=true unless set).
//
// It exists so that stopping `npm start` stops the product: npm forwards SIGTERM/SIGINT to this
// process, which forwards them to the API and waits for it (the API drains requests, stops its jobs
// and the embedded PostgreSQL). Nx's run-commands did not forward them, leaving orphans.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:os';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The package's own `bin` entry (its exports map hides the path from require.resolve).
const NX = path.join(ROOT, 'node_modules', '.bin', 'nx');
const API = 'dist/apps/api/apps/api/src/main.js';
/** The API forces its own exit after 8 s; past this, it and its PostgreSQL are killed outright. */
const HARD_DEADLINE_MS = 9500;

const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV || 'production',
  DEMO_DATA: process.env.DEMO_DATA || 'true',
  NX_DAEMON: 'false',
};

let current; // { child, phase: 'build' | 'api' }
let firstSignalAt;

function start(phase, args) {
  // Own process group: a terminal's Ctrl-C reaches only npm and this launcher, which forwards it
  // once (the API would read a second SIGINT as "force").
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit', detached: true });
  current = { child, phase };
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function onSignal(signal) {
  if (!current) process.exit(128 + constants.signals[signal]);
  const now = Date.now();
  // The same Ctrl-C arrives twice: from the terminal and forwarded by npm.
  if (firstSignalAt !== undefined && now - firstSignalAt < 1000) return;
  if (firstSignalAt === undefined) {
    firstSignalAt = now;
    setTimeout(() => {
      console.error(`[start] the ${current.phase} did not stop within ${HARD_DEADLINE_MS} ms: killing it`);
      killGroup('SIGKILL');
      process.exit(1);
    }, HARD_DEADLINE_MS).unref();
  }
  // Nx does not forward signals to its tasks, so the whole build group gets it; the API stops its
  // PostgreSQL itself, which must not receive the signal directly.
  if (current.phase === 'build') killGroup(signal);
  else signalProcess(current.child.pid, signal);
}

function killGroup(signal) {
  signalProcess(-current.child.pid, signal);
}

function signalProcess(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

process.on('SIGTERM', () => onSignal('SIGTERM'));
process.on('SIGINT', () => onSignal('SIGINT'));
process.on('SIGHUP', () => onSignal('SIGTERM'));

const build = await start('build', [NX, 'run-many', '-t', 'build', '-p', 'api', 'portal', '--outputStyle=stream']);
if (firstSignalAt !== undefined || build.code !== 0) {
  // Stopped during the build, or the build failed: let stragglers of its group go too.
  killGroup('SIGTERM');
  process.exit(build.code ?? 1);
}
const api = await start('api', [API]);
process.exit(api.code ?? 128 + (constants.signals[api.signal] ?? 0));
