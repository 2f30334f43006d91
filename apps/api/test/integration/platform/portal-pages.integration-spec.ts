import { Role } from '@shuraka/domain';
import jwt from 'jsonwebtoken';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserEntity } from '../../../src/modules/users/user.entity';
import { createOrganization, createUser } from '../../factories';
import { startTestApp, TEST_ENV, type TestApp } from '../../support/test-app';

/**
 * The portal's pages as the server fills them in for the request (common/http/portal.ts), from a build's
 * index.html and boot file (apps/portal/build/boot-plugin.ts writes the real one; this one has its shape).
 */
const INDEX = `<!doctype html>
<html lang="ar" dir="rtl" data-mantine-color-scheme="light">
  <head><title>شركاء · Shuraka</title>
    <!--boot:head-->
  </head>
  <body>
    <div id="root"><!--boot:root--><div class="boot-loader">…</div><!--/boot:root--></div>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </body>
</html>`;

const ME_OPERATION = `query Me { me { ...CurrentUserFields } }
fragment CurrentUserFields on User { id email displayName role organization { id name { ar en } } }`;

const BOOT = {
  signIn: {
    ar: { html: '<main id="main-content"><h1>تسجيل الدخول</h1><form method="post"></form></main>', title: 'تسجيل الدخول — شركاء' },
    en: { html: '<main id="main-content"><h1>Sign in</h1><form method="post"></form></main>', title: 'Sign in — Shuraka' },
  },
  meOperation: ME_OPERATION,
  preloads: {
    start: ['assets/start-0.js'],
    app: ['assets/SignedInApp-1.js', 'assets/useQuery-2.js'],
    pages: [
      ['referrals', ['assets/ReferralsPage-3.js']],
      ['applicants/:id', ['assets/ApplicantPage-4.js', 'assets/MatchList-5.js']],
      ['applicants/new', ['assets/RegisterApplicantPage-6.js']],
    ],
  },
};

interface Boot {
  language: string;
  session: { me: { id: string; email: string; displayName: string; role: string; organization: { id: string; name: { ar: string; en: string } } | null } } | null;
}

function bootData(html: string): Boot | undefined {
  const match = /<script type="application\/json" id="shuraka-boot">([^<]*)<\/script>/.exec(html);
  return match ? (JSON.parse(match[1]) as Boot) : undefined;
}

const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((match) => match[1]);

describe('portal pages filled in for the request (sign-in page rendered at build time, inlined session)', () => {
  let api: TestApp;
  let portalDir: string;
  beforeAll(async () => {
    portalDir = mkdtempSync(join(tmpdir(), 'portal-pages-'));
    mkdirSync(join(portalDir, 'boot'));
    writeFileSync(join(portalDir, 'index.html'), INDEX);
    writeFileSync(join(portalDir, 'boot', 'boot.json'), JSON.stringify(BOOT));
    api = await startTestApp({ env: { PORTAL_DIR: portalDir } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(portalDir, { recursive: true, force: true });
  });

  const page = (path: string, cookie?: string) => fetch(`${api.url}${path}`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });

  it('without a session: the sign-in page in the HTML, in Arabic unless the reader chose English, no user data, cacheable after revalidation', async () => {
    const arabic = await page('/');
    const html = await arabic.text();
    expect(arabic.headers.get('cache-control')).toBe('no-cache');
    expect(arabic.headers.get('vary')).toContain('Cookie');
    expect(html).toContain(`<div id="root" data-prerendered>${BOOT.signIn.ar.html}</div>`);
    expect(html).toContain('<html lang="ar" dir="rtl"');
    expect(html).toContain('<title>تسجيل الدخول — شركاء</title>');
    expect(html).not.toContain('boot-loader');
    expect(preloads(html)).toEqual([]);
    expect(bootData(html)).toEqual({ language: 'ar', session: null });

    // Any page address: the sign-in page is what a visitor without a session sees there.
    const english = await (await page('/referrals', 'shuraka_language=en')).text();
    expect(english).toContain(`<div id="root" data-prerendered>${BOOT.signIn.en.html}</div>`);
    expect(english).toContain('<html lang="en" dir="ltr"');
    expect(english).toContain('<title>Sign in — Shuraka</title>');
    expect(bootData(english)).toEqual({ language: 'en', session: null });
  });

  it('with a valid session: the `me` answer inlined, the signed-in app and the page chunks preloaded, never stored', async () => {
    const organization = await createOrganization(api.dataSource, { nameAr: 'منظمة </script><script>alert(1)</script>', nameEn: 'Org <!-- x' });
    const user = await createUser(api.dataSource, Role.COORDINATOR, organization.id);
    const cookie = `shuraka_session=${api.tokenFor(user.id)}`;

    const response = await page(`/applicants/${user.id}`, cookie);
    const html = await response.text();
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(html).toContain('boot-loader');
    expect(html).not.toContain('data-prerendered');
    expect(preloads(html)).toEqual(['/assets/start-0.js', '/assets/SignedInApp-1.js', '/assets/useQuery-2.js', '/assets/ApplicantPage-4.js', '/assets/MatchList-5.js']);
    // The same answer the portal's own request gets (the same operation through /graphql).
    const own = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body: JSON.stringify({ query: ME_OPERATION }),
    });
    const { data } = (await own.json()) as { data: NonNullable<Boot['session']> };
    expect(bootData(html)).toEqual({ language: 'ar', session: { me: data.me } });
    expect(data.me.organization?.name.ar).toContain('</script>');
    // Escaped: the organisation's name cannot end the script element or start a comment.
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).not.toContain('<!-- x');

    // A static page beats a parameter (as the router matches); an unknown page gets the signed-in app only.
    expect(preloads(await (await page('/applicants/new', cookie)).text())).toEqual(['/assets/start-0.js', '/assets/SignedInApp-1.js', '/assets/useQuery-2.js', '/assets/RegisterApplicantPage-6.js']);
    expect(preloads(await (await page('/no/such/page', cookie)).text())).toEqual(['/assets/start-0.js', '/assets/SignedInApp-1.js', '/assets/useQuery-2.js']);
  });

  it('with an expired, forged or revoked session cookie: the sign-in page, as without one', async () => {
    const user = await createUser(api.dataSource, Role.VIEWER);
    const expired = jwt.sign({ ver: 0, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_ENV.JWT_SECRET, { algorithm: 'HS256', subject: user.id });
    const forged = jwt.sign({ ver: 0 }, 'another-secret-that-is-long-enough-for-hs256', { algorithm: 'HS256', subject: user.id, expiresIn: 600 });
    const revoked = api.tokenFor(user.id);
    await api.dataSource.getRepository(UserEntity).increment({ id: user.id }, 'tokenVersion', 1);
    for (const token of [expired, forged, revoked, 'not-a-token']) {
      const response = await page('/referrals', `shuraka_session=${token}`);
      const html = await response.text();
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(html).toContain(`<div id="root" data-prerendered>${BOOT.signIn.ar.html}</div>`);
      expect(bootData(html)).toEqual({ language: 'ar', session: null });
      expect(preloads(html)).toEqual([]);
      expect(html).not.toContain(user.email);
    }
  });

  it('answers a sign-in form sent before the scripts ran with the page again (303), never reading it; GraphQL is not affected', async () => {
    const response = await fetch(`${api.url}//evil.example/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.c&password=secret',
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/evil.example/referrals');
    const graphql = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' });
    expect(graphql.status).not.toBe(303);
  });
});
