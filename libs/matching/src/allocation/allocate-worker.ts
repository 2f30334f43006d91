/*
 * The entry module of allocateInWorker's worker thread: runs `allocate` on the instance it is started
 * with and posts the result back, its arrays transferred. Imported by allocate-in-worker.ts for its
 * path and types only; it does its work only as a worker's main module (see worker-thread.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { allocate } from './allocate';
import type { AllocationInstance, UnassignedReason } from './types';

/** This module's file: what allocateInWorker starts its worker on. */
export const ALLOCATE_WORKER_FILE = __filename;

/** What the worker is started with. */
export interface AllocateWorkerData {
  instance: AllocationInstance;
}

/** The worker's answer: the result with the reasons as codes (indexes of ALLOCATE_REASONS). */
export interface AllocateWorkerReply {
  serviceOfApplicant: Int32Array;
  totalScore: number;
  reasons: Uint8Array;
}

export const ALLOCATE_REASONS: ReadonlyArray<null | UnassignedReason> = [null, 'NO_ELIGIBLE_SERVICE', 'CAPACITY'];

function answer({ instance }: AllocateWorkerData): void {
  const result = allocate(instance);
  const reasons = Uint8Array.from(result.unassignedReason, (reason) => ALLOCATE_REASONS.indexOf(reason));
  const reply: AllocateWorkerReply = { serviceOfApplicant: result.serviceOfApplicant, totalScore: result.totalScore, reasons };
  parentPort!.postMessage(reply, [result.serviceOfApplicant.buffer as ArrayBuffer, reasons.buffer]);
}

if (require.main === module) answer(workerData as AllocateWorkerData);
