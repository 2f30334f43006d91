/**
 * Row 1 of issue 10: a partner's inbox, `referrals(first: 50)` with applicant, service and organisation
 * (the portal's REFERRALS_QUERY), through the real API (its own process, production posture) versus a
 * bare `node:http` + `pg` server returning the same JSON from the same database with the same token check
 * (referrals-bare-server.ts). 16 concurrent clients each, closed loop, in alternating rounds; req/s, p95, and SQL statements per
 * request at first: 10 and first: 50 (counted in each server process by support/statement-probe.ts).
 *
 * BENCH_SECONDS (default 12) is the measured time per side; BENCH_CPU_PROFILE=file.cpuprofile records the
 * API process's CPU profile during its load run (V8's sampling profiler, as `node --cpu-prof`, start-up
 * left out) for `node tools/flamegraph.mjs file.cpuprofile --svg …`. BENCH_API_BASELINE=<a worktree of another commit>
 * also starts that worktree's API (`apps/api/src/main.ts` there, same database, same node_modules) and measures it as a
 * third side in every round, so a change is compared with its base under the same load, in the same run.
 */
import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Role } from '@shuraka/domain';
import { benchRow, table } from './stats';
import { BENCH_ENV, closedLoop, gqlClient, keepAliveAgent, mergeLoads, RATE_LIMIT_NOTE, startHarness, statementsPerCall, type LoadResult } from './support/harness';

const ORGANIZATIONS = 10;
const SERVICES = 100;
const APPLICANTS = 2_000;
const REFERRALS = 5_000;
const CLIENTS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
/** Each side's time is split into rounds, alternating, so that both meet the same background load. */
const ROUNDS = 3;

/** The partner inbox as the portal asks for it (apps/portal/src/modules/referrals/graphql, fragment inlined). */
export const INBOX_QUERY = `query Referrals($filter: ReferralFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id status version createdAt updatedAt declineReason
        history { to reason }
        service { id name { ar en } kind }
        organization { id name { ar en } }
        applicant { id fullName category governorate }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function seed(pool: import('pg').Pool): Promise<{ partnerId: string }> {
  const organizations = (
    await pool.query<{ id: string }>(
      `INSERT INTO organization (name_ar, name_en, kind, governorates, search_text)
       SELECT 'شريك ' || g, 'Partner ' || g, 'MICROFINANCE_PROGRAM', '{YE-AD}', 'شريك ' || g FROM generate_series(1, $1) g RETURNING id`,
      [ORGANIZATIONS],
    )
  ).rows.map((row) => row.id);
  const [consortium] = (await pool.query<{ id: string }>(`INSERT INTO consortium (name_ar, country) VALUES ('اتحاد عدن', 'YE') RETURNING id`)).rows;
  await pool.query(
    `INSERT INTO consortium_member (consortium_id, organization_id, role)
     SELECT $1, id, CASE WHEN ordinality = 1 THEN 'LEAD'::member_role ELSE 'MEMBER'::member_role END FROM unnest($2::uuid[]) WITH ORDINALITY id`,
    [consortium.id, organizations],
  );
  await pool.query(
    `INSERT INTO service (organization_id, name_ar, name_en, kind, categories, governorates, project_sizes, guarantee_required, capacity, decision_days)
     SELECT ($1::uuid[])[1 + (g % $2)], 'خدمة ' || g, 'Service ' || g, (ARRAY['MICRO_LOAN','BUSINESS_TRAINING','GRANT']::service_kind[])[1 + g % 3],
            '{UNIVERSITY_GRADUATE,DROPOUT}', '{YE-AD}', '{MICRO,SMALL}', 'NONE', 1000, 14
       FROM generate_series(0, $3 - 1) g`,
    [organizations, ORGANIZATIONS, SERVICES],
  );
  const [coordinator] = (
    await pool.query<{ id: string }>(`INSERT INTO app_user (email, display_name, password_hash, role) VALUES ('coordinator@bench.example', 'منسق', '!', 'COORDINATOR') RETURNING id`)
  ).rows;
  const [partner] = (
    await pool.query<{ id: string }>(
      `INSERT INTO app_user (email, display_name, password_hash, role, organization_id) VALUES ('partner@bench.example', 'موظف شريك', '!', $1, $2) RETURNING id`,
      [Role.PARTNER_STAFF, organizations[0]],
    )
  ).rows;
  await pool.query(
    `INSERT INTO applicant (full_name, category, gender, birth_date, governorate, district, project_size, requested_amount, requested_currency, needs,
                            guarantee_offered, consent_given_at, consortium_id, registered_by_id, search_text)
     SELECT 'متقدم رقم ' || g, (ARRAY['UNIVERSITY_GRADUATE','DROPOUT']::applicant_category[])[1 + g % 2], (ARRAY['FEMALE','MALE']::gender[])[1 + g % 2],
            DATE '1995-01-01' + g, 'YE-AD', 'المنصورة', 'MICRO', 300000, 'YER', '{MICRO_LOAN}', 'NONE', now(), $1, $2, 'متقدم رقم ' || g
       FROM generate_series(0, $3 - 1) g`,
    [consortium.id, coordinator.id, APPLICANTS],
  );
  // Referral n: applicant n mod APPLICANTS, a service shifted per round (one open referral per pair), spread over time.
  await pool.query(
    `WITH a AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM applicant),
          s AS (SELECT id, organization_id, row_number() OVER (ORDER BY name_en) - 1 AS n FROM service),
          pairs AS (SELECT g, (SELECT id FROM a WHERE a.n = g % $1) AS applicant_id, (g + g / $1) % $2 AS service_n FROM generate_series(0, $3 - 1) g)
     INSERT INTO referral (applicant_id, service_id, organization_id, referred_by_id, status, note, created_at, updated_at)
     SELECT p.applicant_id, s.id, s.organization_id, $4, (ARRAY['SENT','ACKNOWLEDGED','ACCEPTED']::referral_status[])[1 + p.g % 3], 'مرجع ' || p.g,
            now() - make_interval(mins => p.g), now() - make_interval(mins => p.g)
       FROM pairs p JOIN s ON s.n = p.service_n`,
    [APPLICANTS, SERVICES, REFERRALS, coordinator.id],
  );
  await pool.query(
    `INSERT INTO referral_event (referral_id, from_status, to_status, at, by_id, reason)
     SELECT id, NULL::referral_status, 'SENT'::referral_status, created_at, referred_by_id, NULL::text FROM referral
     UNION ALL
     SELECT id, 'SENT'::referral_status, status, created_at + interval '1 second', referred_by_id, 'تمت المراجعة' FROM referral WHERE status <> 'SENT'`,
  );
  await pool.query('ANALYZE');
  return { partnerId: partner.id };
}

/** Same JSON, keys in any order. */
function sameJson(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

async function main() {
  const bench = await startHarness();
  try {
    const { partnerId } = await seed(bench.pool);
    const visible = (await bench.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM referral WHERE organization_id = (SELECT organization_id FROM app_user WHERE id = $1)`, [partnerId])).rows[0].count;
    const token = bench.token(partnerId);
    const baselineDir = process.env.BENCH_API_BASELINE;
    const [api, bare, baseline] = await Promise.all([
      bench.startApi(),
      bench.startServer('apps/api/bench/referrals-bare-server.ts', { name: 'bare node:http + pg', env: { JWT_SECRET: 'bench-secret-bench-secret-bench-secret', PII_HASH_KEY: 'bench-pii-bench-pii-bench-pii-bench' } }),
      baselineDir ? bench.startServer(join(resolve(baselineDir), 'apps/api/src/main.ts'), { readyPath: '/health', name: 'api baseline', env: BENCH_ENV }) : undefined,
    ]);
    const agent = keepAliveAgent(CLIENTS * 2);
    const viaGraphql = gqlClient(api.url, agent);
    const viaBare = gqlClient(bare.url, agent);
    const viaBaseline = baseline && gqlClient(baseline.url, agent);
    const inbox = (call: typeof viaGraphql, first: number) => () => call(token, INBOX_QUERY, { first });

    const [graphqlPage, barePage] = await Promise.all([inbox(viaGraphql, 50)(), inbox(viaBare, 50)()]);
    const same = sameJson(graphqlPage, barePage);
    if (!same) console.error('The bare endpoint answered differently:', JSON.stringify({ graphqlPage, barePage }).slice(0, 2000));

    const statements = {
      api10: await statementsPerCall(api, 10, inbox(viaGraphql, 10)),
      api50: await statementsPerCall(api, 10, inbox(viaGraphql, 50)),
      bare10: await statementsPerCall(bare, 10, inbox(viaBare, 10)),
      bare50: await statementsPerCall(bare, 10, inbox(viaBare, 50)),
    };

    const run = (call: typeof viaGraphql) => closedLoop({ clients: CLIENTS, durationMs: (SECONDS * 1000) / ROUNDS, warmupMs: 1000, run: inbox(call, 50) });
    const bareRounds: LoadResult[] = [];
    const graphqlRounds: LoadResult[] = [];
    const profile = process.env.BENCH_CPU_PROFILE;
    const cpu = { bare: 0, api: 0, baseline: 0 };
    // What else each side's requests cost the machine: PostgreSQL's processes and this load generator.
    const database = { bare: 0, api: 0, baseline: 0 };
    const client = { bare: 0, api: 0, baseline: 0 };
    const baselineRounds: LoadResult[] = [];
    const measured = async (server: typeof api, call: typeof viaGraphql, side: keyof typeof cpu) => {
      const before = { server: await server.cpuMs(), database: bench.databaseCpuMs() ?? NaN, client: process.cpuUsage() };
      const load = await run(call);
      database[side] += (bench.databaseCpuMs() ?? NaN) - before.database;
      const used = process.cpuUsage(before.client);
      client[side] += (used.user + used.system) / 1000;
      return { load, cpuMs: (await server.cpuMs()) - before.server };
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      const bareRound = await measured(bare, viaBare, 'bare');
      bareRounds.push(bareRound.load);
      cpu.bare += bareRound.cpuMs;
      // The baseline goes before this API in every other round, so that neither always follows the other.
      const baselineFirst = round % 2 === 1;
      const measureBaseline = async () => {
        if (!baseline || !viaBaseline) return;
        const baselineRound = await measured(baseline, viaBaseline, 'baseline');
        baselineRounds.push(baselineRound.load);
        cpu.baseline += baselineRound.cpuMs;
      };
      if (baselineFirst) await measureBaseline();
      if (profile && round === 0) await api.startProfile();
      const apiRound = await measured(api, viaGraphql, 'api');
      graphqlRounds.push(apiRound.load);
      cpu.api += apiRound.cpuMs;
      if (!baselineFirst) await measureBaseline();
    }
    if (profile) await api.stopProfile(profile);
    const bareLoad = mergeLoads(bareRounds);
    const graphqlLoad = mergeLoads(graphqlRounds);
    agent.destroy();

    const ratio = graphqlLoad.reqPerSec / bareLoad.reqPerSec;
    // CPU time the server process spent per answered request: what other processes on a busy machine do not inflate.
    const cpuPerRequest = { bare: cpu.bare / bareLoad.completed, api: cpu.api / graphqlLoad.completed };
    const databasePerRequest = { bare: database.bare / bareLoad.completed, api: database.api / graphqlLoad.completed };
    const clientPerRequest = { bare: client.bare / bareLoad.completed, api: client.api / graphqlLoad.completed };
    // With DATABASE_URL the database's processes are not ours to measure.
    const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '—');
    console.log(`\nPartner inbox referrals(first: 50) with applicant, service, organisation, history: ${visible} visible of ${REFERRALS} referrals; ${CLIENTS} clients × ${SECONDS} s each (${ROUNDS} alternating rounds); ${RATE_LIMIT_NOTE}\n`);
    const baselineRows = [];
    if (baseline && viaBaseline) {
      const baselineLoad = mergeLoads(baselineRounds);
      const [ten, fifty] = [await statementsPerCall(baseline, 10, inbox(viaBaseline, 10)), await statementsPerCall(baseline, 10, inbox(viaBaseline, 50))];
      const samePage = sameJson(await inbox(viaBaseline, 50)(), graphqlPage);
      baselineRows.push({ server: `API baseline (${baselineDir}${samePage ? '' : ', JSON DIFFERS'})`, 'req/s': baselineLoad.reqPerSec.toFixed(0), 'p50 ms': baselineLoad.p50.toFixed(1), 'p95 ms': baselineLoad.p95.toFixed(1), 'p99 ms': baselineLoad.p99.toFixed(1), errors: baselineLoad.errors, 'server CPU ms/req': (cpu.baseline / baselineLoad.completed).toFixed(2), 'PostgreSQL CPU ms/req': ms(database.baseline / baselineLoad.completed), 'client CPU ms/req': (client.baseline / baselineLoad.completed).toFixed(2), 'SQL/req first:10': ten, 'SQL/req first:50': fifty });
    }
    console.log(table([
      { server: 'bare node:http + pg', 'req/s': bareLoad.reqPerSec.toFixed(0), 'p50 ms': bareLoad.p50.toFixed(1), 'p95 ms': bareLoad.p95.toFixed(1), 'p99 ms': bareLoad.p99.toFixed(1), errors: bareLoad.errors, 'server CPU ms/req': cpuPerRequest.bare.toFixed(2), 'PostgreSQL CPU ms/req': ms(databasePerRequest.bare), 'client CPU ms/req': clientPerRequest.bare.toFixed(2), 'SQL/req first:10': statements.bare10, 'SQL/req first:50': statements.bare50 },
      { server: 'API (GraphQL, NestJS)', 'req/s': graphqlLoad.reqPerSec.toFixed(0), 'p50 ms': graphqlLoad.p50.toFixed(1), 'p95 ms': graphqlLoad.p95.toFixed(1), 'p99 ms': graphqlLoad.p99.toFixed(1), errors: graphqlLoad.errors, 'server CPU ms/req': cpuPerRequest.api.toFixed(2), 'PostgreSQL CPU ms/req': ms(databasePerRequest.api), 'client CPU ms/req': clientPerRequest.api.toFixed(2), 'SQL/req first:10': statements.api10, 'SQL/req first:50': statements.api50 },
      ...baselineRows,
    ]));
    if (graphqlLoad.firstError ?? bareLoad.firstError) console.error('first error:', graphqlLoad.firstError ?? bareLoad.firstError);
    console.log(`same JSON from both: ${same ? 'yes' : 'NO'}\n`);
    benchRow({
      row: 'referrals(first: 50) throughput',
      measure: 'GraphQL / bare node:http + pg',
      value: Math.round(ratio * 1000) / 10,
      unit: '%',
      goal: '≥ 50 %',
      met: ratio >= 0.5,
      note: `${graphqlLoad.reqPerSec.toFixed(0)} vs ${bareLoad.reqPerSec.toFixed(0)} req/s, p95 ${graphqlLoad.p95.toFixed(0)} vs ${bareLoad.p95.toFixed(0)} ms, ${CLIENTS} clients${same ? '' : ', JSON DIFFERS'}`,
    });
    benchRow({
      row: 'referrals(first: 50) throughput',
      measure: 'server CPU per request, bare / GraphQL',
      value: Math.round((cpuPerRequest.bare / cpuPerRequest.api) * 1000) / 10,
      unit: '%',
      goal: '≥ 50 %',
      met: cpuPerRequest.bare / cpuPerRequest.api >= 0.5,
      note: `${cpuPerRequest.api.toFixed(2)} vs ${cpuPerRequest.bare.toFixed(2)} ms CPU per request (process CPU time: not inflated by other load)`,
    });
    if (Number.isFinite(databasePerRequest.api)) {
      // Where a request's time goes on the machine (2 cores shared by the server, PostgreSQL and this load generator).
      const machine = (side: 'api' | 'bare') => cpuPerRequest[side] + databasePerRequest[side] + clientPerRequest[side];
      benchRow({
        row: 'referrals(first: 50) throughput',
        measure: 'PostgreSQL CPU per request, GraphQL vs bare',
        value: `${databasePerRequest.api.toFixed(2)} vs ${databasePerRequest.bare.toFixed(2)}`,
        unit: 'ms',
        note: `machine CPU per request (server + PostgreSQL + load generator): ${machine('api').toFixed(2)} vs ${machine('bare').toFixed(2)} ms`,
      });
    }
    benchRow({
      row: 'referrals(first: 50) throughput',
      measure: 'SQL statements per request, first: 10 → 50',
      value: `${statements.api10} → ${statements.api50}`,
      goal: 'independent of page size',
      met: statements.api10 === statements.api50,
      note: `bare: ${statements.bare10} → ${statements.bare50}`,
    });
  } finally {
    await bench.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
