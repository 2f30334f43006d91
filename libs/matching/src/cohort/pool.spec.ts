import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApplicantCategory, Gender, GuaranteeType, normalizeSearchText, ServiceKind } from '@shuraka/domain';
import { workerModuleAt } from '../allocation/worker-thread';
import { compiledPath, compileForNode } from '../../test/compile-for-node';
import type { MatchService } from '../scoring/types';
import { DEFAULT_WEIGHTS } from '../scoring/weights';
import { encodeCohort } from './encode';
import { planCohort } from './plan';
import { CohortPool, CohortPoolFullError } from './pool';
import type { CohortApplicant, CohortInput } from './types';

const KINDS = [ServiceKind.MICRO_LOAN, ServiceKind.GRANT, ServiceKind.MENTORING];

/** A deterministic cohort big enough to keep a worker busy for a while. */
function cohort(applicants: number, services: number): CohortInput {
  let seed = 7;
  const random = () => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647);
  const serviceList: MatchService[] = Array.from({ length: services }, (_, s) => ({
    id: `s${s}`,
    kind: KINDS[s % KINDS.length],
    categories: [],
    governorates: [],
    projectSizes: [],
    gender: null,
    minAge: null,
    maxAge: null,
    minAmount: '0',
    maxAmount: '10000',
    currency: 'YER',
    guaranteeRequired: GuaranteeType.NONE,
    capacity: 1 + Math.floor(random() * 20),
    placesTaken: 0,
    branches: [],
    trackRecord: null,
  }));
  const list: CohortApplicant[] = Array.from({ length: applicants }, () => ({
    category: ApplicantCategory.UNIVERSITY_GRADUATE,
    gender: Gender.FEMALE,
    age: 30,
    governorate: 'YE-HD',
    district: null,
    projectSize: null,
    requestedAmount: { amount: String(Math.floor(random() * 10_000)), currency: 'YER' },
    needs: [KINDS[Math.floor(random() * KINDS.length)]],
    guaranteeOffered: GuaranteeType.NONE,
    group: 0,
    openServices: [],
    openKinds: [],
  }));
  return { applicants: list, services: serviceList, groups: [{ weights: DEFAULT_WEIGHTS, allowedServices: null }] };
}

describe('CohortPool', () => {
  let pool: CohortPool | undefined;
  afterEach(() => pool?.close());

  it('answers what planCohort answers, reusing its workers from plan to plan', async () => {
    pool = new CohortPool({ workers: 2, queue: 2 });
    const input = cohort(300, 20);
    const expected = planCohort(encodeCohort(input));
    for (let run = 0; run < 3; run++) {
      const plan = await pool.run(encodeCohort(input));
      expect(Array.from(plan.serviceOfApplicant)).toEqual(Array.from(expected.serviceOfApplicant));
      expect(plan.totalScore).toBe(expected.totalScore);
    }
    expect(pool.stats).toMatchObject({ workers: 2, started: 2, busy: 0, waiting: 0 });
  });

  it('queues up to its bound and refuses the next plan at once', async () => {
    pool = new CohortPool({ workers: 1, queue: 1 });
    const big = cohort(4_000, 150);
    const running = pool.run(encodeCohort(big));
    const waiting = pool.run(encodeCohort(big));
    await expect(pool.run(encodeCohort(cohort(10, 2)))).rejects.toBeInstanceOf(CohortPoolFullError);
    expect(pool.stats).toMatchObject({ busy: 1, waiting: 1 });
    await Promise.all([running, waiting]);
    await expect(pool.run(encodeCohort(cohort(10, 2)))).resolves.toMatchObject({ pairCount: 20 });
  });

  it('abandons an aborted plan: dropped from the queue, or its worker stopped and replaced', async () => {
    pool = new CohortPool({ workers: 1, queue: 2 });
    const big = cohort(6_000, 200);
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.run(encodeCohort(big), running.signal);
    const second = pool.run(encodeCohort(big), queued.signal);
    queued.abort(new Error('client went away (queued)'));
    await expect(second).rejects.toThrow('client went away (queued)');
    expect(pool.stats.waiting).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    running.abort(new Error('client went away (running)'));
    await expect(first).rejects.toThrow('client went away (running)');
    expect(pool.stats).toMatchObject({ workers: 1, started: 2, busy: 0 });
    // The fresh worker plans the next cohort.
    await expect(pool.run(encodeCohort(cohort(10, 2)))).resolves.toMatchObject({ pairCount: 20 });
  });

  it('lends a worker for a conversation: a module of its own keeps state until the lease ends, with its settings, and closes', async () => {
    const closedFile = path.join(os.tmpdir(), `cohort-lease-${process.pid}-${Date.now()}`);
    pool = new CohortPool({
      workers: 1,
      queue: 1,
      module: workerModuleAt(path.join(__dirname, '../../test/lease-worker'), path.extname(__filename)),
      settings: { prefix: 'p', closedFile },
    });
    const lease = await pool.acquire();
    expect(await lease.call({ add: 'a' })).toBe('p:a');
    expect(await lease.call({ add: 'b' })).toBe('p:a,b');
    expect(await lease.call({ fold: ' المُكلا ' })).toBe(normalizeSearchText(' المُكلا '));
    await expect(lease.call({ fail: true })).rejects.toThrow('asked to fail');
    // The next plan waits for the lease to end, one more is refused; the worker forgets the last plan's state.
    const next = pool.acquire();
    expect(pool.stats).toMatchObject({ busy: 1, waiting: 1 });
    await expect(pool.acquire()).rejects.toBeInstanceOf(CohortPoolFullError);
    lease.release();
    lease.release();
    await expect(lease.call({ add: 'x' })).rejects.toThrow('released');
    const second = await next;
    expect(await second.call({ add: 'c' })).toBe('p:c');
    second.release();
    // Abandoned in the middle of a call: the call rejects at once, the worker is replaced.
    const controller = new AbortController();
    const third = await pool.acquire(controller.signal);
    const sleeping = third.call({ sleepMs: 30_000 });
    controller.abort(new Error('client went away'));
    await expect(sleeping).rejects.toThrow('client went away');
    third.release();
    expect(pool.stats).toMatchObject({ workers: 1, started: 2, busy: 0, waiting: 0 });
    const fourth = await pool.acquire();
    expect(await fourth.call({ add: 'd' })).toBe('p:d');
    fourth.release();
    // Closing lets the module end its connections first.
    await pool.close();
    pool = undefined;
    try {
      expect(fs.readFileSync(closedFile, 'utf8')).toBe('closed');
    } finally {
      fs.rmSync(closedFile, { force: true });
    }
  });

  it('runs from the compiled CommonJS output, as the built API loads it', () => {
    // Compile the worker's side (plan, score, the solver and the pool) like the API build does, outside
    // the repository so that only the emitted .js files can be loaded, then plan in plain Node.
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cohort-compiled-'));
    try {
      const allocation = path.join(__dirname, '../allocation');
      const sources = [
        ...['pool.ts', 'plan.ts', 'score.ts', 'types.ts', 'worker.ts'].map((file) => path.join(__dirname, file)),
        ...fs.readdirSync(allocation).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts')).map((file) => path.join(allocation, file)),
      ];
      expect(compileForNode(sources, outDir)).toEqual([]);
      const compiledDir = compiledPath(outDir, __dirname);
      const input = cohort(200, 12);
      const expected = planCohort(encodeCohort(input));
      const problem = encodeCohort(input);
      const file = path.join(outDir, 'problem.json');
      fs.writeFileSync(
        file,
        JSON.stringify(Object.fromEntries(Object.entries(problem).map(([key, value]) => [key, ArrayBuffer.isView(value) ? { type: value.constructor.name, data: Array.from(value as Int32Array) } : value]))),
      );
      const script = `
        const { CohortPool } = require(${JSON.stringify(path.join(compiledDir, 'pool.js'))});
        const raw = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'));
        const problem = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, value && value.type ? globalThis[value.type].from(value.data) : value]));
        const pool = new CohortPool({ workers: 1 });
        pool.run(problem).then(async (plan) => {
          process.stdout.write(JSON.stringify({ serviceOfApplicant: Array.from(plan.serviceOfApplicant), totalScore: plan.totalScore }));
          await pool.close();
        });
      `;
      const output = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: outDir, encoding: 'utf8' }));
      expect(output.serviceOfApplicant).toEqual(Array.from(expected.serviceOfApplicant));
      expect(output.totalScore).toBe(expected.totalScore);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
