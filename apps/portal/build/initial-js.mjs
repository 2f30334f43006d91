// The JavaScript a browser loads before the portal's first page can render: the module script of the built
// index.html, every <link rel="modulepreload"> it names, and everything those import statically (not `import()`).
// Sizes are gzip at level 9 (what `compression`/nginx `gzip_comp_level 9` send; the default level 6 is within ~1 %).
// Used by the bundle-budget test (apps/portal/src/bundle-budget.test.ts) and the Lighthouse bench.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** The portal's budget for initial JavaScript, gzipped (issue 10). */
export const INITIAL_JS_BUDGET_BYTES = 170 * 1024;

const attribute = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** `src` of module scripts and `href` of modulepreload links in an index.html, in document order. */
export function entryUrls(html) {
  const urls = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isModuleScript = /^<script/i.test(tag) && attribute(tag, 'type') === 'module' && attribute(tag, 'src');
    const isPreload = /^<link/i.test(tag) && attribute(tag, 'rel') === 'modulepreload';
    const url = isModuleScript ? attribute(tag, 'src') : isPreload ? attribute(tag, 'href') : undefined;
    if (url) urls.push(url);
  }
  return urls;
}

/**
 * Every chunk in the initial load of the build in `distDir`, with raw and gzipped sizes (bytes), and the totals.
 * Throws when index.html names nothing or a named file is missing (a budget must never pass on an empty list).
 */
export async function initialJavaScript(distDir) {
  await init;
  distDir = path.resolve(distDir);
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const roots = entryUrls(html);
  if (roots.length === 0) throw new Error(`${distDir}/index.html loads no module script`);
  const toFile = (url) => path.join(distDir, url.replace(/^\//, '').split(/[?#]/)[0]);
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const source = readFileSync(file);
    seen.set(file, { file: path.relative(distDir, file), raw: source.length, gzip: gzipSync(source, { level: 9 }).length });
    const [imports] = parse(source.toString('utf8'));
    for (const specifier of imports) {
      // d === -1: a static import or re-export; dynamic imports (d > -1) and import.meta (d === -2) load later or never.
      if (specifier.d !== -1 || !specifier.n || !specifier.n.startsWith('.')) continue;
      visit(path.resolve(path.dirname(file), specifier.n));
    }
  };
  for (const url of roots) visit(toFile(url));
  const chunks = [...seen.values()].sort((a, b) => b.gzip - a.gzip);
  return {
    chunks,
    rawBytes: chunks.reduce((sum, chunk) => sum + chunk.raw, 0),
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0),
  };
}

/** One line per chunk, biggest first: `  48.4 KB  index-abc.js`. */
export function describeInitialJavaScript(report, budgetBytes = INITIAL_JS_BUDGET_BYTES) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    ...report.chunks.map((chunk) => `${kb(chunk.gzip).padStart(10)}  ${chunk.file} (${kb(chunk.raw)} raw)`),
    `${kb(report.gzipBytes).padStart(10)}  total gzipped (${kb(report.rawBytes)} raw), budget ${kb(budgetBytes)}`,
  ].join('\n');
}
