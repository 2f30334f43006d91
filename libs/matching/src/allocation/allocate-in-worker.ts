import { Worker } from 'node:worker_threads';
import { types } from 'node:util';
import { validateInstance } from './allocate';
import { workerModule, workerSource } from './worker-source';
import type { AllocationInstance, AllocationResult, UnassignedReason } from './types';

export interface AllocateInWorkerOptions {
  /**
   * Transfer (true, the default) the instance's typed arrays to the worker instead of copying them:
   * cheaper for big plans, but they are detached (length 0) in the caller afterwards.
   */
  transfer?: boolean;
  /** Aborting terminates the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
}

const REASONS: ReadonlyArray<null | UnassignedReason> = [null, 'NO_ELIGIBLE_SERVICE', 'CAPACITY'];

const WORKER_SOURCE = workerSource(`
const result = loaded.allocate(workerData.instance);
const reasons = new Uint8Array(result.unassignedReason.length);
result.unassignedReason.forEach((reason, a) => {
  reasons[a] = reason === null ? 0 : reason === 'NO_ELIGIBLE_SERVICE' ? 1 : 2;
});
parentPort.postMessage(
  { serviceOfApplicant: result.serviceOfApplicant, totalScore: result.totalScore, reasons },
  [result.serviceOfApplicant.buffer, reasons.buffer],
);
`);

interface WorkerReply {
  serviceOfApplicant: Int32Array;
  totalScore: number;
  reasons: Uint8Array;
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
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...workerModule('allocation/allocate'), instance: payload },
      transferList,
    });
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
    worker.once('message', (reply: WorkerReply) => {
      finish(() =>
        resolve({
          serviceOfApplicant: reply.serviceOfApplicant,
          totalScore: reply.totalScore,
          unassignedReason: Array.from(reply.reasons, (code) => REASONS[code]),
        }),
      );
    });
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`allocation worker exited with code ${code} before answering`))));
  });
}
