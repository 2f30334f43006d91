// Jest (on Node < 24.9) cannot require() ES modules, and NestJS 12 ships only ES modules.
// This transformer compiles TypeScript sources and ESM-only packages to CommonJS with SWC,
// rewriting `import.meta.url` (used by those packages with createRequire) to its CommonJS equivalent.
const path = require('node:path');
const { createTransformer } = require('@swc/jest');

const ROOT = path.join(__dirname, '../..');
// Path aliases of tsconfig.base.json, rewritten at compile time so that they also work in Jest's
// global setup (which does not use moduleNameMapper).
const { paths } = require(path.join(ROOT, 'tsconfig.base.json')).compilerOptions;

const REQUIRE_DECLARATION = /^\s*const require = createRequire\(import\.meta\.url\);?\s*$/m;
const CREATE_REQUIRE = /\bcreateRequire\(import\.meta\.url\)/g;
const IMPORT_META_URL = /\bimport\.meta\.url\b/g;

function create(options = {}) {
  const swc = createTransformer({
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      baseUrl: ROOT,
      paths,
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
    ...options,
  });
  const rewrite = (src) =>
    src
      .replace(REQUIRE_DECLARATION, '')
      .replace(CREATE_REQUIRE, 'require')
      .replace(IMPORT_META_URL, "require('node:url').pathToFileURL(__filename).href");
  return {
    ...swc,
    process(src, filename, config) {
      return swc.process(rewrite(src), filename, config);
    },
    processAsync(src, filename, config) {
      return swc.processAsync(rewrite(src), filename, config);
    },
    getCacheKey(src, filename, ...rest) {
      return swc.getCacheKey(rewrite(src), filename, ...rest);
    },
  };
}

module.exports = { createTransformer: create };
