/*
 * Cohort allocation benchmark: our engine against HiGHS (LP relaxation of the sparse assignment
 * model, integral for this transportation problem) on the same seeded instances, each solver in its
 * own child process so that its peak RSS can be reported, plus the event-loop delay on the main
 * thread with allocate vs allocateInWorker. Prints figures only; asserts nothing.
 *
 *   npx nx run matching:bench        (BENCH_QUICK=1 for a short run without 5,000 x 200 HiGHS)
 */
import { execFileSync } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { allocate, allocateInWorker } from '../src/allocation';
import { generateInstance, type GeneratorOptions } from '../test/generate-instance';
import { highsRuntime, solveWithHighs } from '../test/highs-reference';

const SIZES: Array<{ applicants: number; services: number; runs: number; highs: boolean; highsRuns: number }> = [
  { applicants: 500, services: 25, runs: 15, highs: true, highsRuns: 3 },
  { applicants: 2_000, services: 100, runs: 15, highs: true, highsRuns: 3 },
  { applicants: 5_000, services: 200, runs: 9, highs: process.env.BENCH_QUICK !== '1', highsRuns: 1 },
  { applicants: 20_000, services: 500, runs: 5, highs: false, highsRuns: 0 },
];
const SEED = 20_241_123;

interface ChildReport {
  pairs: number;
  timesMs: number[];
  totalScore: number;
  maxRssMb: number;
}

const instanceOptions = (applicants: number, services: number): GeneratorOptions => ({ applicants, services, seed: SEED + applicants });

async function child(mode: string, applicants: number, services: number, runs: number): Promise<ChildReport> {
  const instance = generateInstance(instanceOptions(applicants, services));
  const timesMs: number[] = [];
  let totalScore = -1;
  if (mode === 'highs') {
    const highs = await highsRuntime();
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      totalScore = solveWithHighs(highs, instance).totalScore;
      timesMs.push(performance.now() - start);
    }
  } else if (mode === 'ours') {
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      totalScore = allocate(instance).totalScore;
      timesMs.push(performance.now() - start);
    }
  }
  return {
    pairs: instance.rowStart[applicants],
    timesMs,
    totalScore,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function runChild(mode: string, applicants: number, services: number, runs: number): ChildReport {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--child', mode, String(applicants), String(services), String(runs)], {
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() as string);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const mb = (x: number): string => `${x.toFixed(0)} MB`;
const delta = (x: number): string => `${x < 0 ? '−' : '+'}${mb(Math.abs(x))}`;

function table(headers: string[], rows: string[][]): string {
  const width = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i])).join(' | ')} |`;
  return [line(headers), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function eventLoopDelay(): Promise<string[][]> {
  const instance = generateInstance(instanceOptions(5_000, 200));
  const measure = async (work: () => Promise<unknown>) => {
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const start = performance.now();
    await work();
    const wall = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 100));
    histogram.disable();
    return [ms(wall), ms(histogram.percentile(99) / 1e6), ms(histogram.max / 1e6)];
  };
  allocate(instance); // warm-up of the main thread's JIT, so both rows compare steady states
  global.gc?.();
  const copy = () => ({
    ...instance,
    rowStart: instance.rowStart.slice(),
    serviceOf: instance.serviceOf.slice(),
    score: instance.score.slice(),
  });
  const main = await measure(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    allocate(instance);
  });
  const worker = await measure(() => allocateInWorker(copy()));
  return [
    ['allocate on the main thread', ...main],
    ['allocateInWorker', ...worker],
  ];
}

async function main(): Promise<void> {
  console.log(`Cohort allocation benchmark: node ${process.version}, seed ${SEED}; ours = median of the runs in one process (cold = the first, before the JIT warms up)`);
  console.log('Each solver runs in its own child process; peak RSS is that process’s maxRSS, baseline = a child that only generates the instance.\n');
  const rows: string[][] = [];
  for (const size of SIZES) {
    const { applicants: A, services: S } = size;
    const baseline = runChild('baseline', A, S, 0);
    const ours = runChild('ours', A, S, size.runs);
    const highs = size.highs ? runChild('highs', A, S, size.highsRuns) : undefined;
    const ourMedian = median(ours.timesMs);
    const highsTime = highs ? median(highs.timesMs) : undefined;
    rows.push([
      `${A.toLocaleString('en')} x ${S}`,
      ours.pairs.toLocaleString('en'),
      `${ms(ourMedian)} (cold ${ms(ours.timesMs[0])}, ${ours.timesMs.length} runs)`,
      highs && highsTime !== undefined ? `${ms(highsTime)}${highs.timesMs.length > 1 ? ` (med. of ${highs.timesMs.length})` : ''}` : 'not run',
      highsTime !== undefined ? `${(highsTime / ourMedian).toFixed(1)}x` : '-',
      highs
        ? highs.totalScore === ours.totalScore
          ? `yes (${ours.totalScore})`
          : `NO: ours ${ours.totalScore}, HiGHS ${highs.totalScore}`
        : `(${ours.totalScore})`,
      `${mb(ours.maxRssMb)} (${delta(ours.maxRssMb - baseline.maxRssMb)})`,
      highs ? `${mb(highs.maxRssMb)} (${delta(highs.maxRssMb - baseline.maxRssMb)})` : '-',
    ]);
    console.error(`done ${A} x ${S}`);
  }
  console.log(
    table(
      [
        'instance (A x S)',
        'eligible pairs',
        'ours',
        'HiGHS',
        'HiGHS / ours',
        'same optimum',
        'ours peak RSS (over baseline)',
        'HiGHS peak RSS (over baseline)',
      ],
      rows,
    ),
  );
  console.log('\nEvent-loop delay on the main thread while a 5,000 x 200 plan is computed (monitorEventLoopDelay, 5 ms resolution):\n');
  console.log(table(['how', 'wall time', 'p99 delay', 'max delay'], await eventLoopDelay()));
}

if (process.argv[2] === '--child') {
  const [mode, A, S, runs] = process.argv.slice(3);
  void child(mode, Number(A), Number(S), Number(runs)).then((report) => console.log(JSON.stringify(report)));
} else {
  void main();
}
