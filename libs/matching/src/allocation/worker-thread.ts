import fs from 'node:fs';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/*
 * Worker threads start on real entry modules (allocation/allocate-worker.ts, cohort/pool-worker.ts),
 * compiled like any other module: whoever starts a worker imports its entry (for the entry's own
 * path, its `__filename`, and its message types), so tsc emits the entry wherever it emits its
 * caller (dist/apps/api for the built API). An entry does its work only as a worker's main module
 * (`require.main === module`).
 *
 * Compiled, an entry is a .js file that Node runs as it is. From sources (Jest, the benches, `api:dev`)
 * it is a .ts file, which the worker compiles with @swc-node/register (a dev dependency), given
 * tsconfig.base.json for the workspace's `@shuraka/...` aliases: the benches and `api:dev` preload that
 * hook (`node -r @swc-node/register`) and a worker inherits the preloads; Jest compiles in its own
 * module registry, which a worker does not have, so there the worker is given the hook itself.
 */

/** A module file a worker loads (CohortPool's `module`): its path with its extension. */
export interface WorkerModule {
  modulePath: string;
}

/**
 * The module file `file` (its path without extension, beside the caller: `path.join(__dirname, 'name')`)
 * with the caller's own extension (`path.extname(__filename)`): .ts when running from sources, .js once compiled.
 */
export function workerModuleAt(file: string, extension: string): WorkerModule {
  return { modulePath: `${file}${extension}` };
}

/** The hook compiling TypeScript from sources, and whether this process already preloads it (then its workers do too). */
const SOURCE_HOOK = '@swc-node/register';

function hookPreloaded(): boolean {
  return [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((argument) => argument.includes(SOURCE_HOOK));
}

/** The workspace's tsconfig.base.json (its path aliases), above this file. */
function workspaceTsconfig(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const file = path.join(dir, 'tsconfig.base.json');
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`no tsconfig.base.json above ${__dirname}`);
}

/** What a worker needs to run a .ts entry: nothing more when the hook is preloaded, else the hook and the workspace's tsconfig. */
function sourceOptions(): Pick<WorkerOptions, 'execArgv' | 'env'> {
  if (hookPreloaded()) return {};
  return {
    execArgv: [...process.execArgv, '--require', require.resolve(SOURCE_HOOK)],
    env: { ...process.env, SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? workspaceTsconfig() },
  };
}

/** Starts a worker thread on the entry module `entry` (the entry's `__filename`), from sources or compiled. */
export function startWorker(entry: string, options: Omit<WorkerOptions, 'eval' | 'execArgv' | 'env'> = {}): Worker {
  return new Worker(entry, path.extname(entry) === '.ts' ? { ...options, ...sourceOptions() } : options);
}
