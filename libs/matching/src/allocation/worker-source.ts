import fs from 'node:fs';
import path from 'node:path';

/*
 * Workers run inline code (eval) rather than a file: tsc emits no non-TypeScript files, so a
 * separate worker script would be missing from the compiled API. The inline code requires a module:
 * its .js once compiled (dist/...), or its .ts when running from sources (Jest, `api:dev` with
 * @swc-node/register), in which case it first installs a minimal require hook compiling TypeScript
 * with @swc/core (a dev dependency) and resolving the workspace's path aliases (`@shuraka/...`,
 * from tsconfig.base.json; the compiled API has them rewritten to relative paths). Modules so loaded
 * must not use decorators.
 */
const PRELUDE = `
const { parentPort, workerData } = require('node:worker_threads');
const { modulePath, swcPath, aliases } = workerData;
if (swcPath) {
  const fs = require('node:fs');
  const Module = require('node:module');
  const { transformSync } = require(swcPath);
  require.extensions['.ts'] = (module, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
  if (aliases) {
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      return resolve.call(this, Object.prototype.hasOwnProperty.call(aliases, request) ? aliases[request] : request, ...rest);
    };
  }
}
`;

/** Worker source: the prelude, then `body`, which may use parentPort, workerData and `loaded` (the required module). */
export function workerSource(body: string): string {
  return `${PRELUDE}\nconst loaded = require(modulePath);\n${body}`;
}

export interface WorkerModule {
  modulePath: string;
  swcPath: string | null;
  /** Path aliases (`@shuraka/domain` → its index.ts) when running from sources. */
  aliases: Record<string, string> | null;
}

/** The workspace's path aliases as absolute files, read once from tsconfig.base.json (sources only). */
let aliasCache: Record<string, string> | null | undefined;
function sourceAliases(): Record<string, string> | null {
  if (aliasCache !== undefined) return aliasCache;
  aliasCache = null;
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const file = path.join(dir, 'tsconfig.base.json');
    if (!fs.existsSync(file)) continue;
    const paths: Record<string, string[]> = JSON.parse(fs.readFileSync(file, 'utf8')).compilerOptions?.paths ?? {};
    aliasCache = Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [alias, path.join(dir, target)]));
    break;
  }
  return aliasCache;
}

/**
 * workerData locating a module file for workerSource: `file` is its path without extension, beside
 * the caller (`path.join(__dirname, 'name')`); `extension` is the caller's own (`path.extname(__filename)`),
 * .ts when running from sources, .js once compiled.
 */
export function workerModuleAt(file: string, extension: string): WorkerModule {
  const fromSources = extension === '.ts';
  return {
    modulePath: `${file}${extension}`,
    swcPath: fromSources ? require.resolve('@swc/core') : null,
    aliases: fromSources ? sourceAliases() : null,
  };
}

/** workerData locating `module` (a path relative to this library's src/, without extension) for workerSource. */
export function workerModule(module: string): WorkerModule {
  return workerModuleAt(path.join(__dirname, '..', module), path.extname(__filename));
}
