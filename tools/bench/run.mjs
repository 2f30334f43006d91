// `npm run bench`: runs every project's `bench` target one after another (Nx, streamed), then
// prints one summary table of the rows the benchmarks reported. A benchmark reports a row by
// printing a line `BENCH-ROW {json}` (see apps/api/bench/stats.ts `benchRow`); benchmarks
// assert nothing, they measure and print. Extra arguments go to Nx (e.g. `-- -p api`).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NX = path.join(ROOT, 'node_modules', '.bin', 'nx');
const MARK = 'BENCH-ROW ';

const rows = [];
const started = Date.now();
const child = spawn(NX, ['run-many', '-t', 'bench', '--parallel=1', '--outputStyle=stream', '--skip-nx-cache', ...process.argv.slice(2)], {
  cwd: ROOT,
  env: { ...process.env, NX_DAEMON: 'false' },
  stdio: ['ignore', 'pipe', 'inherit'],
});

let pending = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString('utf8');
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) collect(line);
});

function collect(line) {
  const at = line.indexOf(MARK);
  if (at < 0) return;
  try {
    rows.push(JSON.parse(line.slice(at + MARK.length)));
  } catch {
    // a line that only looks like a row; the benchmark's own output above shows it
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

child.on('close', (code) => {
  collect(pending);
  const format = (row) => [
    row.row,
    row.measure,
    `${typeof row.value === 'number' ? Number(row.value.toPrecision(4)) : row.value} ${row.unit ?? ''}`.trim(),
    row.goal ?? '',
    row.met === true ? 'yes' : row.met === false ? 'NO' : '–',
    row.note ?? '',
  ];
  const headers = ['row', 'measure', 'value', 'goal', 'met', 'baseline / note'];
  const cells = rows.map(format).map((cellsOfRow) => cellsOfRow.map(String));
  const widths = headers.map((header, index) => Math.max(header.length, ...cells.map((row) => row[index].length)));
  const line = (values) => `| ${values.map((value, index) => value.padEnd(widths[index])).join(' | ')} |`;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  console.log(`\n== Summary (${((Date.now() - started) / 1000).toFixed(0)} s; ${machine}) ==`);
  if (cells.length > 0) console.log([line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n'));
  else console.log('No benchmark reported a row.');
  mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
  writeFileSync(path.join(ROOT, 'tmp', 'bench-summary.json'), JSON.stringify({ machine, at: new Date().toISOString(), rows }, null, 2));
  process.exit(code ?? 1);
});
