import { types } from 'node:util';
import { validateInstance } from './allocate';
import { ALLOCATE_REASONS, ALLOCATE_WORKER_FILE, type AllocateWorkerData, type AllocateWorkerReply } from './allocate-worker';
import { startWorker } from './worker-thread';
import type { AllocationInstance, AllocationResult } from './types';

export interface AllocateInWorkerOptions {
  /**
   * Transfer (true, the default) the instance's typed arrays to the worker instead of copying them:
   * cheaper for big plans, but they are detached (length 0) in the caller afterwards.
   */
  transfer?: boolean;
  /** Aborting terminates the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Runs `allocate` in a `node:worker_threads` Worker so that the calling thread's event loop stays
 * free while a big plan is computed. Invalid instances are rejected before a worker is started.
 */
export function allocateInWorker(instance: AllocationInstance, options: AllocateInWorkerOptions = {}): Promise<AllocationResult> {
  try {
    validateInstance(instance);
  } catch (error) {
    return Promise.reject(error);
  }
  const { signal, transfer = true } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);

  const transferList: ArrayBuffer[] = [];
  const pass = <T extends Int32Array>(array: T): T => {
    const whole = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && types.isArrayBuffer(array.buffer);
    if (!transfer || !whole || transferList.includes(array.buffer as ArrayBuffer)) return array.slice() as T;
    transferList.push(array.buffer as ArrayBuffer);
    return array;
  };
  const payload: AllocationInstance = {
    applicantCount: instance.applicantCount,
    capacities: Float64Array.from(instance.capacities),
    rowStart: pass(instance.rowStart),
    serviceOf: pass(instance.serviceOf),
    score: pass(instance.score),
  };

  return new Promise<AllocationResult>((resolve, reject) => {
    const worker = startWorker(ALLOCATE_WORKER_FILE, { workerData: { instance: payload } satisfies AllocateWorkerData, transferList });
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = (): void => {
      finish(() => reject(signal?.reason));
      void worker.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: AllocateWorkerReply) => {
      finish(() =>
        resolve({
          serviceOfApplicant: reply.serviceOfApplicant,
          totalScore: reply.totalScore,
          unassignedReason: Array.from(reply.reasons, (code) => ALLOCATE_REASONS[code]),
        }),
      );
    });
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`allocation worker exited with code ${code} before answering`))));
  });
}
