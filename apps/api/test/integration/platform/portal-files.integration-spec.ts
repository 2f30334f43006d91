import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('the built portal as the API serves it', () => {
  let api: TestApp;
  let portalDir: string;
  beforeAll(async () => {
    portalDir = mkdtempSync(join(tmpdir(), 'portal-'));
    mkdirSync(join(portalDir, 'assets'));
    writeFileSync(join(portalDir, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(portalDir, 'assets', 'index-abc123.js'), 'console.log("portal")');
    writeFileSync(join(portalDir, 'assets', 'react-def456.js'), `export const words = ${JSON.stringify('شركاء '.repeat(2000))};`);
    writeFileSync(join(portalDir, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["../../src/main.tsx"]}');
    api = await startTestApp({ env: { PORTAL_DIR: portalDir } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(portalDir, { recursive: true, force: true });
  });

  it('serves fingerprinted assets for a year and pages without caching', async () => {
    const script = await fetch(`${api.url}/assets/index-abc123.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${api.url}/referrals`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>portal</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses what it sends (brotli where the browser takes it, else gzip): a phone on 3G downloads a fraction', async () => {
    const { get } = await import('node:http');
    // node:http, not fetch: fetch would decompress and hide the encoding and the size on the wire.
    const download = (encoding?: string) =>
      new Promise<{ encoding: string | undefined; bytes: number; cacheControl: string | undefined; vary: string | undefined }>((done, fail) => {
        get(`${api.url}/assets/react-def456.js`, { headers: encoding === undefined ? {} : { 'accept-encoding': encoding } }, (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () =>
            done({ encoding: response.headers['content-encoding'], bytes, cacheControl: response.headers['cache-control'], vary: response.headers.vary }),
          );
        }).on('error', fail);
      });
    const plain = await download('identity');
    const brotli = await download('gzip, deflate, br');
    const gzip = await download('gzip, deflate');
    // No Accept-Encoding at all (compression is not even wired in): the same plain bytes, still marked as varying with it.
    const unasked = await download();
    expect(plain.encoding).toBeUndefined();
    expect(unasked).toMatchObject({ encoding: undefined, bytes: plain.bytes, vary: 'Accept-Encoding' });
    expect(plain.vary).toBe('Accept-Encoding');
    expect(brotli).toMatchObject({ encoding: 'br', cacheControl: 'public, max-age=31536000, immutable' });
    expect(gzip).toMatchObject({ encoding: 'gzip', cacheControl: 'public, max-age=31536000, immutable' });
    expect(brotli.bytes).toBeLessThan(plain.bytes / 10);
    expect(gzip.bytes).toBeLessThan(plain.bytes / 10);
  });

  it('keeps source maps (the portal source) away from browsers: 404, neither the map nor the portal page', async () => {
    for (const accept of ['*/*', 'text/html']) {
      const map = await fetch(`${api.url}/assets/index-abc123.js.map`, { headers: { accept } });
      expect(map.status).toBe(404);
      const body = await map.text();
      expect(body).not.toContain('sources');
      expect(body).not.toContain('<title>portal</title>');
    }
  });
});
