import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';

/** A page of app/pages.ts: `['applicants/:id', page('ApplicantPage', () => import('../modules/…/ApplicantPage'))]`. */
const PAGE_LINE = /\[\s*'([^']+)',\s*page\(\s*'\w+',\s*\(\)\s*=>\s*import\('([^']+)'\)\s*\)\s*\]/g;

/** What the API puts into index.html for a page's request (apps/api/src/common/http/portal.ts reads it). */
export interface PortalBoot {
  /** The sign-in page rendered at build time (the inside of #root) and its title, per language. */
  signIn: Record<'ar' | 'en', { html: string; title: string }>;
  /** The portal's `me` operation, asked by the server for the page's request to inline the answer. */
  meOperation: string;
  /**
   * Files (under the portal's root) to `modulepreload` once someone is signed in: the portal's start (src/start.tsx,
   * which the entry imports), the signed-in app's, and each page's.
   */
  preloads: { start: string[]; app: string[]; pages: Array<[path: string, files: string[]]> };
}

export const BOOT_FILE = 'boot/boot.json';

/**
 * After the browser build: the sign-in page rendered to HTML (a server-side build of src/prerender.tsx, run once
 * per language) and the chunks each page needs, from the bundle, into `boot/boot.json` beside index.html.
 */
export function bootPlugin(): Plugin {
  let config: ResolvedConfig;
  let preloads: PortalBoot['preloads'] | undefined;
  return {
    name: 'shuraka:boot',
    // The browser build only (not the server-side build this plugin starts, not dev or tests).
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      preloads = pagePreloads(bundle, path.join(config.root, 'src/app'));
    },
    async closeBundle() {
      if (!preloads) return; // the build failed
      const scratch = path.resolve(config.root, '../../tmp', `portal-prerender-${process.pid}`);
      try {
        // Inside the workspace, so the rendered module finds node_modules (packages stay external).
        const result = await build({
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'error',
          build: { ssr: path.join(config.root, 'src/prerender.tsx'), outDir: scratch, emptyOutDir: true, sourcemap: false },
        });
        const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
        const entry = outputs.flatMap((output) => output.output).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
        if (!entry) throw new Error('boot plugin: the server-side build of src/prerender.tsx has no entry');
        const prerender = (await import(pathToFileURL(path.join(scratch, entry.fileName)).href)) as typeof import('../src/prerender');
        const signIn = Object.fromEntries(
          await Promise.all(prerender.LANGUAGES.map(async (language) => [language, await prerender.renderSignIn(language)] as const)),
        ) as PortalBoot['signIn'];
        const boot: PortalBoot = { signIn, meOperation: prerender.ME_OPERATION, preloads };
        const file = path.join(config.build.outDir, BOOT_FILE);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(boot));
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}

/** Each page's chunks (its module's and what they import statically), beyond what index.html already loads. */
export function pagePreloads(bundle: Rollup.OutputBundle, appDir: string): PortalBoot['preloads'] {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // A module's chunk: the one it is the facade of, else the one it went into.
  const byModule = new Map<string, Rollup.OutputChunk>();
  for (const chunk of chunks) for (const id of chunk.moduleIds) if (!byModule.has(stripExtension(id))) byModule.set(stripExtension(id), chunk);
  for (const chunk of chunks) if (chunk.facadeModuleId) byModule.set(stripExtension(chunk.facadeModuleId), chunk);
  const closure = (chunk: Rollup.OutputChunk, files = new Set<string>()): Set<string> => {
    if (files.has(chunk.fileName)) return files;
    files.add(chunk.fileName);
    for (const imported of chunk.imports) {
      const next = byFile.get(imported);
      if (next) closure(next, files);
    }
    return files;
  };
  const chunkOf = (modulePath: string) => {
    const chunk = byModule.get(stripExtension(modulePath));
    if (!chunk) throw new Error(`boot plugin: no chunk for ${modulePath}`);
    return chunk;
  };
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('boot plugin: the build has no entry chunk');
  const initial = closure(entry);
  const start = closure(chunkOf(path.join(appDir, '../start')));
  const app = new Set([...closure(chunkOf(path.join(appDir, 'SignedInApp'))), ...closure(chunkOf(path.join(appDir, 'pages')))]);
  const beyond = (files: Set<string>, loaded: Set<string>) => [...files].filter((file) => !loaded.has(file) && !initial.has(file) && !start.has(file));
  const source = readFileSync(path.join(appDir, 'pages.ts'), 'utf8');
  const pages = [...source.matchAll(PAGE_LINE)].map(([, pagePath, specifier]): [string, string[]] => [
    pagePath,
    beyond(closure(chunkOf(path.resolve(appDir, specifier))), app),
  ]);
  if (pages.length === 0) throw new Error('boot plugin: no page found in app/pages.ts');
  return { start: [...start].filter((file) => !initial.has(file)), app: beyond(app, new Set()), pages };
}

const stripExtension = (file: string) => file.replace(/\.(tsx?|jsx?)$/, '');
