import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerModuleAt, type WorkerModule } from '../allocation/worker-thread';
import { POOL_WORKER_FILE, type PoolReply, type PoolRequest, type PoolWorkerData } from './pool-worker';
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
  /**
   * The module every worker runs (workerModuleAt; default: this library's planner, what `run` sends to).
   * It exports `handle(message, settings)` answering `{ reply, transfer? }` (or a promise of it), and may
   * export `reset()` (its lease ended: drop what it kept for the plan) and `close(settings)` (the pool
   * is closing: end its connections).
   */
  module?: WorkerModule;
  /** Given to the module's handle and close (cloned once per worker): e.g. its database settings. */
  settings?: unknown;
}

export interface CohortPoolStats {
  workers: number;
  /** Workers started since the pool was made (grows only at the start and when a plan is aborted or a worker fails). */
  started: number;
  /** Workers leased to a plan. */
  busy: number;
  waiting: number;
}

/** One worker, lent to one plan until released: a conversation of calls (e.g. load, then plan). */
export interface CohortLease {
  /** Sends `message` to the worker; resolves with its reply, rejects with its error, or the signal's reason once aborted. One call at a time. */
  call<T>(message: unknown, transfer?: ArrayBuffer[]): Promise<T>;
  /** Gives the worker back (it is told to reset) for the next plan. Safe to call twice, and after an abort. */
  release(): void;
}

interface Pending {
  resolve: (reply: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  lease: Lease | null;
  closing?: () => void;
}

interface Waiter {
  signal?: AbortSignal;
  resolve: (lease: CohortLease) => void;
  reject: (error: unknown) => void;
  onAbort?: () => void;
}

/** Every typed array of a problem, to transfer (not copy) it to the worker. */
function buffersOf(problem: CohortProblem): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(problem)) if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  return [...buffers];
}

class Lease implements CohortLease {
  pending: Pending | null = null;
  /** Why it ended early (aborted, worker failed, pool closed); calls reject with it. */
  ended: unknown = null;
  released = false;
  onAbort?: () => void;

  constructor(
    readonly slot: Slot,
    readonly signal: AbortSignal | undefined,
    private readonly giveBack: (lease: Lease) => void,
  ) {}

  call<T>(message: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.released) return Promise.reject(new Error('This worker lease was released'));
    if (this.ended !== null) return Promise.reject(this.ended);
    if (this.pending) return Promise.reject(new Error('One call at a time on a worker lease'));
    return new Promise<T>((resolve, reject) => {
      this.pending = { resolve: resolve as (reply: unknown) => void, reject };
      this.slot.worker.postMessage({ kind: 'call', body: message } satisfies PoolRequest, transfer);
    });
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.detach();
    if (this.ended === null) this.giveBack(this);
  }

  /** Ends the lease early: the pending call (if any) and later ones reject with `reason`. */
  end(reason: unknown): void {
    if (this.ended !== null) return;
    this.ended = reason;
    this.detach();
    const pending = this.pending;
    this.pending = null;
    pending?.reject(reason);
  }

  private detach(): void {
    if (this.signal && this.onAbort) this.signal.removeEventListener('abort', this.onAbort);
    this.onAbort = undefined;
  }
}

/**
 * A small, bounded pool of worker threads that make cohort plans off the caller's thread. Workers
 * are started once and reused. A plan leases a worker (`acquire`) for as many calls as it needs, or
 * sends one problem (`run`, with the default module); it waits in a bounded queue when every worker
 * is leased, and is refused (CohortPoolFullError) when the queue is full. Aborting a plan's signal
 * drops it from the queue, or terminates its worker (replaced at once by a fresh one).
 */
export class CohortPool {
  private readonly size: number;
  private readonly capacity: number;
  private readonly module: WorkerModule;
  private readonly settings: unknown;
  private readonly slots: Slot[] = [];
  private readonly waiting: Waiter[] = [];
  private closed = false;
  private started = 0;

  constructor(options: CohortPoolOptions = {}) {
    this.size = Math.max(1, options.workers ?? 2);
    this.capacity = Math.max(0, options.queue ?? 2);
    this.module = options.module ?? workerModuleAt(path.join(__dirname, 'worker'), path.extname(__filename));
    this.settings = options.settings;
  }

  /** Starts the workers now rather than at the first plan. */
  warm(): void {
    while (!this.closed && this.slots.length < this.size) this.slots.push(this.spawn());
  }

  get stats(): CohortPoolStats {
    return { workers: this.slots.length, started: this.started, busy: this.slots.filter((slot) => slot.lease !== null).length, waiting: this.waiting.length };
  }

  /**
   * A worker for one plan, once one is free. Rejects with CohortPoolFullError when the queue is
   * full, with the signal's reason when aborted (while waiting, or later through the lease's calls:
   * the worker is then terminated and replaced). Release the lease when done.
   */
  acquire(signal?: AbortSignal): Promise<CohortLease> {
    if (this.closed) return Promise.reject(new Error('The cohort pool is closed'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.warm();
    const idle = this.slots.find((slot) => slot.lease === null);
    if (idle) return Promise.resolve(this.lend(idle, signal));
    if (this.waiting.length >= this.capacity) return Promise.reject(new CohortPoolFullError(this.waiting.length));
    return new Promise<CohortLease>((resolve, reject) => {
      const waiter: Waiter = { signal, resolve, reject };
      if (signal) {
        waiter.onAbort = () => {
          const index = this.waiting.indexOf(waiter);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.waiting.push(waiter);
    });
  }

  /**
   * Plans `problem` in a worker running the default module. Its typed arrays are transferred: they
   * are detached (length 0) in the caller afterwards. Rejects as `acquire` does.
   */
  async run(problem: CohortProblem, signal?: AbortSignal): Promise<CohortPlan> {
    const lease = await this.acquire(signal);
    try {
      return await lease.call<CohortPlan>(problem, buffersOf(problem));
    } finally {
      lease.release();
    }
  }

  /** Lets every worker end its connections (up to `graceMs`), then terminates them; rejects what is running or waiting. */
  async close(graceMs = 2_000): Promise<void> {
    this.closed = true;
    const error = new Error('The cohort pool was closed');
    for (const waiter of this.waiting.splice(0)) {
      if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener('abort', waiter.onAbort);
      waiter.reject(error);
    }
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.lease?.end(error);
    await Promise.all(
      slots.map(async (slot) => {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          slot.closing = resolve;
          timer = setTimeout(resolve, graceMs);
          slot.worker.postMessage({ kind: 'close' } satisfies PoolRequest);
        });
        clearTimeout(timer);
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = startWorker(POOL_WORKER_FILE, { workerData: { ...this.module, settings: this.settings } satisfies PoolWorkerData });
    this.started++;
    // An idle worker must not keep the process alive.
    worker.unref();
    const slot: Slot = { worker, lease: null };
    worker.on('message', (message: PoolReply) => {
      if (message.kind === 'closed') {
        slot.closing?.();
        return;
      }
      const pending = slot.lease?.pending;
      if (!pending) return;
      slot.lease!.pending = null;
      if (message.kind === 'reply') pending.resolve(message.reply);
      else pending.reject(new Error(`cohort worker: ${message.error}`));
    });
    const fail = (error: Error) => {
      slot.closing?.();
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      slot.lease?.end(error);
      slot.lease = null;
      this.replace();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`cohort worker exited with code ${code}`)));
    return slot;
  }

  private lend(slot: Slot, signal?: AbortSignal): Lease {
    const lease = new Lease(slot, signal, (done) => this.giveBack(done));
    slot.lease = lease;
    slot.worker.ref();
    if (signal) {
      lease.onAbort = () => this.abort(lease);
      signal.addEventListener('abort', lease.onAbort, { once: true });
    }
    return lease;
  }

  private giveBack(lease: Lease): void {
    const { slot } = lease;
    if (slot.lease !== lease) return;
    slot.lease = null;
    slot.worker.postMessage({ kind: 'reset' } satisfies PoolRequest);
    slot.worker.unref();
    this.next(slot);
  }

  private next(slot: Slot): void {
    const waiter = this.waiting.shift();
    if (!waiter) return;
    if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener('abort', waiter.onAbort);
    waiter.resolve(this.lend(slot, waiter.signal));
  }

  /** The plan was abandoned: stop its worker (the only way to interrupt it) and start a fresh one. */
  private abort(lease: Lease): void {
    const { slot } = lease;
    lease.end(lease.signal?.reason);
    const index = this.slots.indexOf(slot);
    if (index < 0 || slot.lease !== lease) return;
    this.slots.splice(index, 1);
    slot.lease = null;
    void slot.worker.terminate();
    this.replace();
  }

  private replace(): void {
    if (this.closed) return;
    const fresh = this.spawn();
    this.slots.push(fresh);
    this.next(fresh);
  }
}
