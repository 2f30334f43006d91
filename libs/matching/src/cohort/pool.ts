import { Worker } from 'node:worker_threads';
import { workerModule, workerSource } from '../allocation/worker-source';
import type { CohortPlan, CohortProblem } from './types';

/** The pool's queue is full: the caller should answer "too many requests" and let the client retry. */
export class CohortPoolFullError extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} cohort plans are already waiting; try again shortly`);
    this.name = 'CohortPoolFullError';
  }
}

export interface CohortPoolOptions {
  /** Worker threads, kept between plans (default 2). */
  workers?: number;
  /** Plans that may wait for a worker; one more is refused with CohortPoolFullError (default 2). */
  queue?: number;
}

export interface CohortPoolStats {
  workers: number;
  /** Workers started since the pool was made (grows only at the start and when a plan is aborted or a worker fails). */
  started: number;
  busy: number;
  waiting: number;
}

interface Job {
  problem: CohortProblem;
  signal?: AbortSignal;
  resolve: (plan: CohortPlan) => void;
  reject: (error: unknown) => void;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

const WORKER_SOURCE = workerSource(`
parentPort.on('message', (problem) => {
  let plan;
  try {
    plan = loaded.planCohort(problem);
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message ? error.message : error) });
    return;
  }
  parentPort.postMessage({ plan }, [plan.serviceOfApplicant.buffer, plan.scoreOfApplicant.buffer, plan.reason.buffer]);
});
`);

/** Every typed array of a problem, to transfer (not copy) it to the worker. */
function buffersOf(problem: CohortProblem): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(problem)) if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  return [...buffers];
}

/**
 * A small, bounded pool of worker threads that score and solve cohort plans (planCohort) off the
 * caller's thread. Workers are started once and reused; a plan waits in a bounded queue when every
 * worker is busy, and is refused (CohortPoolFullError) when the queue is full. Aborting a plan's
 * signal drops it from the queue, or terminates its worker (replaced at once by a fresh one).
 */
export class CohortPool {
  private readonly size: number;
  private readonly capacity: number;
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private closed = false;
  private started = 0;

  constructor(options: CohortPoolOptions = {}) {
    this.size = Math.max(1, options.workers ?? 2);
    this.capacity = Math.max(0, options.queue ?? 2);
  }

  /** Starts the workers now rather than at the first plan. */
  warm(): void {
    while (!this.closed && this.slots.length < this.size) this.slots.push(this.spawn());
  }

  get stats(): CohortPoolStats {
    return { workers: this.slots.length, started: this.started, busy: this.slots.filter((slot) => slot.job !== null).length, waiting: this.waiting.length };
  }

  /**
   * Plans `problem` in a worker. Its typed arrays are transferred: they are detached (length 0) in
   * the caller afterwards. Rejects with CohortPoolFullError when the queue is full, with the
   * signal's reason when aborted.
   */
  run(problem: CohortProblem, signal?: AbortSignal): Promise<CohortPlan> {
    if (this.closed) return Promise.reject(new Error('The cohort pool is closed'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.warm();
    const idle = this.slots.find((slot) => slot.job === null);
    if (!idle && this.waiting.length >= this.capacity) return Promise.reject(new CohortPoolFullError(this.waiting.length));
    return new Promise<CohortPlan>((resolve, reject) => {
      const job: Job = { problem, signal, resolve, reject };
      if (signal) {
        job.onAbort = () => this.abort(job);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      if (idle) this.start(idle, job);
      else this.waiting.push(job);
    });
  }

  /** Terminates every worker and rejects what is running or waiting. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('The cohort pool was closed');
    for (const job of this.waiting.splice(0)) this.settle(job, () => job.reject(error));
    const slots = this.slots.splice(0);
    for (const slot of slots) if (slot.job) this.settle(slot.job, () => slot.job!.reject(error));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: workerModule('cohort/plan') });
    this.started++;
    // An idle worker must not keep the process alive.
    worker.unref();
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: { plan?: CohortPlan; error?: string }) => {
      const job = slot.job;
      if (!job) return;
      slot.job = null;
      worker.unref();
      this.settle(job, () => (reply.plan ? job.resolve(reply.plan) : job.reject(new Error(`cohort worker: ${reply.error}`))));
      this.next(slot);
    });
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      const job = slot.job;
      this.slots.splice(index, 1);
      if (job) this.settle(job, () => job.reject(error));
      if (!this.closed) {
        const fresh = this.spawn();
        this.slots.push(fresh);
        this.next(fresh);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`cohort worker exited with code ${code}`)));
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage(job.problem, buffersOf(job.problem));
  }

  private next(slot: Slot): void {
    const job = this.waiting.shift();
    if (job) this.start(slot, job);
  }

  private settle(job: Job, outcome: () => void): void {
    if (job.signal && job.onAbort) job.signal.removeEventListener('abort', job.onAbort);
    job.onAbort = undefined;
    outcome();
  }

  private abort(job: Job): void {
    const reason = job.signal?.reason;
    const queued = this.waiting.indexOf(job);
    if (queued >= 0) {
      this.waiting.splice(queued, 1);
      this.settle(job, () => job.reject(reason));
      return;
    }
    const slot = this.slots.find((candidate) => candidate.job === job);
    if (!slot) return;
    // The plan is running: stop its worker (the only way to interrupt it) and start a fresh one.
    this.slots.splice(this.slots.indexOf(slot), 1);
    slot.job = null;
    this.settle(job, () => job.reject(reason));
    void slot.worker.terminate();
    if (!this.closed) {
      const fresh = this.spawn();
      this.slots.push(fresh);
      this.next(fresh);
    }
  }
}
