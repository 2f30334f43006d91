import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, RATE_LIMIT_PER_MINUTE: 1200, LOGIN_RATE_LIMIT_PER_MINUTE: 10, GRAPHQL_MAX_DEPTH: 10, DEMO_DATA: false });
    expect(config.introspection).toBe(true);
    expect(config.cookieSecure).toBe(false);
  });

  it('reads and converts values', () => {
    const config = loadConfig({ PORT: '8080', DEMO_DATA: 'true', NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PII_HASH_KEY: 'y'.repeat(40) });
    expect(config).toMatchObject({ PORT: 8080, DEMO_DATA: true });
    expect(config.introspection).toBe(false);
    expect(config.sandbox).toBe(false);
    expect(config.cookieSecure).toBe(true);
  });

  it('refuses a mistyped boolean instead of reading it as false', () => {
    expect(() => loadConfig({ COOKIE_SECURE: 'flase' })).toThrow(/COOKIE_SECURE/);
    expect(loadConfig({ COOKIE_SECURE: 'off' }).cookieSecure).toBe(false);
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
      loadConfig({ PORT: 'eighty', NODE_ENV: 'production', ADMIN_EMAIL: 'not-an-email' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/ADMIN_EMAIL/);
    expect(message).toMatch(/JWT_SECRET: required when NODE_ENV=production/);
    expect(message).toMatch(/PII_HASH_KEY: required when NODE_ENV=production/);
    expect(message).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither/);
  });
});
