import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provideLocalSecrets } from '../common/secrets';
import { ConfigError, loadConfig, REQUIRED_IN_PRODUCTION } from './app-config';

describe('loadConfig', () => {
  it('applies documented defaults: the production posture unless told otherwise', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ NODE_ENV: 'production', PORT: 3000, RATE_LIMIT_PER_MINUTE: 1200, LOGIN_RATE_LIMIT_PER_MINUTE: 10, GRAPHQL_MAX_DEPTH: 10, DEMO_DATA: false });
    expect(config.introspection).toBe(false);
    expect(config.sandbox).toBe(false);
    expect(config.cookieSecure({ secure: false })).toBe(false);
    expect(config.cookieSecure({ secure: true })).toBe(true);
  });

  it('keeps development conveniences for NODE_ENV=development', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.introspection).toBe(true);
    expect(config.sandbox).toBe(true);
  });

  it('reads and converts values', () => {
    const config = loadConfig({ PORT: '8080', DEMO_DATA: 'true', NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PII_HASH_KEY: 'y'.repeat(40) });
    expect(config).toMatchObject({ PORT: 8080, DEMO_DATA: true });
    expect(config.introspection).toBe(false);
    expect(config.sandbox).toBe(false);
  });

  it('refuses a mistyped boolean instead of reading it as false', () => {
    expect(() => loadConfig({ COOKIE_SECURE: 'flase' })).toThrow(/COOKIE_SECURE/);
    expect(loadConfig({ COOKIE_SECURE: 'off' }).cookieSecure({ secure: true })).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'on' }).cookieSecure({ secure: false })).toBe(true);
  });

  it('reads TRUST_PROXY as hops, a boolean or addresses', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({}).trustProxy).toBeUndefined();
  });

  it('names every bad variable in one message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NODE_ENV: 'production', DATABASE_URL: 'postgres://db/shuraka', ADMIN_EMAIL: 'not-an-email' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/ADMIN_EMAIL/);
    expect(message).toMatch(/JWT_SECRET: required when NODE_ENV=production and DATABASE_URL is set/);
    expect(message).toMatch(/PII_HASH_KEY: required when NODE_ENV=production and DATABASE_URL is set/);
    expect(message).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither/);
  });

  it('requires every production variable once DATABASE_URL is set, naming each', () => {
    expect(REQUIRED_IN_PRODUCTION).toEqual(expect.arrayContaining(['DATABASE_URL', 'JWT_SECRET', 'PII_HASH_KEY']));
    const given = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/shuraka', JWT_SECRET: 'x'.repeat(40), PII_HASH_KEY: 'y'.repeat(40) };
    expect(() => loadConfig(given)).not.toThrow();
    for (const name of ['JWT_SECRET', 'PII_HASH_KEY']) {
      const env: Record<string, string> = { ...given, [name]: '' };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(new RegExp(`${name}: required when NODE_ENV=production and DATABASE_URL is set`));
    }
    // Outside production (npm run dev on a database of one's own), DATA_DIR still provides them.
    expect(() => loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://db/shuraka' })).not.toThrow();
  });
});

describe('secrets of the embedded default', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = join(mkdtempSync(join(tmpdir(), 'shuraka-secrets-')), 'data')));
  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('are generated on first start in production without DATABASE_URL, owner-only, and kept across restarts', () => {
    const first = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir });
    expect(provideLocalSecrets(first)).toEqual(['JWT_SECRET', 'PII_HASH_KEY']);
    expect(first.JWT_SECRET).toHaveLength(64);
    expect(first.PII_HASH_KEY).toHaveLength(64);
    expect(first.JWT_SECRET).not.toBe(first.PII_HASH_KEY);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const file of ['jwt-secret', 'pii-hash-key']) expect(statSync(join(dataDir, file)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(first.JWT_SECRET);

    const second = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir });
    expect(provideLocalSecrets(second)).toEqual([]);
    expect(second.JWT_SECRET).toBe(first.JWT_SECRET);
    expect(second.PII_HASH_KEY).toBe(first.PII_HASH_KEY);
  });

  it('are left alone when configured', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, JWT_SECRET: 'j'.repeat(40), PII_HASH_KEY: 'k'.repeat(40) });
    expect(provideLocalSecrets(config)).toEqual([]);
    expect(config.JWT_SECRET).toBe('j'.repeat(40));
    expect(() => statSync(dataDir)).toThrow();
  });
});
