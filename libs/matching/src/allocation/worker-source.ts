import path from 'node:path';

/*
 * Workers run inline code (eval) rather than a file: tsc emits no non-TypeScript files, so a
 * separate worker script would be missing from the compiled API. The inline code requires a module
 * of this library: its .js once compiled (dist/...), or its .ts when running from sources (Jest,
 * `api:dev` with @swc-node/register), in which case it first installs a minimal require hook
 * compiling TypeScript with @swc/core (a dev dependency). The module must import only relative paths.
 */
const PRELUDE = `
const { parentPort, workerData } = require('node:worker_threads');
const { modulePath, swcPath } = workerData;
if (swcPath) {
  const fs = require('node:fs');
  const { transformSync } = require(swcPath);
  require.extensions['.ts'] = (module, filename) => {
    const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
}
`;

/** Worker source: the prelude, then `body`, which may use parentPort, workerData and `loaded` (the required module). */
export function workerSource(body: string): string {
  return `${PRELUDE}\nconst loaded = require(modulePath);\n${body}`;
}

/** workerData locating `module` (a path relative to this library's src/, without extension) for workerSource. */
export function workerModule(module: string): { modulePath: string; swcPath: string | null } {
  const extension = path.extname(__filename);
  return {
    modulePath: path.join(__dirname, '..', `${module}${extension}`),
    swcPath: extension === '.ts' ? require.resolve('@swc/core') : null,
  };
}
