import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compiledPath, compileForNode, REPOSITORY_ROOT } from '../../test/compile-for-node';
import { generateInstance } from '../../test/generate-instance';
import { allocate, allocateInWorker, type AllocationInstance } from '.';

const copy = (instance: AllocationInstance): AllocationInstance => ({
  ...instance,
  rowStart: instance.rowStart.slice(),
  serviceOf: instance.serviceOf.slice(),
  score: instance.score.slice(),
});

describe('allocateInWorker', () => {
  const instance = generateInstance({
    applicants: 1500,
    services: 40,
    seed: 11,
  });
  const expected = allocate(instance);

  it('gives the same result as allocate, from the TypeScript sources', async () => {
    const result = await allocateInWorker(instance, { transfer: false });
    expect(Array.from(result.serviceOfApplicant)).toEqual(Array.from(expected.serviceOfApplicant));
    expect(result.totalScore).toBe(expected.totalScore);
    expect(result.unassignedReason).toEqual(expected.unassignedReason);
    expect(instance.rowStart.length).toBe(instance.applicantCount + 1);
  });

  it('transfers the typed arrays by default', async () => {
    const own = copy(instance);
    const pending = allocateInWorker(own);
    expect(own.serviceOf.length).toBe(0);
    expect((await pending).totalScore).toBe(expected.totalScore);
  });

  it('rejects an invalid instance without starting a worker', async () => {
    await expect(allocateInWorker({ ...copy(instance), capacities: [-1] })).rejects.toThrow(RangeError);
  });

  it('stops the worker when aborted', async () => {
    const controller = new AbortController();
    const pending = allocateInWorker(copy(instance), {
      signal: controller.signal,
    });
    controller.abort(new Error('plan cancelled'));
    await expect(pending).rejects.toThrow('plan cancelled');
  });

  it('gives the same result from the TypeScript sources in a process that preloads @swc-node/register, as the benches run', () => {
    // The worker inherits the process's preloads and its V8 flags (the matching bench runs with --expose-gc).
    const script = `
      const { allocateInWorker } = require(${JSON.stringify(path.join(__dirname, 'allocate-in-worker.ts'))});
      const { generateInstance } = require(${JSON.stringify(path.join(__dirname, '../../test/generate-instance.ts'))});
      allocateInWorker(generateInstance({ applicants: 1500, services: 40, seed: 11 })).then((result) => {
        process.stdout.write(JSON.stringify({ ...result, serviceOfApplicant: Array.from(result.serviceOfApplicant) }));
      });
    `;
    const output = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '-r', '@swc-node/register', '-e', script], {
        cwd: REPOSITORY_ROOT,
        env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
        encoding: 'utf8',
      }),
    );
    expect(output.serviceOfApplicant).toEqual(Array.from(expected.serviceOfApplicant));
    expect(output.totalScore).toBe(expected.totalScore);
    expect(output.unassignedReason).toEqual(expected.unassignedReason);
  });

  it('gives the same result from the compiled CommonJS output', () => {
    // Compile the library like the API build does (tsc, CommonJS), outside the repository so that
    // nothing but the emitted .js files can be loaded, then run allocateInWorker in plain Node.
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'matching-compiled-'));
    try {
      const sources = fs
        .readdirSync(__dirname)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
        .map((file) => path.join(__dirname, file));
      expect(compileForNode(sources, outDir)).toEqual([]);
      const compiledDir = compiledPath(outDir, __dirname);
      expect(fs.readdirSync(compiledDir).filter((file) => file.endsWith('.ts'))).toEqual([]);

      const input = path.join(outDir, 'instance.json');
      fs.writeFileSync(
        input,
        JSON.stringify({
          ...instance,
          rowStart: Array.from(instance.rowStart),
          serviceOf: Array.from(instance.serviceOf),
          score: Array.from(instance.score),
        }),
      );
      const script = `
        const { allocateInWorker } = require(${JSON.stringify(path.join(compiledDir, 'allocate-in-worker.js'))});
        const raw = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(input)}, 'utf8'));
        const instance = { ...raw, rowStart: Int32Array.from(raw.rowStart), serviceOf: Int32Array.from(raw.serviceOf), score: Int32Array.from(raw.score) };
        allocateInWorker(instance).then((result) => {
          process.stdout.write(JSON.stringify({ ...result, serviceOfApplicant: Array.from(result.serviceOfApplicant) }));
        });
      `;
      const output = JSON.parse(
        execFileSync(process.execPath, ['-e', script], {
          cwd: outDir,
          encoding: 'utf8',
        }),
      );
      expect(output.serviceOfApplicant).toEqual(Array.from(expected.serviceOfApplicant));
      expect(output.totalScore).toBe(expected.totalScore);
      expect(output.unassignedReason).toEqual(expected.unassignedReason);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
