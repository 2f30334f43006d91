/** Small helpers for the benchmarks: timing, percentiles and a plain table. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export async function timeRuns(runs: number, run: () => unknown | Promise<unknown>): Promise<{ median: number; p95: number; runs: number }> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), runs };
}

export function table(rows: Array<Record<string, string | number>>): string {
  const headers = Object.keys(rows[0]);
  const cells = rows.map((row) => headers.map((header) => String(row[header])));
  const widths = headers.map((header, index) => Math.max(header.length, ...cells.map((row) => row[index].length)));
  const line = (values: string[]) => `| ${values.map((value, index) => value.padEnd(widths[index])).join(' | ')} |`;
  return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same instance. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One row of the issue-10 table, as `npm run bench` (tools/bench/run.mjs) collects it into its summary. */
export interface BenchRow {
  /** The table row, e.g. 'referrals(first: 50) throughput'. */
  row: string;
  /** What was measured, e.g. 'GraphQL / bare pg'. */
  measure: string;
  value: number | string;
  unit?: string;
  /** The goal as text, e.g. '≥ 50 %'. */
  goal?: string;
  /** Whether the value meets the goal (undefined: no goal). Printed, never asserted. */
  met?: boolean;
  /** The baseline measured in the same run, or what else a reader needs. */
  note?: string;
}

export function benchRow(row: BenchRow): void {
  console.log(`BENCH-ROW ${JSON.stringify(row)}`);
}
