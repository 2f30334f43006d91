/**
 * planAllocation end to end through GraphQL (HTTP, auth, loading the cohort from PostgreSQL, scoring
 * and solving in the worker pool, saving the plan, answering its counts and first page) at 5,000 × 200
 * and 20,000 × 500, while a second client polls GET /health every 10 ms: end-to-end seconds, the API's
 * own phase times (from its log), and /health p50/p99 during the plans against /health alone (the
 * baseline, same run, same process). Data is written straight in SQL (seedCohort), not through the
 * API. Prints BENCH-ROW lines; asserts nothing. BENCH_CPU_PROFILE=file.cpuprofile records the API
 * process's main thread during the 5,000 × 200 plans (for `node tools/flamegraph.mjs`).
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register apps/api/bench/allocation-e2e.bench.ts
 */
import { Agent, request } from 'node:http';
import { Role } from '@shuraka/domain';
import { seedCohort } from '../test/factories/cohort';
import { percentile, table, benchRow } from './stats';
import { gqlClient, keepAliveAgent, startHarness, type ServerProcess } from './support/harness';

const SIZES = [
  { applicants: 5_000, services: 200, runs: 3, goalSeconds: 1 },
  { applicants: 20_000, services: 500, runs: 2, goalSeconds: 10 },
];
const HEALTH_GOAL_MS = 50;

const PLAN = `mutation Plan($input: PlanAllocationInput!) {
  planAllocation(input: $input) {
    id applicantCount assignedCount unassignedCount totalScore
    assignmentPage(first: 20) { totalCount edges { node { score applicant { id fullName } service { id name { ar } } } } }
  }
}`;

interface PhaseLog {
  planId: string;
  pairs: number;
  ms: Record<string, number>;
}

/** GET /health on its own connection, timed. */
function health(url: string, agent: Agent): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(`${url}/health`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(performance.now() - started));
    })
      .on('error', reject)
      .end();
  });
}

/** Polls /health every 10 ms until `stop()`; returns the latencies. */
function pollHealth(url: string): { stop: () => Promise<number[]> } {
  const agent = keepAliveAgent(1);
  const times: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        times.push(await health(url, agent));
      } catch {
        break; // the server is gone: the benchmark is stopping
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      agent.destroy();
      return times.sort((a, b) => a - b);
    },
  };
}

async function main() {
  const bench = await startHarness();
  let api: ServerProcess | undefined;
  try {
    const phases = new Map<string, PhaseLog>();
    const coordinators: Array<{ token: string; size: (typeof SIZES)[number] }> = [];
    const seeded = performance.now();
    for (const [index, size] of SIZES.entries()) {
      const [user] = (
        await bench.pool.query<{ id: string }>(`INSERT INTO app_user (email, display_name, password_hash, role) VALUES ($1, 'منسق', '!', $2) RETURNING id`, [
          `coordinator${index}@bench.example`,
          Role.COORDINATOR,
        ])
      ).rows;
      const [lead] = (await bench.pool.query<{ id: string }>(`INSERT INTO organization (name_ar, kind, search_text) VALUES ('الجهة الرائدة', 'NGO', 'الجهة الرائدة') RETURNING id`)).rows;
      const [consortium] = (await bench.pool.query<{ id: string }>(`INSERT INTO consortium (name_ar, country) VALUES ('اتحاد ' || $1, 'YE') RETURNING id`, [String(index)])).rows;
      await bench.pool.query(`INSERT INTO consortium_member (consortium_id, organization_id, role) VALUES ($1, $2, 'LEAD')`, [consortium.id, lead.id]);
      await seedCohort(bench.pool, { coordinatorId: user.id, consortiumId: consortium.id, applicants: size.applicants, services: size.services, seed: 2026 + index });
      coordinators.push({ token: bench.token(user.id), size });
    }
    await bench.pool.query('ANALYZE');
    console.error(`[bench] data written in SQL in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

    api = await bench.startApi({
      name: 'api',
      onStdout: (line) => {
        if (process.env.BENCH_API_LOG) console.error(line);
        if (!line.includes('allocation plan made')) return;
        const entry = JSON.parse(line) as { planAllocation: PhaseLog };
        phases.set(entry.planAllocation.planId, entry.planAllocation);
      },
      env: { LOG_LEVEL: 'info' },
    });
    const gql = gqlClient(api.url);

    // The baseline: /health alone, polled the same way for 3 s.
    const idle = pollHealth(api.url);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const idleTimes = await idle.stop();

    const rows: Array<Record<string, string | number>> = [];
    for (const { token, size } of coordinators) {
      const label = `${size.applicants.toLocaleString('en')} × ${size.services}`;
      const seconds: number[] = [];
      const during: number[] = [];
      let last: PhaseLog | undefined;
      let assigned = 0;
      const profile = process.env.BENCH_CPU_PROFILE;
      if (profile && size === SIZES[0]) await api.startProfile();
      for (let run = 0; run < size.runs; run++) {
        const poll = pollHealth(api.url);
        const started = performance.now();
        const data = await gql<{ planAllocation: { id: string; applicantCount: number; assignedCount: number } }>(token, PLAN, { input: { applicantIds: [], cohort: {} } });
        seconds.push((performance.now() - started) / 1000);
        during.push(...(await poll.stop()));
        assigned = data.planAllocation.assignedCount;
        for (let wait = 0; !phases.has(data.planAllocation.id) && wait < 100; wait++) await new Promise((resolve) => setTimeout(resolve, 10));
        last = phases.get(data.planAllocation.id);
      }
      if (profile && size === SIZES[0]) await api.stopProfile(profile);
      seconds.sort((a, b) => a - b);
      during.sort((a, b) => a - b);
      const median = seconds[Math.floor(seconds.length / 2)];
      const p99 = percentile(during, 99);
      const phaseText = last ? Object.entries(last.ms).map(([phase, ms]) => `${phase} ${ms} ms`).join(', ') : 'no phase log';
      rows.push({
        size: label,
        'end to end (median)': `${median.toFixed(2)} s`,
        runs: seconds.map((value) => value.toFixed(2)).join(' / '),
        pairs: last?.pairs ?? '?',
        assigned,
        '/health p50 / p99 during': `${percentile(during, 50).toFixed(1)} / ${p99.toFixed(1)} ms`,
        phases: phaseText,
      });
      benchRow({
        row: `planAllocation ${label}`,
        measure: 'end to end through GraphQL (median)',
        value: Number(median.toFixed(3)),
        unit: 's',
        goal: `≤ ${size.goalSeconds} s`,
        met: median <= size.goalSeconds,
        note: `${size.runs} runs ${seconds.map((value) => value.toFixed(2)).join('/')} s; ${last?.pairs ?? '?'} eligible pairs; phases (last run): ${phaseText}; data by SQL`,
      });
      benchRow({
        row: `planAllocation ${label}`,
        measure: '/health p99 while planning (polled every 10 ms)',
        value: Number(p99.toFixed(1)),
        unit: 'ms',
        goal: `≤ ${HEALTH_GOAL_MS} ms`,
        met: p99 <= HEALTH_GOAL_MS,
        note: `p50 ${percentile(during, 50).toFixed(1)} ms over ${during.length} requests; /health alone (same run): p50 ${percentile(idleTimes, 50).toFixed(1)} ms, p99 ${percentile(idleTimes, 99).toFixed(1)} ms`,
      });
    }
    console.log(table(rows));
    console.log(`/health alone: p50 ${percentile(idleTimes, 50).toFixed(1)} ms, p99 ${percentile(idleTimes, 99).toFixed(1)} ms over ${idleTimes.length} requests`);
  } finally {
    await bench.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
