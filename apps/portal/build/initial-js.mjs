// The JavaScript a browser loads before the portal's first page works: the module script of the built index.html,
// every <link rel="modulepreload"> it names, the portal's start (src/start.tsx, which the entry imports with
// `import()` once the prerendered sign-in page has painted: without it the measure would be the few KB of the entry
// alone), and everything those import statically. Other `import()`s (the signed-in app, the pages, English) load
// later or never.
// Sizes are gzip at level 9 (what `compression`/nginx `gzip_comp_level 9` send; the default level 6 is within ~1 %).
// Used by the bundle-budget test (apps/portal/src/bundle-budget.test.ts) and the Lighthouse bench.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** The portal's budget for initial JavaScript, gzipped (issue 10). */
export const INITIAL_JS_BUDGET_BYTES = 170 * 1024;

/** The chunk of src/start.tsx (`assets/start-<hash>.js`). */
const START_CHUNK = /(^|\/)start-[\w-]+\.js$/;

const attribute = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** `src` of module scripts and `href` of modulepreload links in an index.html, in document order. */
export function entryUrls(html) {
  return entryTags(html).map((entry) => entry.url);
}

/** The module scripts (`entry: true`) and modulepreloads of an index.html, in document order. */
function entryTags(html) {
  const tags = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isModuleScript = /^<script/i.test(tag) && attribute(tag, 'type') === 'module' && attribute(tag, 'src');
    const isPreload = /^<link/i.test(tag) && attribute(tag, 'rel') === 'modulepreload';
    const url = isModuleScript ? attribute(tag, 'src') : isPreload ? attribute(tag, 'href') : undefined;
    if (url) tags.push({ url, entry: Boolean(isModuleScript) });
  }
  return tags;
}

/**
 * Every chunk in the initial load of the build in `distDir`, with raw and gzipped sizes (bytes), and the totals.
 * Throws when index.html names nothing or a named file is missing (a budget must never pass on an empty list).
 */
export async function initialJavaScript(distDir) {
  await init;
  distDir = path.resolve(distDir);
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const roots = entryTags(html);
  if (roots.length === 0) throw new Error(`${distDir}/index.html loads no module script`);
  const toFile = (url) => path.join(distDir, url.replace(/^\//, '').split(/[?#]/)[0]);
  const seen = new Map();
  const visit = (file, isEntry = false) => {
    if (seen.has(file)) return;
    const source = readFileSync(file);
    seen.set(file, { file: path.relative(distDir, file), raw: source.length, gzip: gzipSync(source, { level: 9 }).length });
    const [imports] = parse(source.toString('utf8'));
    for (const specifier of imports) {
      // d === -1: a static import or re-export; d > -1: `import()`, followed only from the entry to the start chunk
      // (see above); import.meta (d === -2) loads nothing.
      const followed = specifier.d === -1 || (isEntry && specifier.d > -1 && START_CHUNK.test(specifier.n ?? ''));
      if (!followed || !specifier.n || !specifier.n.startsWith('.')) continue;
      visit(path.resolve(path.dirname(file), specifier.n));
    }
  };
  for (const root of roots) visit(toFile(root.url), root.entry);
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
