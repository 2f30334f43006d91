export * from './types';
export { allocate, validateInstance } from './allocate';
export { buildAllocationInstance } from './build-instance';
export { allocateInWorker, type AllocateInWorkerOptions } from './allocate-in-worker';
export { blockingOpenReferral, withoutOpenKindPairs, type OpenReferralOfKind } from './open-referrals';
export { workerModuleAt, type WorkerModule } from './worker-thread';
