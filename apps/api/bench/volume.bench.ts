/**
 * A national programme's volume: 1 M applicants and 1 M referrals (bench/volume/generate.ts), two API
 * processes on the same database (apps/api/src/main.ts as `npm start` runs it), and through GraphQL
 * the pages users wait for: the coordinator's applicant list, applicant search (an Arabic name
 * fragment, a phone fragment), next pages, the partner's inbox and the dashboard. Alone (one request
 * at a time, as the busiest coordinator and the busiest partner: p50/p95); then 50 distinct signed-in users at once
 * (40 coordinators of different offices, each with their own list, and 10 partners' staff, each with their own
 * inbox; the busiest coordinator and the busiest partner among them), each loading a page and reading it for
 * 1–3 s, spread over both processes: p95 per page type over all users (the goal); then, as a capacity row with no
 * goal, 50 loops signed in as the same two busiest accounts without a pause (the servers saturated).
 *
 * VOLUME_DIAGNOSE=1 also samples, during each concurrent phase, what the API's database sessions wait on
 * (pg_stat_activity), the statements that took the database's time (pg_stat_statements, if the cluster preloads
 * it), and each API process's event-loop delay and pool queue (volume/process-probe.cjs). VOLUME_DASHBOARD=0 skips
 * the dashboard rows.
 *
 * Sizes: VOLUME_APPLICANTS / VOLUME_REFERRALS (default 1,000,000 each). VOLUME_DATA_DIR keeps the
 * generated cluster in that folder and reuses it on the next run (otherwise a throw-away one);
 * DATABASE_URL uses that database (it must be migrated and empty, or hold this generator's rows).
 * Next pages are measured as the portal asks for them now (no totalCount) and, in the same run, as
 * it asked before (totalCount on every page): that ratio is the count's cost.
 */
import 'reflect-metadata';
import { closedLoop, gqlClient, keepAliveAgent, RATE_LIMIT_NOTE, startHarness, type GqlCall } from './support/harness';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { benchRow, percentile, table, timeRuns } from './stats';
import { dashboardBaselineRows } from './volume-dashboard';
import { openVolumeDatabase } from './volume/database';
import { DEFAULT_VOLUME, volumeId } from './volume/generate';
import { clearProcessStats, readProcessStats, sampleActivity, statementStats } from './volume/waits';

const APPLICANT_COUNT = Number(process.env.VOLUME_APPLICANTS ?? 1_000_000);
const REFERRAL_COUNT = Number(process.env.VOLUME_REFERRALS ?? 1_000_000);
const RUNS = Number(process.env.VOLUME_RUNS ?? 40);
const USERS = 50;
/** Of the 50 users: coordinators of different offices (coordinator 1, the busiest, first); the rest are partners' staff (organisation 0's first). */
const COORDINATORS = 40;
const DIAGNOSE = process.env.VOLUME_DIAGNOSE === '1';
const CONCURRENT_MS = Number(process.env.VOLUME_CONCURRENT_MS ?? 15_000);
const ROW = "national programme's volume";

const APPLICANT_SUMMARY = `id fullName category gender governorate district needs createdAt`;
const APPLICANTS = `query Applicants($filter: ApplicantFilter, $first: Int, $after: String, $withCount: Boolean! = true) {
  applicants(filter: $filter, first: $first, after: $after) {
    totalCount @include(if: $withCount)
    edges { cursor node { ${APPLICANT_SUMMARY} } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const REFERRAL_SUMMARY = `id status version createdAt updatedAt declineReason history { to reason } service { id name { ar en } kind } organization { id name { ar en } }`;
const REFERRALS = `query Referrals($filter: ReferralFilter, $first: Int, $after: String, $withCount: Boolean! = true) {
  referrals(filter: $filter, first: $first, after: $after) {
    totalCount @include(if: $withCount)
    edges { cursor node { ${REFERRAL_SUMMARY} applicant { id fullName category governorate } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const STATUS_COUNTS = `query ReferralStatusCounts($filter: ReferralFilter) { referralStatusCounts(filter: $filter) { key count } }`;
const BREAKDOWN = `key label { ar en } referrals accepted declined completed jobsCreated amountDisbursed { amount currency }`;
const DASHBOARD = `query Dashboard($consortiumId: ID!, $from: Date, $to: Date) {
  dashboard(consortiumId: $consortiumId, from: $from, to: $to) {
    from to referralsTotal referralsByStatus { key count } referralsByCategory { key count } acceptanceRate medianDaysToDecision
    amountDisbursed { amount currency } jobsCreated questionnaireCompletionRate recommendationsOpen recommendationsOverdue
    byGovernorate { ${BREAKDOWN} } byPartner { ${BREAKDOWN} } byMonth { ${BREAKDOWN} }
  }
}`;

interface Connection {
  totalCount?: number;
  edges: Array<{ cursor: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function main() {
  const log = (line: string) => console.error(`[volume] ${line}`);
  const started = Date.now();
  const volume = await openVolumeDatabase({
    ...DEFAULT_VOLUME,
    applicants: APPLICANT_COUNT,
    referrals: REFERRAL_COUNT,
    dataDir: process.env.DATABASE_URL ? undefined : process.env.VOLUME_DATA_DIR,
    url: process.env.DATABASE_URL || undefined,
    log,
  });
  const generationSeconds = (Date.now() - started) / 1000;
  process.env.DATABASE_URL = volume.url; // the harness uses (and migrates) this database, and leaves it running
  const bench = await startHarness({ log });
  // An idle connection of the bench's own pool told that the database is shutting down (end of a run) is no failure.
  bench.pool.on('error', (error) => log(`bench pool: ${error.message}`));
  const probeFiles = ['api-1', 'api-2'].map((name) => join(tmpdir(), `shuraka-volume-probe-${process.pid}-${name}.jsonl`));
  try {
    const probeEnv = (index: number): Record<string, string> =>
      DIAGNOSE ? { VOLUME_PROBE_FILE: probeFiles[index], NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(__dirname, 'volume/process-probe.cjs')}`.trim() } : {};
    const [one, two] = await Promise.all([bench.startApi({ name: 'api-1', env: probeEnv(0) }), bench.startApi({ name: 'api-2', env: probeEnv(1) })]);
    const agent = keepAliveAgent(USERS * 2);
    const clients: GqlCall[] = [gqlClient(one.url, agent), gqlClient(two.url, agent)];
    const { handles } = volume;
    const coordinator = bench.token(handles.busyCoordinatorId);
    const admin = bench.token(handles.adminId);
    const [{ visible }] = (await bench.pool.query<{ visible: number }>(`SELECT count(*)::int AS visible FROM applicant WHERE registered_by_id = $1`, [handles.busyCoordinatorId])).rows;
    const [{ inbox }] = (await bench.pool.query<{ inbox: number }>(`SELECT count(*)::int AS inbox FROM referral WHERE organization_id = $1`, [handles.busyPartnerOrganizationId])).rows;

    const gql = clients[0];
    const applicants = (token: string, variables: Record<string, unknown>, client = gql) =>
      client<{ applicants: Connection }>(token, APPLICANTS, { first: 20, ...variables }).then((data) => data.applicants);
    /** Cursors of pages 2..6 of a coordinator's list, to ask for "the next page" as a user scrolls. */
    const cursorsOf = async (token: string) => {
      const cursors: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page += 1) {
        const result: Connection = await applicants(token, { after, withCount: false });
        after = result.pageInfo.endCursor;
        if (!after) break;
        cursors.push(after);
      }
      return cursors;
    };

    /** One signed-in user: a token, and for a coordinator the cursors of their own list's next pages. */
    interface User { token: string; kind: 'coordinator' | 'partner'; busiest: boolean; cursors: string[]; turn: number }
    const coordinatorIds = Array.from({ length: COORDINATORS }, (_, index) => volumeId(DEFAULT_VOLUME.seed, 'coordinator', index + 1));
    const partnerIds = Array.from({ length: USERS - COORDINATORS }, (_, index) => volumeId(DEFAULT_VOLUME.seed, 'partner', index));
    const users: User[] = [
      ...(await Promise.all(
        coordinatorIds.map(async (id) => ({ token: bench.token(id), kind: 'coordinator' as const, busiest: id === handles.busyCoordinatorId, cursors: await cursorsOf(bench.token(id)), turn: 0 })),
      )),
      ...partnerIds.map((id) => ({ token: bench.token(id), kind: 'partner' as const, busiest: id === handles.busyPartnerId, cursors: [], turn: 0 })),
    ];
    const [{ ordinary }] = (
      await bench.pool.query<{ ordinary: number }>(`SELECT (percentile_disc(0.5) WITHIN GROUP (ORDER BY n))::int AS ordinary FROM (SELECT count(*) AS n FROM applicant WHERE registered_by_id = ANY($1::uuid[]) GROUP BY registered_by_id) c`, [coordinatorIds.slice(1)])
    ).rows;
    const [{ ordinaryInbox }] = (
      await bench.pool.query<{ ordinaryInbox: number }>(`SELECT (percentile_disc(0.5) WITHIN GROUP (ORDER BY n))::int AS "ordinaryInbox" FROM (SELECT count(*) AS n FROM referral r JOIN app_user u ON u.organization_id = r.organization_id WHERE u.id = ANY($1::uuid[]) GROUP BY r.organization_id) c`, [partnerIds.slice(1)])
    ).rows;
    const busiest = users.find((user) => user.busiest && user.kind === 'coordinator')!;

    type Scenario = { name: string; goalMs: number; kind: User['kind']; run: (client: GqlCall, user: User) => Promise<unknown> };
    const nextCursor = (user: User) => user.cursors[user.turn++ % user.cursors.length];
    const scenarios: Scenario[] = [
      { name: 'applicant list (first page, with count)', goalMs: 100, kind: 'coordinator', run: (client, user) => applicants(user.token, {}, client) },
      { name: 'search: Arabic name fragment', goalMs: 100, kind: 'coordinator', run: (client, user) => applicants(user.token, { filter: { search: 'عمر باحيد' } }, client) },
      { name: 'search: phone fragment', goalMs: 100, kind: 'coordinator', run: (client, user) => applicants(user.token, { filter: { search: '451273' } }, client) },
      { name: 'next pages (as the portal asks now)', goalMs: 100, kind: 'coordinator', run: (client, user) => applicants(user.token, { after: nextCursor(user), withCount: false }, client) },
      {
        name: 'partner inbox (page + status counts)',
        goalMs: 100,
        kind: 'partner',
        run: (client, user) => Promise.all([client(user.token, REFERRALS, { first: 20 }), client(user.token, STATUS_COUNTS, {})]),
      },
    ];
    const busyPartner = users.find((user) => user.busiest && user.kind === 'partner')!;
    const alone = (scenario: Scenario) => () => scenario.run(gql, scenario.kind === 'coordinator' ? busiest : busyPartner);
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const dashboards: Array<Pick<Scenario, 'name' | 'goalMs'> & { run: () => Promise<unknown> }> =
      process.env.VOLUME_DASHBOARD === '0'
        ? []
        : [
            { name: 'dashboard (last 30 days)', goalMs: 500, run: () => gql(admin, DASHBOARD, { consortiumId: handles.consortiumId, from: monthAgo }) },
            { name: 'dashboard (all time, the portal default)', goalMs: 500, run: () => gql(admin, DASHBOARD, { consortiumId: handles.consortiumId }) },
          ];
    const before = { name: 'next pages, count on every page (as before)', goalMs: 100, run: () => applicants(coordinator, { after: nextCursor(busiest), withCount: true }) };

    const aloneTimes = new Map<string, { median: number; p95: number; runs: number }>();
    const failed = new Map<string, string>();
    const measureAlone = async (name: string, run: () => Promise<unknown>, runs: number, warmups: number) => {
      try {
        for (let index = 0; index < warmups; index += 1) await run(); // warm both caches
        aloneTimes.set(name, await timeRuns(runs, run));
      } catch (error) {
        failed.set(name, error instanceof Error ? error.message.slice(0, 200) : String(error));
      }
    };
    for (const scenario of scenarios) await measureAlone(scenario.name, alone(scenario), RUNS, 3);
    await measureAlone(before.name, before.run, RUNS, 3);

    const diagnoses: string[] = [];
    const statements = DIAGNOSE ? await statementStats(bench.pool) : null;
    /** Runs a concurrent phase; with VOLUME_DIAGNOSE, samples its waits and statements alongside. */
    const diagnosed = async <T>(label: string, phase: () => Promise<T>): Promise<T> => {
      if (!DIAGNOSE) return phase();
      probeFiles.forEach(clearProcessStats);
      await statements?.reset();
      const sampler = sampleActivity(bench.pool);
      const cpuBefore = (await one.cpuMs()) + (await two.cpuMs());
      const result = await phase();
      const apiCpuMs = (await one.cpuMs()) + (await two.cpuMs()) - cpuBefore;
      const activity = await sampler.stop();
      const pages = (result as { load: { completed: number } }).load.completed;
      const databaseMs = statements ? await statements.totalMs() : NaN;
      const waits = activity.waits.slice(0, 8).map((wait) => `${wait.what} ${(wait.share * 100).toFixed(1)} %`).join(', ');
      const lines = [
        `${label}: ${pages} page loads (warm-up included); CPU of the two API processes ${(apiCpuMs / pages).toFixed(1)} ms per page load; database execution time ${(databaseMs / pages).toFixed(1)} ms per page load (pg_stat_statements, all statements)`,
        `  API database sessions active: mean ${activity.activeMean.toFixed(1)}, max ${activity.activeMax} (${activity.samples} samples); of those samples: ${waits}`,
      ];
      probeFiles.forEach((file, index) => {
        const stats = readProcessStats(file);
        if (stats) lines.push(`  api-${index + 1}: event-loop delay p50 ${stats.loopP50} ms, p99 ${stats.loopP99} ms, max ${stats.loopMax} ms; requests waiting for a pooled connection: max ${stats.poolWaitingMax}, mean ${stats.poolWaitingMean} (connections open: ${stats.poolTotalMax})`);
      });
      if (statements) for (const row of await statements.top(8)) lines.push(`  ${String(row.totalMs).padStart(7)} ms total, ${String(row.calls).padStart(5)} calls, ${String(row.meanMs).padStart(7)} ms mean: ${row.query}`);
      else lines.push('  (pg_stat_statements is not preloaded in this cluster: no per-statement times)');
      diagnoses.push(...lines);
      lines.forEach((line) => log(line));
      return result;
    };

    // The goal's 50 concurrent users: 50 different people, each loading the pages of their role in turn (starting at a
    // different one) and reading each for 1–3 s (not counted). Dashboard excluded: it is not what 50 people do at once.
    const people = async () => {
      const byRole = (kind: User['kind']) => scenarios.filter((scenario) => scenario.kind === kind);
      const latencies = new Map<string, number[]>(scenarios.map((scenario) => [scenario.name, []]));
      const busiestLatencies = new Map<string, number[]>(scenarios.map((scenario) => [scenario.name, []]));
      const turns = users.map((_, index) => index);
      const load = await closedLoop({
        clients: USERS,
        durationMs: CONCURRENT_MS,
        warmupMs: 2_000,
        pauseMs: () => 1_000 + Math.random() * 2_000,
        run: async (index, counted) => {
          const user = users[index];
          const pages = byRole(user.kind);
          const scenario = pages[turns[index]++ % pages.length];
          const start = performance.now();
          await scenario.run(clients[index % 2], user);
          const took = performance.now() - start;
          if (!counted) return; // the warm-up (every user's first page at once) is left out, as from the overall figures
          latencies.get(scenario.name)!.push(took);
          if (user.busiest) busiestLatencies.get(scenario.name)!.push(took);
        },
      });
      return { load, latencies, busiestLatencies };
    };
    // Capacity (no goal): as the first session measured it, 50 loops signed in as the same two busiest accounts
    // (one rate-limit row each), each page in turn, without a pause.
    const saturate = async () => {
      const latencies = new Map<string, number[]>(scenarios.map((scenario) => [scenario.name, []]));
      const turns = Array.from({ length: USERS }, (_, user) => user);
      const load = await closedLoop({
        clients: USERS,
        durationMs: CONCURRENT_MS,
        warmupMs: 2_000,
        run: async (index, counted) => {
          const scenario = scenarios[turns[index]++ % scenarios.length];
          const start = performance.now();
          await scenario.run(clients[index % 2], scenario.kind === 'coordinator' ? busiest : busyPartner);
          if (counted) latencies.get(scenario.name)!.push(performance.now() - start);
        },
      });
      return { load, latencies };
    };
    const reading = await diagnosed(`${USERS} users reading`, people);
    const saturated = await diagnosed(`${USERS} loops as two accounts, no pause`, saturate);
    const p95Of = (values: number[]) => percentile([...values].sort((a, b) => a - b), 95);

    // Last, one at a time and few runs: at this volume a dashboard can take seconds (or meet the statement timeout).
    for (const dashboard of dashboards) await measureAlone(dashboard.name, dashboard.run, 5, 1);
    // The same figures as computed before the rollup, in this run: the dashboard's baseline.
    if (dashboards.length > 0) {
      await dashboardBaselineRows(bench.pool, handles.consortiumId, [{ name: dashboards[0].name, from: monthAgo }, { name: dashboards[1].name, from: null }], aloneTimes, ROW);
    }

    const sizes = `${APPLICANT_COUNT.toLocaleString('en')} applicants, ${REFERRAL_COUNT.toLocaleString('en')} referrals; busiest coordinator sees ${visible.toLocaleString('en')}, busiest partner's inbox ${inbox.toLocaleString('en')}`;
    const mix = `${COORDINATORS} coordinators (busiest ${visible.toLocaleString('en')} applicants, median of the others ${ordinary.toLocaleString('en')}), ${USERS - COORDINATORS} partners (busiest inbox ${inbox.toLocaleString('en')}, median of the others ${ordinaryInbox.toLocaleString('en')})`;
    const rows: Array<Record<string, string | number>> = [];
    for (const scenario of [...scenarios, before, ...dashboards]) {
      const measured = aloneTimes.get(scenario.name);
      const concurrent = reading.latencies.get(scenario.name);
      const concurrentP95 = concurrent && concurrent.length > 0 ? p95Of(concurrent) : NaN;
      const flat = saturated.latencies.get(scenario.name);
      const flatP95 = flat && flat.length > 0 ? p95Of(flat) : NaN;
      const busiestRuns = reading.busiestLatencies.get(scenario.name);
      const fixed = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(1));
      rows.push({
        page: scenario.name,
        'alone p50 ms': measured ? fixed(measured.median) : 'failed',
        'alone p95 ms': measured ? fixed(measured.p95) : 'failed',
        [`${USERS} users p95 ms`]: fixed(concurrentP95),
        'of it the busiest p95 ms': busiestRuns && busiestRuns.length > 0 ? fixed(p95Of(busiestRuns)) : '-',
        'capacity run p95 ms': fixed(flatP95),
        goal: `≤ ${scenario.goalMs} ms`,
      });
      if (scenario === before) continue;
      if (!measured) {
        benchRow({ row: ROW, measure: `${scenario.name}, alone, p95`, value: 'failed', goal: `≤ ${scenario.goalMs} ms`, met: false, note: `${failed.get(scenario.name)}; ${sizes}` });
        continue;
      }
      benchRow({ row: ROW, measure: `${scenario.name}, alone (busiest account), p95`, value: Number(measured.p95.toFixed(1)), unit: 'ms', goal: `≤ ${scenario.goalMs} ms`, met: measured.p95 <= scenario.goalMs, note: `p50 ${measured.median.toFixed(1)} ms; ${sizes}` });
      if (!Number.isNaN(concurrentP95)) {
        const ofBusiest = busiestRuns && busiestRuns.length > 0 ? `; the busiest account's own p95 ${p95Of(busiestRuns).toFixed(1)} ms (${busiestRuns.length} requests)` : '';
        benchRow({ row: ROW, measure: `${scenario.name}, ${USERS} distinct users (a page every 1–3 s each) over 2 processes, p95`, value: Number(concurrentP95.toFixed(1)), unit: 'ms', goal: `≤ ${scenario.goalMs} ms`, met: concurrentP95 <= scenario.goalMs, note: `${concurrent!.length} requests from ${mix}${ofBusiest}` });
      }
      if (!Number.isNaN(flatP95)) {
        benchRow({ row: ROW, measure: `${scenario.name}, capacity: 50 loops as the two busiest accounts, no pause, over 2 processes, p95`, value: Number(flatP95.toFixed(1)), unit: 'ms', note: `${flat!.length} requests; the servers saturated, not a user's wait (no goal)` });
      }
    }
    const nextNow = aloneTimes.get(scenarios[3].name);
    const nextBefore = aloneTimes.get(before.name);
    if (nextNow && nextBefore) benchRow({
      row: ROW,
      measure: 'next page: count on every page (before) / count on the first page only (now), alone p50',
      value: Number((nextBefore.median / nextNow.median).toFixed(1)),
      unit: '×',
      note: `${nextBefore.median.toFixed(1)} ms vs ${nextNow.median.toFixed(1)} ms, same run`,
    });
    for (const [label, run] of [[`${USERS} distinct users reading (1–3 s a page)`, reading.load], [`capacity: ${USERS} loops as the two busiest accounts, no pause,`, saturated.load]] as const) {
      benchRow({ row: ROW, measure: `${label} over 2 processes, throughput`, value: Number(run.reqPerSec.toFixed(0)), unit: 'req/s', note: `${run.requests} page loads in ${run.seconds.toFixed(1)} s, ${run.errors} errors${run.firstError ? ` (${run.firstError})` : ''}; ${RATE_LIMIT_NOTE}` });
    }
    benchRow({ row: ROW, measure: 'generation', value: Number(generationSeconds.toFixed(0)), unit: 's', note: volume.generated ? 'generated in this run' : 'kept data directory reused' });
    console.log(`\nA national programme's volume (${sizes})\n`);
    console.log(table(rows));
    const { load } = reading;
    console.log(`\n${USERS} distinct users (${mix}): ${load.reqPerSec.toFixed(0)} page loads/s, p95 ${load.p95.toFixed(1)} ms, ${load.errors} errors; capacity run: ${saturated.load.reqPerSec.toFixed(0)} page loads/s; ${RATE_LIMIT_NOTE}; total ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (diagnoses.length > 0) console.log(`\nWhere the time went (VOLUME_DIAGNOSE)\n${diagnoses.join('\n')}`);
  } finally {
    await bench.stop();
    await volume.stop();
    probeFiles.forEach(clearProcessStats);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
