import type { NestExpressApplication } from '@nestjs/platform-express';
import { parse as parseCookie } from 'cookie';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SESSION_COOKIE } from '../../modules/auth/auth.service';
import { isCalendarFeed } from './paths';

/** Set by the portal when the reader chooses a language (apps/portal/src/i18n/language.ts). */
export const LANGUAGE_COOKIE = 'shuraka_language';
/** Written by the portal's build beside index.html (apps/portal/build/boot-plugin.ts). */
export const BOOT_FILE = join('boot', 'boot.json');
/** How long a page waits for the session check before it is sent without (the portal then asks itself). */
const SESSION_CHECK_TIMEOUT_MS = 2_000;

type Language = 'ar' | 'en';

/** The build's boot file (the portal's `PortalBoot`, apps/portal/build/boot-plugin.ts). */
interface PortalBoot {
  signIn: Record<Language, { html: string; title: string }>;
  meOperation: string;
  preloads: { start: string[]; app: string[]; pages: Array<[path: string, files: string[]]> };
}

/** What the server found out about a page's request: who is signed in (null: nobody), or undefined: could not tell. */
type SessionAnswer = { me: Record<string, unknown> } | null | undefined;

/**
 * The built portal at /: its files, and for every page address index.html (the portal routes in the browser),
 * filled in for the request when the build wrote a boot file:
 * - without a valid session (no cookie, or the API refuses it): the sign-in page rendered at build time, in the
 *   reader's language (their cookie, else Arabic), which the portal hydrates instead of painting after its scripts;
 * - with a valid session: `modulepreload`s of the portal's start, the signed-in app and the page's chunks, and the `me` answer, so the
 *   portal neither asks who is signed in nor waits for one chunk before requesting the next (`private, no-store`);
 * - when the check cannot answer (the API is busy, rate limits): index.html as it is; the portal asks itself.
 */
export function servePortal(app: NestExpressApplication, portalDir: string): void {
  const index = join(portalDir, 'index.html');
  if (!existsSync(index)) return;
  const files = new PortalFiles(portalDir);
  // Source maps stay on the server (for reading a reported stack trace), never sent to browsers.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!req.path.endsWith('.map')) return next();
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(express.static(portalDir, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
  // The sign-in form posts to its own page if it is sent before the portal's scripts have taken it over (it comes
  // rendered in the HTML): the body is never read, the page is shown again.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isFormPost = req.method === 'POST' && !req.path.startsWith('/graphql') && req.is('application/x-www-form-urlencoded');
    if (!isFormPost) return next();
    res.redirect(303, `/${req.path.replace(/^\/+/, '')}`);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Calendar clients accept any type: without the exception their feed would be answered with the portal.
    const isPage = req.method === 'GET' && !req.path.startsWith('/graphql') && req.path !== '/health' && !isCalendarFeed(req.path) && req.accepts('html');
    if (!isPage) return next();
    const portal = files.read();
    if (!portal.boot) {
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(index);
    }
    const boot = portal.boot;
    const cookies = parseCookie(req.headers.cookie ?? '');
    const token = cookies[SESSION_COOKIE];
    const language = readerLanguage(cookies);
    const answer: Promise<SessionAnswer> = token ? askWhoIsSignedIn(req, token, language, boot.meOperation) : Promise.resolve(null);
    answer
      .then((session) => {
        // The page depends on the cookies; one with a user's data is never stored anywhere.
        res.setHeader('Vary', 'Cookie');
        res.setHeader('Cache-Control', session ? 'private, no-store' : 'no-cache');
        res.type('html').send(pageHtml(portal.html, boot, req.path, language, session));
      })
      .catch(next);
  });
}

/** index.html and the boot file, read again only when the build changed (one server can serve a new build). */
class PortalFiles {
  private cached?: { key: string; html: string; boot: PortalBoot | undefined };
  constructor(private readonly dir: string) {}

  read(): { html: string; boot: PortalBoot | undefined } {
    const index = join(this.dir, 'index.html');
    const bootFile = join(this.dir, BOOT_FILE);
    const hasBoot = existsSync(bootFile);
    const key = `${statSync(index).mtimeMs}:${hasBoot ? statSync(bootFile).mtimeMs : '-'}:${index}`;
    if (this.cached?.key !== key) {
      const html = readFileSync(index, 'utf8');
      // An index.html without the places to fill (an older build) is sent as it is.
      const fillable = html.includes(HEAD_MARK) && ROOT_SECTION.test(html);
      const boot = hasBoot && fillable ? (JSON.parse(readFileSync(bootFile, 'utf8')) as PortalBoot) : undefined;
      this.cached = { key, html, boot };
    }
    return this.cached;
  }
}

const HEAD_MARK = '<!--boot:head-->';
const ROOT_SECTION = /<div id="root"><!--boot:root-->[\s\S]*?<!--\/boot:root--><\/div>/;

/** index.html filled in for this request (see servePortal). */
export function pageHtml(html: string, boot: PortalBoot, path: string, language: Language, session: SessionAnswer): string {
  if (session === undefined) return html;
  const data = `<script type="application/json" id="shuraka-boot">${scriptJson({ language, session })}</script>`;
  const withLanguage = html.replace(/<html\b[^>]*>/, `<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}" data-mantine-color-scheme="light">`);
  if (session === null) {
    const signIn = boot.signIn[language];
    return withLanguage
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(signIn.title)}</title>`)
      .replace(HEAD_MARK, () => data)
      .replace(ROOT_SECTION, () => `<div id="root" data-prerendered>${signIn.html}</div>`);
  }
  const preloads = [...boot.preloads.start, ...boot.preloads.app, ...(pageFiles(boot, path) ?? [])]
    .map((file) => `<link rel="modulepreload" crossorigin href="/${escapeHtml(file)}">`)
    .join('');
  return withLanguage.replace(HEAD_MARK, () => `${preloads}${data}`);
}

/**
 * The chunks of the page at this path, matched as the portal's router does (apps/portal/src/app/pages.ts `pageFor`):
 * same number of segments, `:params` match any, the route with fewer parameters wins (`applicants/new`).
 */
export function pageFiles(boot: PortalBoot, path: string): string[] | undefined {
  const segments = path.split('/').filter(Boolean);
  const params = (pattern: string[]) => pattern.filter((part) => part.startsWith(':')).length;
  const candidates = boot.preloads.pages
    .map(([pagePath, files]) => ({ pattern: pagePath.split('/'), files }))
    .filter(({ pattern }) => pattern.length === segments.length && pattern.every((part, index) => part.startsWith(':') || part === segments[index]))
    .sort((a, b) => params(a.pattern) - params(b.pattern));
  return candidates[0]?.files;
}

/**
 * The portal's own `me`, asked of this server over the loopback with the request's session cookie: the same
 * authentication, rate limit and answer as if the portal asked. Null when the API says nobody is signed in;
 * undefined when it cannot tell (busy, rate-limited, a failure): the portal then asks itself.
 */
async function askWhoIsSignedIn(req: Request, token: string, language: Language, meOperation: string): Promise<SessionAnswer> {
  const host = req.socket.localAddress ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${req.socket.localPort}/graphql`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'accept-language': language,
        cookie: `${SESSION_COOKIE}=${token}`,
        // Counted against the reader's address where the API trusts the loopback as a proxy (else the loopback's).
        ...(req.ip ? { 'x-forwarded-for': req.ip } : {}),
      },
      body: JSON.stringify({ operationName: 'Me', query: meOperation, variables: {} }),
      signal: AbortSignal.timeout(SESSION_CHECK_TIMEOUT_MS),
    });
    const body = (await response.json()) as { data?: { me?: Record<string, unknown> } | null; errors?: Array<{ extensions?: { code?: string } }> };
    if (body.data?.me && !body.errors?.length) return { me: body.data.me };
    if (body.errors?.length && body.errors.every((error) => error.extensions?.code === 'UNAUTHENTICATED')) return null;
    return undefined;
  } catch {
    return undefined;
  }
}

/** The reader's chosen language (the portal's cookie), else Arabic, the portal's primary language. */
function readerLanguage(cookies: Record<string, string | undefined>): Language {
  return cookies[LANGUAGE_COOKIE] === 'en' ? 'en' : 'ar';
}

/** JSON inside a `<script>`: no `</script>` or `<!--` can end it early (every `<` escaped), nor line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Vite fingerprints files under assets/, so they can be cached for a year. */
function immutableAssets(res: Response, path: string): void {
  if (path.includes(`${join('/', 'assets', '/')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
