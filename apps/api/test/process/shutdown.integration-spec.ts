import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The real `npm start` (build through Nx, cached after the first run, then the API on an embedded
 * PostgreSQL), stopped the way a supervisor, a container runtime or a terminal stops it.
 */
const ROOT = resolve(__dirname, '../../../..');
const STOP_BUDGET_MS = 10_000;

jest.setTimeout(400_000);

interface Proc {
  pid: number;
  command: string;
  startTime: string;
}

/** The process and its descendants, from /proc (start time guards against reused ids). */
function processTree(root: number): Proc[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is NonNullable<ReturnType<typeof readStat>> => stat !== undefined);
  const tree: Proc[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    const stat = all.find((entry) => entry.pid === pid);
    const command = stat && readCommand(pid);
    if (!stat || command === undefined) continue; // exited meanwhile
    tree.push({ pid, command, startTime: stat.startTime });
    queue.push(...all.filter((entry) => entry.ppid === pid).map((entry) => entry.pid));
  }
  return tree;
}

function readCommand(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return undefined;
  }
}

function readStat(pid: number): { pid: number; ppid: number; state: string; startTime: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself hold spaces or parentheses.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, state: fields[0], ppid: Number(fields[1]), startTime: fields[19] };
  } catch {
    return undefined;
  }
}

/** Still running: same process (start time), not a zombie waiting to be reaped. */
function alive(proc: Proc): boolean {
  const stat = readStat(proc.pid);
  return stat !== undefined && stat.startTime === proc.startTime && stat.state !== 'Z';
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** DBState in global/pg_control (offset 16 on every supported version): 1 = shut down cleanly, 6 = in production. */
function clusterState(databaseDir: string): number {
  return readFileSync(join(databaseDir, 'global', 'pg_control')).readUInt32LE(16);
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited early (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`npm start did not become healthy:\n${output()}`);
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shuraka-start-'));
  const databaseDir = join(dataDir, 'postgres');
  const children: ChildProcess[] = [];

  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  function launch(port: number, embeddedPort: number) {
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NX_'))),
      NX_DAEMON: 'false',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(embeddedPort),
      LOG_LEVEL: 'warn',
    };
    // What someone who types `npm start` has: no NODE_ENV (jest sets `test`), no database, no secrets.
    for (const name of ['NODE_ENV', 'DATABASE_URL', 'TEST_DATABASE_URL', 'JWT_SECRET', 'PII_HASH_KEY', 'DEMO_DATA']) delete env[name];
    // Its own process group, like a shell's job: the test can send a terminal's Ctrl-C to the group.
    const npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.push(npm);
    let output = '';
    npm.stdout!.on('data', (chunk) => (output += chunk));
    npm.stderr!.on('data', (chunk) => (output += chunk));
    return { npm, output: () => output };
  }

  async function startProduct() {
    const port = await freePort();
    const embeddedPort = await freePort();
    const { npm, output } = launch(port, embeddedPort);
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, npm, output);
    return { npm, url, port, embeddedPort, output };
  }

  async function stopAndMeasure(started: Awaited<ReturnType<typeof startProduct>>, send: () => void) {
    const tree = processTree(started.npm.pid!);
    const commands = tree.map((proc) => proc.command).join('\n');
    // npm, the launcher, the API and PostgreSQL (with its workers) are all recorded before the signal.
    expect(commands).toMatch(/npm start/);
    expect(commands).toMatch(/tools\/start\.mjs/);
    expect(commands).toMatch(/dist\/apps\/api\/apps\/api\/src\/main\.js/);
    expect(commands).toMatch(/bin\/postgres -D/);
    expect(existsSync(join(databaseDir, 'postmaster.pid'))).toBe(true);
    expect(clusterState(databaseDir)).toBe(6);
    const signalledAt = Date.now();
    send();
    while (tree.some(alive) && Date.now() - signalledAt < STOP_BUDGET_MS + 5000) await new Promise((done) => setTimeout(done, 50));
    const seconds = (Date.now() - signalledAt) / 1000;
    const left = tree.filter(alive).map((proc) => `${proc.pid} ${proc.command}`);
    expect({ left, output: left.length > 0 ? started.output() : '' }).toEqual({ left: [], output: '' });
    expect(seconds).toBeLessThan(STOP_BUDGET_MS / 1000);
    expect(await listening(started.port)).toBe(false);
    expect(await listening(started.embeddedPort)).toBe(false);
    expect(existsSync(join(databaseDir, 'postmaster.pid'))).toBe(false);
    expect(clusterState(databaseDir)).toBe(1);
    console.log(`clean stop in ${seconds.toFixed(2)} s`);
    return seconds;
  }

  it('serves the production posture with the demo data, and SIGTERM to npm stops every process within 10 s', async () => {
    const started = await startProduct();
    const health = await fetch(`${started.url}/health`);
    expect(health.headers.get('content-security-policy')).toContain("default-src 'self'");
    const introspection = await fetch(`${started.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    const introspected = (await introspection.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    expect(introspected.data).toBeUndefined();
    expect(introspected.errors?.[0]?.message).toMatch(/introspection/i);
    const graphiql = await fetch(`${started.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).not.toMatch(/graphiql/i);
    const info = await fetch(`${started.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ systemInfo { demo } }' }),
    });
    expect(await info.json()).toEqual({ data: { systemInfo: { demo: true } } });
    // Printed once, on the console, at the first start.
    expect(started.output()).toMatch(/share the password: \S+/);

    await stopAndMeasure(started, () => process.kill(started.npm.pid!, 'SIGTERM'));
    // npm is gone from /proc (or a zombie) a moment before Node reports its exit.
    const npm = started.npm;
    if (npm.exitCode === null && npm.signalCode === null) await new Promise((done) => npm.once('exit', done));
    expect(npm.exitCode).toBe(0);
  });

  it('SIGINT to npm stops every process within 10 s, the cluster shut down cleanly', async () => {
    const started = await startProduct();
    expect(started.output()).not.toMatch(/share the password/);
    await stopAndMeasure(started, () => process.kill(started.npm.pid!, 'SIGINT'));
  });

  it("a terminal's Ctrl-C (SIGINT to npm's whole process group) stops it as cleanly", async () => {
    const started = await startProduct();
    await stopAndMeasure(started, () => process.kill(-started.npm.pid!, 'SIGINT'));
  });

  it('stops the embedded PostgreSQL it started when the start-up fails later (the port is taken)', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', () => done()));
    const port = (taken.address() as { port: number }).port;
    try {
      const embeddedPort = await freePort();
      const { npm, output } = launch(port, embeddedPort);
      let postgres: Proc | undefined;
      while (npm.exitCode === null) {
        postgres ??= processTree(npm.pid!).find((proc) => /bin\/postgres -D/.test(proc.command));
        await new Promise((done) => setTimeout(done, 50));
      }
      expect(output()).toMatch(/could not start[\s\S]*EADDRINUSE/);
      expect(npm.exitCode).not.toBe(0);
      expect(postgres).toBeDefined();
      expect(alive(postgres!)).toBe(false);
      expect(await listening(embeddedPort)).toBe(false);
      expect(existsSync(join(databaseDir, 'postmaster.pid'))).toBe(false);
      expect(clusterState(databaseDir)).toBe(1);
    } finally {
      taken.close();
    }
  });
});
