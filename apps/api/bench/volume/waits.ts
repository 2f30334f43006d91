/**
 * Where the time goes under concurrency (VOLUME_DIAGNOSE=1 in the volume bench): what the API's database sessions
 * are doing, sampled from `pg_stat_activity` every few milliseconds (running on CPU, or waiting: on a lock, an LWLock,
 * I/O, a parallel worker, the client), the statements that took the database's time (`pg_stat_statements`, when the
 * cluster preloads it), and, from each API process (process-probe.cjs), its event-loop delay and how many requests
 * waited for a pooled connection.
 */
import { readFileSync, rmSync } from 'node:fs';
import type pg from 'pg';

export interface ActivitySummary {
  samples: number;
  /** Sessions of the API seen running a statement, per sample (mean). */
  activeMean: number;
  activeMax: number;
  /** Share of the active-session samples per state: 'CPU' (no wait event) or `type:event`. */
  waits: Array<{ what: string; share: number }>;
}

/** Samples the API's sessions (application_name 'shuraka', parallel workers included) until `stop()`. */
export function sampleActivity(pool: pg.Pool, intervalMs = 20): { stop(): Promise<ActivitySummary> } {
  const counts = new Map<string, number>();
  let samples = 0;
  let activeTotal = 0;
  let activeMax = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await pool.query<{ what: string; n: number }>(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS what, count(*)::int AS n
           FROM pg_stat_activity
          WHERE state = 'active' AND pid <> pg_backend_pid()
            AND (application_name = 'shuraka' OR (backend_type = 'parallel worker' AND leader_pid IS NOT NULL))
          GROUP BY 1`,
      );
      let active = 0;
      for (const row of rows) {
        counts.set(row.what, (counts.get(row.what) ?? 0) + row.n);
        active += row.n;
      }
      samples += 1;
      activeTotal += active;
      activeMax = Math.max(activeMax, active);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      const total = [...counts.values()].reduce((sum, n) => sum + n, 0) || 1;
      const waits = [...counts.entries()].map(([what, n]) => ({ what, share: n / total })).sort((a, b) => b.share - a.share);
      return { samples, activeMean: activeTotal / Math.max(1, samples), activeMax, waits };
    },
  };
}

export interface StatementTime {
  query: string;
  calls: number;
  meanMs: number;
  totalMs: number;
}

/** Whether pg_stat_statements is loaded (the cluster needs `shared_preload_libraries = 'pg_stat_statements'`). */
export async function statementStats(pool: pg.Pool): Promise<{ reset(): Promise<void>; totalMs(): Promise<number>; top(limit: number): Promise<StatementTime[]> } | null> {
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await pool.query('SELECT pg_stat_statements_reset()');
  } catch {
    return null;
  }
  return {
    reset: async () => void (await pool.query('SELECT pg_stat_statements_reset()')),
    totalMs: async () => (await pool.query<{ ms: number }>(`SELECT coalesce(sum(total_exec_time), 0)::float8 AS ms FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat%'`)).rows[0].ms,
    top: async (limit) =>
      (
        await pool.query<StatementTime>(
          `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query, calls::int, round(mean_exec_time::numeric, 2)::float8 AS "meanMs", round(total_exec_time::numeric, 0)::float8 AS "totalMs"
             FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat%' ORDER BY total_exec_time DESC LIMIT $1`,
          [limit],
        )
      ).rows,
  };
}

export interface ProcessStats {
  /** Event-loop delay over the window, ms. */
  loopP50: number;
  loopP99: number;
  loopMax: number;
  /** Requests that waited for one of the pool's connections (the most at one time, mean over 50 ms samples). */
  poolWaitingMax: number;
  poolWaitingMean: number;
  poolTotalMax: number;
}

/** The process probe's latest window (`reset` starts a new one), read from the file it writes. */
export function readProcessStats(file: string): ProcessStats | null {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    return JSON.parse(lines[lines.length - 1]) as ProcessStats;
  } catch {
    return null;
  }
}

export function clearProcessStats(file: string): void {
  rmSync(file, { force: true });
}
