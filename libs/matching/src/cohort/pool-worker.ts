/*
 * The entry module of CohortPool's worker threads: loads the pool's module (workerData.modulePath)
 * and answers the pool's messages with it, one at a time, until the pool closes it. Imported by
 * pool.ts for its path and message types only; it does its work only as a worker's main module (see
 * allocation/worker-thread.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerModule } from '../allocation/worker-thread';

/** This module's file: what CohortPool starts its workers on. */
export const POOL_WORKER_FILE = __filename;

/** What each worker is started with: the module it runs, and the settings given to its handle and close. */
export interface PoolWorkerData extends WorkerModule {
  settings: unknown;
}

/** The pool's messages: a call of the module's handle, the end of a lease, closing. */
export type PoolRequest = { kind: 'call'; body: unknown } | { kind: 'reset' } | { kind: 'close' };

/** The worker's messages: the module's reply to a call or its error, or that it has closed. */
export type PoolReply = { kind: 'reply'; reply: unknown } | { kind: 'error'; error: string } | { kind: 'closed' };

/** What the pool's module exports (CohortPoolOptions.module). */
interface PoolModule {
  handle(message: unknown, settings: unknown): { reply: unknown; transfer?: ArrayBuffer[] } | Promise<{ reply: unknown; transfer?: ArrayBuffer[] }>;
  reset?(): void;
  close?(settings: unknown): void | Promise<void>;
}

function serve({ modulePath, settings }: PoolWorkerData): void {
  const loaded = module.require(modulePath) as PoolModule;
  const port = parentPort!;
  const post = (message: PoolReply, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  port.on('message', async (message: PoolRequest) => {
    if (message.kind === 'reset') {
      loaded.reset?.();
      return;
    }
    if (message.kind === 'close') {
      try {
        await loaded.close?.(settings);
      } finally {
        post({ kind: 'closed' });
      }
      return;
    }
    let answer: Awaited<ReturnType<PoolModule['handle']>>;
    try {
      answer = await loaded.handle(message.body, settings);
    } catch (error) {
      const text = (error as { message?: unknown } | null | undefined)?.message;
      post({ kind: 'error', error: String(text ? text : error) });
      return;
    }
    post({ kind: 'reply', reply: answer.reply }, answer.transfer ?? []);
  });
}

if (require.main === module) serve(workerData as PoolWorkerData);
