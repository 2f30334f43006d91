// Portal load benchmark (issue 10, rows "portal initial JavaScript" and "Lighthouse mobile"): serves the built
// product as `npm start` does (API + portal on one free port, embedded PostgreSQL, demo data; the browser tests'
// global set-up), measures the sign-in page's initial JavaScript from the built index.html, and runs Lighthouse
// 12.2.3 (default mobile settings: Moto G Power screen, simulated slow 4G and 4× CPU slowdown) in Debian's
// Chromium on the sign-in page, an applicant's page with their matches (coordinator), the referrals inbox (partner
// staff) and the dashboard (committee member). Prints BENCH-ROW lines; asserts nothing; stops all it started.
//   node apps/portal-e2e/bench/lighthouse.bench.mjs      (after `npx nx run-many -t build -p api portal`)
// BENCH_LIGHTHOUSE_RUNS=3: median of 3 runs per page (default 1). BENCH_PORTAL_BASELINE=<git ref>: also builds that
// commit's portal and audits it page by page alternately with this one, on the same server (a busy machine's
// figures are only comparable within one run). BENCH_LIGHTHOUSE_JSON=<folder>: keeps every report's JSON there
// (<page>-<build>-<run>.json) to read its traces' audits (bootup-time, long-tasks, critical-request-chains…).
// BENCH_LIGHTHOUSE_PAGES="sign-in,referrals inbox": only those pages (names as printed).
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { INITIAL_JS_BUDGET_BYTES, describeInitialJavaScript, initialJavaScript } from '../../portal/build/initial-js.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const startProduct = require('../src/support/global-setup.cjs');
const stopProduct = require('../src/support/global-teardown.cjs');
const { DEMO_PASSWORD, COORDINATOR_EMAIL, PARTNER_EMAIL } = require('../src/support/accounts.cjs');
const COMMITTEE_EMAIL = 'smeps@demo.shuraka.org';
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1);
const BASELINE_REF = process.env.BENCH_PORTAL_BASELINE;
const ONLY_PAGES = process.env.BENCH_LIGHTHOUSE_PAGES?.split(',').map((name) => name.trim()).filter(Boolean);
const JSON_DIR = process.env.BENCH_LIGHTHOUSE_JSON ? path.resolve(process.env.BENCH_LIGHTHOUSE_JSON) : undefined;
const SCRATCH = path.join(ROOT, 'tmp', 'portal-bench');
// The server serves the portal through this link, so that one server can serve either build.
const SERVED = path.join(SCRATCH, 'served');

const benchRow = (row) => console.log(`BENCH-ROW ${JSON.stringify(row)}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

function serve(dir) {
  rmSync(SERVED, { force: true });
  symlinkSync(dir, SERVED);
}

/** Builds the portal of another commit (sources from git, this checkout's node_modules) into the scratch folder. */
function buildBaseline(ref) {
  const tree = path.join(SCRATCH, 'baseline');
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  execSync(`git archive ${ref} apps/portal libs tsconfig.base.json | tar -x -C ${JSON.stringify(tree)}`, { cwd: ROOT, stdio: 'inherit' });
  const out = path.join(tree, 'dist');
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/portal/vite.config.ts', '--outDir', out, '--emptyOutDir', '--sourcemap', 'false', '--logLevel', 'error'],
    { cwd: tree, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
  );
  return out;
}

let chrome;
let stopped;
/** Stops Chromium, the server and its PostgreSQL, once: a signal and the end of main() wait for the same stop. */
function stopAll() {
  stopped ??= (async () => {
    try {
      await chrome?.kill();
    } finally {
      await stopProduct();
      rmSync(SCRATCH, { recursive: true, force: true });
    }
  })();
  return stopped;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}

async function gql(baseUrl, query, variables = {}, cookie) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return { data: body.data, response };
}

/** The session cookie of a demo user, as the sign-in page would get it. */
async function sessionCookie(baseUrl, email) {
  const { response } = await gql(baseUrl, 'mutation Login($input: LoginInput!) { login(input: $input) { user { id } } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  const cookies = response.headers.getSetCookie().map((header) => header.split(';')[0]);
  if (cookies.length === 0) throw new Error(`no session cookie for ${email}`);
  return cookies.join('; ');
}

async function audit(url, cookie, saveAs) {
  const flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  };
  let { lhr } = await lighthouse(url, flags);
  // A trace that failed to record on a busy machine (NO_NAVSTART…): once more.
  if (lhr.runtimeError) ({ lhr } = await lighthouse(url, flags));
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (JSON_DIR && saveAs) {
    mkdirSync(JSON_DIR, { recursive: true });
    writeFileSync(path.join(JSON_DIR, `${saveAs.replace(/[^\w.-]+/g, '-')}.json`), JSON.stringify(lhr));
  }
  const failing = Object.values(lhr.audits)
    .filter((entry) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === entry.id && ref.weight > 0) && entry.score === 0)
    .map((entry) => entry.id);
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    fcpMs: lhr.audits['first-contentful-paint'].numericValue,
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    siMs: lhr.audits['speed-index'].numericValue,
    failing,
  };
}

async function main() {
  const started = Date.now();
  const current = path.join(ROOT, 'dist/apps/portal');
  const baseline = BASELINE_REF ? buildBaseline(BASELINE_REF) : undefined;
  const report = await initialJavaScript(current);
  const baselineReport = baseline ? await initialJavaScript(baseline) : undefined;
  console.log(`Initial JavaScript of the sign-in page (gzip -9):\n${describeInitialJavaScript(report)}`);
  if (baselineReport) console.log(`${BASELINE_REF}:\n${describeInitialJavaScript(baselineReport)}`);
  const kb = (bytes) => Number((bytes / 1024).toFixed(1));
  benchRow({
    row: 'portal initial JS',
    measure: 'sign-in page, gzipped (entry, its import()s and modulepreloads, their static imports)',
    value: kb(report.gzipBytes),
    unit: 'KB',
    goal: `≤ ${INITIAL_JS_BUDGET_BYTES / 1024} KB`,
    met: report.gzipBytes <= INITIAL_JS_BUDGET_BYTES,
    note: `${report.chunks.length} files, ${kb(report.rawBytes)} KB raw; ${
      baselineReport ? `${BASELINE_REF}: ${kb(baselineReport.gzipBytes)} KB (this run)` : 'issue: ≈ 300 KB; 399 KB at 3a51cf9 by this measure'
    }`,
  });

  mkdirSync(SCRATCH, { recursive: true });
  serve(current);
  process.env.PORTAL_DIR = SERVED;
  await startProduct();
  const baseUrl = process.env.E2E_BASE_URL;
  const coordinator = await sessionCookie(baseUrl, COORDINATOR_EMAIL);
  const { data } = await gql(baseUrl, 'query { applicants(first: 1) { edges { node { id } } } }', {}, coordinator);
  const applicantId = data.applicants.edges[0]?.node.id;
  if (!applicantId) throw new Error('the demo coordinator sees no applicant');
  const pages = [
    { name: 'sign-in', url: `${baseUrl}/` },
    { name: 'applicant matches', url: `${baseUrl}/applicants/${applicantId}`, cookie: coordinator },
    { name: 'referrals inbox', url: `${baseUrl}/referrals`, cookie: await sessionCookie(baseUrl, PARTNER_EMAIL) },
    { name: 'dashboard', url: `${baseUrl}/dashboard`, cookie: await sessionCookie(baseUrl, COMMITTEE_EMAIL) },
  ];

  if (ONLY_PAGES) {
    const unknown = ONLY_PAGES.filter((name) => !pages.some((page) => page.name === name));
    if (unknown.length) throw new Error(`BENCH_LIGHTHOUSE_PAGES: no page named ${unknown.join(', ')} (pages: ${pages.map((page) => page.name).join(', ')})`);
    pages.splice(0, pages.length, ...pages.filter((page) => ONLY_PAGES.includes(page.name)));
  }

  chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const builds = baseline ? [['this build', current], [BASELINE_REF, baseline]] : [['this build', current]];
  for (const page of pages) {
    const results = new Map(builds.map(([name]) => [name, []]));
    for (let run = 0; run < RUNS; run += 1) {
      for (const [name, dir] of builds) {
        serve(dir);
        const result = await audit(page.url, page.cookie, `${page.name}-${name}-${run + 1}`);
        console.log(`${page.name} (${name}): ${JSON.stringify(result)}`);
        results.get(name).push(result);
      }
    }
    const summary = (name) => {
      const list = results.get(name);
      const pick = (key) => median(list.map((result) => result[key]));
      return { performance: pick('performance'), accessibility: pick('accessibility'), lcpMs: pick('lcpMs'), tbtMs: pick('tbtMs'), fcpMs: pick('fcpMs'), cls: pick('cls'), siMs: pick('siMs'), failing: [...new Set(list.flatMap((result) => result.failing))] };
    };
    const result = summary('this build');
    const base = baseline ? summary(BASELINE_REF) : undefined;
    const versus = (value, format) => (base ? `; ${BASELINE_REF}: ${format(base[value])}` : '');
    const row = `Lighthouse ${page.name}`;
    const runs = `${RUNS > 1 ? `median of ${RUNS}, ` : ''}mobile, simulated slow 4G`;
    const failing = result.failing.length ? `; failing a11y audits: ${result.failing.join(', ')}` : '';
    benchRow({ row, measure: 'performance score', value: result.performance, unit: '', goal: '≥ 90', met: result.performance >= 90, note: `${runs}${versus('performance', String)}` });
    benchRow({ row, measure: 'accessibility score', value: result.accessibility, unit: '', goal: '≥ 95', met: result.accessibility >= 95, note: `${versus('accessibility', String).slice(2)}${failing}` });
    benchRow({ row, measure: 'LCP', value: Number((result.lcpMs / 1000).toFixed(2)), unit: 's', note: `FCP ${(result.fcpMs / 1000).toFixed(2)} s, speed index ${(result.siMs / 1000).toFixed(2)} s, CLS ${result.cls}${versus('lcpMs', (ms) => `LCP ${(ms / 1000).toFixed(2)} s`)}` });
    benchRow({ row, measure: 'TBT', value: Math.round(result.tbtMs), unit: 'ms', note: versus('tbtMs', (ms) => `${Math.round(ms)} ms`).slice(2) });
  }
  console.log(`portal load bench: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

try {
  await main();
} finally {
  await stopAll();
}
