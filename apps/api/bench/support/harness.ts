/**
 * What the end-to-end benchmarks share: a throw-away embedded PostgreSQL (or DATABASE_URL), migrated; the
 * real API started as `npm start` runs it (apps/api/src/main.ts in its own process, NODE_ENV=production,
 * over HTTP on a free port; only the per-user request rate limit is raised, and the benchmark says so);
 * access tokens; a GraphQL client over keep-alive HTTP; a closed-loop load driver (N clients for D
 * seconds → req/s and percentiles); the SQL statements a server process sent (statement-probe.ts); and
 * one `stop()` for everything, also run on SIGINT/SIGTERM.
 *
 *   const bench = await startHarness();
 *   const api = await bench.startApi();
 *   const gql = gqlClient(api.url);
 *   const load = await closedLoop({ clients: 16, durationMs: 10_000, run: () => gql(token, QUERY, {}) });
 *   await bench.stop();
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config/app-config';
import { postmasterPid, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres';
import { runMigrations } from '../../src/database/migrate';
import { TokenService } from '../../src/modules/auth/token.service';
import { percentile } from '../stats';

const ROOT = resolve(__dirname, '../../../..');
const MAIN = join(ROOT, 'apps/api/src/main.ts');
const PROBE = join(__dirname, 'statement-probe.ts');

/** The production posture, with the benchmark's own secrets; the rate limit is the one thing raised. */
export const BENCH_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
  PII_HASH_KEY: 'bench-pii-bench-pii-bench-pii-bench',
  LOG_LEVEL: 'warn',
  PORTAL_DIR: '/nonexistent',
  DEMO_DATA: 'false',
  HOST: '127.0.0.1',
  RATE_LIMIT_PER_MINUTE: '100000000',
};

export const RATE_LIMIT_NOTE = `rate limit raised to ${BENCH_ENV.RATE_LIMIT_PER_MINUTE}/min per user for the benchmark (still counted: one UPSERT per operation)`;

/** A server process the benchmark started. */
export interface ServerProcess {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  pid: number;
  /** SQL statements this process sent through `pg` since the last reset. */
  statements(): Promise<number>;
  resetStatements(): Promise<void>;
  /** CPU time (user + system) the process has used so far, ms. */
  cpuMs(): Promise<number>;
  /** Starts the V8 sampling profiler in the process (what `--cpu-prof` runs, for a chosen window). */
  startProfile(): Promise<void>;
  /** Stops it and writes the profile (`.cpuprofile`, for tools/flamegraph.mjs) to `file`. */
  stopProfile(file: string): Promise<void>;
  /** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Extra environment (over BENCH_ENV for the API). */
  env?: Record<string, string>;
  /** Write a V8 CPU profile (`--cpu-prof`) into this directory when the process exits. */
  cpuProfDir?: string;
  /** The path answering 200 once the server is ready (default /health). */
  readyPath?: string;
  /** A name for log lines. */
  name?: string;
  /** Receives the process's standard output line by line (the API's JSON log) instead of printing it. */
  onStdout?: (line: string) => void;
}

export interface BenchHarness {
  databaseUrl: string;
  /** For seeding and checking (SQL, COPY). */
  pool: pg.Pool;
  /** The real API (apps/api/src/main.ts) in its own process, as `npm start` runs it. */
  startApi(options?: StartServerOptions): Promise<ServerProcess>;
  /** Any TypeScript server script of the repository in its own process (e.g. a bare `pg` baseline); PORT is set. */
  startServer(script: string, options?: StartServerOptions): Promise<ServerProcess>;
  /** An access token as the API signs them (same secret). */
  token(userId: string, tokenVersion?: number): string;
  /**
   * CPU time (ms) the embedded PostgreSQL's processes have used so far (the postmaster and its backends, living or
   * exited, from /proc). Undefined with DATABASE_URL or without /proc.
   */
  databaseCpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** Clock ticks per second of /proc/<pid>/stat's times. */
let clockTicks: number | undefined;

/**
 * CPU time (ms) of `pid` and its children, from /proc: its own, its exited children's (reaped: cutime, cstime) and its
 * living children's; it only grows (a child's time moves from the living to the reaped). Undefined when /proc cannot tell.
 */
export function processTreeCpuMs(pid: number): number | undefined {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    let ticks = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      // After the command's closing parenthesis: state, ppid, … utime (14th field), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(entry) === pid) {
        // Its own time, and its children's that have exited (cutime, cstime: a backend's, once the postmaster reaped it).
        ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      } else if (Number(fields[1]) === pid) {
        ticks += Number(fields[11]) + Number(fields[12]);
      }
    }
    return (ticks * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export async function startHarness(options: { log?: (line: string) => void } = {}): Promise<BenchHarness> {
  const log = options.log ?? ((line: string) => console.error(`[bench] ${line}`));
  const servers = new Set<ServerProcess>();
  let database: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'shuraka-bench-'));
    database = await startEmbeddedPostgres({ dataDir, port: 55000 + Math.floor(Math.random() * 900), ephemeral: true, database: 'bench' });
    databaseUrl = database.url;
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.allSettled([...servers].map((server) => server.stop()));
      await pool.end().catch(() => undefined);
      if (database) await database.stop().catch(() => database?.kill());
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the servers and the database`);
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    await runMigrations(databaseUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  const tokens = new TokenService(loadConfig({ ...BENCH_ENV }));
  const url = databaseUrl;

  const startServer = async (script: string, serverOptions: StartServerOptions = {}): Promise<ServerProcess> => {
    const server = await spawnServer(script, { ...serverOptions, env: { DATABASE_URL: url, ...serverOptions.env } }, log);
    servers.add(server);
    return { ...server, stop: () => server.stop().finally(() => servers.delete(server)) };
  };
  return {
    databaseUrl: url,
    pool,
    startServer,
    startApi: (serverOptions = {}) => startServer(MAIN, { readyPath: '/health', name: 'api', ...serverOptions, env: { ...BENCH_ENV, ...serverOptions.env } }),
    token: (userId, tokenVersion = 0) => tokens.sign(userId, tokenVersion),
    databaseCpuMs: () => {
      const pid = dataDir ? postmasterPid(join(dataDir, 'postgres')) : undefined;
      return pid === undefined ? undefined : processTreeCpuMs(pid);
    },
    stop: async () => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      await stop();
    },
  };
}

async function spawnServer(script: string, options: StartServerOptions, log: (line: string) => void): Promise<ServerProcess> {
  const port = await freePort();
  const name = options.name ?? script;
  const args = ['-r', '@swc-node/register', '-r', PROBE];
  if (options.cpuProfDir) args.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  const child: ChildProcess = spawn(process.execPath, [...args, resolve(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', PORT: String(port), ...options.env },
    stdio: ['ignore', options.onStdout ? 'pipe' : 'inherit', 'inherit', 'ipc'],
  });
  if (options.onStdout && child.stdout) {
    const onLine = options.onStdout;
    let rest = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
  }
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (gone) throw new Error(`${name} exited before it was ready`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within 120 s`);
    }
    const status = await fetch(`${url}${options.readyPath ?? '/health'}`).then((response) => response.status, () => 0);
    if (status === 200) break;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  log(`${name} ready at ${url} (pid ${child.pid})`);

  const ask = <T>(request: { probe: string; file?: string }, answerProbe: string, read: (message: Record<string, unknown>) => T) =>
    new Promise<T>((answer, reject) => {
      const onMessage = (message: Record<string, unknown>) => {
        if (message?.probe !== answerProbe) return;
        child.off('message', onMessage);
        answer(read(message));
      };
      child.on('message', onMessage);
      if (!child.send(request)) reject(new Error(`${name}: IPC channel closed`));
    });
  const count = (message: Record<string, unknown>) => Number(message.count ?? 0);
  return {
    url,
    pid: child.pid!,
    statements: () => ask({ probe: 'statements' }, 'statements', count),
    resetStatements: async () => void (await ask({ probe: 'reset' }, 'statements', count)),
    cpuMs: () => ask({ probe: 'cpu' }, 'cpu', (message) => Number(message.micros) / 1000),
    startProfile: async () => void (await ask({ probe: 'profile-start' }, 'profile', () => null)),
    stopProfile: async (file) => {
      const written = await ask({ probe: 'profile-stop', file: resolve(file) }, 'profile', (message) => message.file);
      if (!written) throw new Error(`${name}: the profile could not be written`);
    },
    stop: async () => {
      if (gone) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A GraphQL call over keep-alive HTTP; rejects on an HTTP error or a response with `errors`. */
export type GqlCall = <T = unknown>(token: string | null, query: string, variables?: Record<string, unknown>) => Promise<T>;

/** One keep-alive agent per client set: connections are reused as a browser (or a proxy) reuses them. */
export function keepAliveAgent(maxSockets = 64): Agent {
  return new Agent({ keepAlive: true, maxSockets });
}

/** POSTs `body` as JSON to `url` and parses the JSON answer (status ≠ 200 rejects). */
export function postJson<T>(url: string, body: unknown, headers: Record<string, string>, agent: Agent): Promise<T> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise<T>((done, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
        try {
          done(JSON.parse(text) as T);
        } catch (error) {
          reject(error as Error);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** `gql(token, query, variables)` against `${baseUrl}/graphql`, returning `data`. */
export function gqlClient(baseUrl: string, agent: Agent = keepAliveAgent()): GqlCall {
  return async <T>(token: string | null, query: string, variables?: Record<string, unknown>) => {
    const body = await postJson<{ data?: T; errors?: unknown[] }>(`${baseUrl}/graphql`, { query, variables }, token ? { authorization: `Bearer ${token}` } : {}, agent);
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return body.data as T;
  };
}

export interface LoadResult {
  clients: number;
  seconds: number;
  requests: number;
  errors: number;
  firstError?: string;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  /** Every counted request's latency, ms, sorted. */
  latencies: number[];
  /** Requests answered, warm-up included. */
  completed: number;
}

/** Several runs of the same load as one (e.g. rounds alternating with a baseline's, so both meet the same background load). */
export function mergeLoads(results: LoadResult[]): LoadResult {
  const latencies = results.flatMap((result) => result.latencies).sort((a, b) => a - b);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  return {
    clients: results[0]?.clients ?? 0,
    seconds,
    requests: latencies.length,
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    firstError: results.find((result) => result.firstError)?.firstError,
    reqPerSec: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    latencies,
    completed: results.reduce((sum, result) => sum + result.completed, 0),
  };
}

/**
 * Closed loop: `clients` callers, each sending its next request as soon as the last one answered, for
 * `durationMs` after `warmupMs` (warm-up requests are not counted). Latencies in ms.
 */
/**
 * `clients` loops, each running `run` again as soon as it answers, or after `pauseMs()` (a user reading the page:
 * not counted in the latencies) when given. Without a pause the loops saturate the server (its capacity); with one
 * they behave like people using the portal at the same time.
 */
export async function closedLoop(options: { clients: number; durationMs: number; warmupMs?: number; pauseMs?: () => number; run: (client: number, counted: boolean) => Promise<unknown> }): Promise<LoadResult> {
  const { clients, durationMs, run } = options;
  const warmupEnd = Date.now() + (options.warmupMs ?? 0);
  const end = warmupEnd + durationMs;
  const latencies: number[] = [];
  let errors = 0;
  let completed = 0;
  let firstError: string | undefined;
  let measuredFrom = 0;
  const loop = async (client: number) => {
    while (Date.now() < end) {
      const start = performance.now();
      const counted = Date.now() >= warmupEnd;
      try {
        await run(client, counted);
        completed += 1;
        if (counted) latencies.push(performance.now() - start);
      } catch (error) {
        if (counted) errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs!()));
    }
  };
  setTimeout(() => (measuredFrom = performance.now()), Math.max(0, warmupEnd - Date.now())).unref();
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, client) => loop(client)));
  const seconds = (performance.now() - (measuredFrom || startedAt)) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    clients,
    seconds,
    requests: latencies.length,
    errors,
    firstError,
    reqPerSec: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    latencies,
    completed,
  };
}

/** SQL statements per call of `run`, as the server process counted them (`times` calls one after another). */
export async function statementsPerCall(server: ServerProcess, times: number, run: () => Promise<unknown>): Promise<number> {
  await run(); // warm: first-use work (prepared metadata, caches) is not what a request costs
  await server.resetStatements();
  for (let index = 0; index < times; index += 1) await run();
  return (await server.statements()) / times;
}
