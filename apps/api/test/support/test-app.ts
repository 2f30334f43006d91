import 'reflect-metadata';
import { randomInt } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DestinationStream } from 'pino';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { createLogger } from '../../src/common/logging/logger';
import { loadConfig } from '../../src/config/app-config';
import { TokenService } from '../../src/modules/auth/token.service';

export interface FieldError {
  field: string;
  message: string;
  constraint?: string;
}

/** An error as the API sends it; `extensions.code` is one of the contract's codes (or a GraphQL one). */
export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; fieldErrors?: FieldError[]; [key: string]: unknown };
}

/**
 * A GraphQL document that names the shape of its `data`, so `api.gql(ME)` knows what `data.me` holds
 * without repeating the type at every call: `const ME = operation<{ me: { id: string } }>('{ me { id } }')`.
 * The shape is the test's expectation, as with any typed client; the assertions check it.
 */
export type Operation<T> = string & { readonly __data?: T };

export function operation<T>(document: string): Operation<T> {
  return document as Operation<T>;
}

/** `data` is `unknown` unless the caller says what it reads (an `Operation<T>` or `gql<T>(…)`). */
export interface GqlResponse<T = unknown> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
  headers: Headers;
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  dataSource: DataSource;
  gql<T = unknown>(query: string | Operation<T>, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  tokenFor(userId: string): string;
  /** The client address gql() requests come from (X-Forwarded-For through the trusted loopback proxy). */
  clientAddress: string;
  close(): Promise<void>;
}

export const TEST_ENV = {
  NODE_ENV: 'test',
  JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
  PII_HASH_KEY: 'test-pii-hash-key-that-is-long-enough-to-use',
  LOG_LEVEL: 'silent',
  PORTAL_DIR: '/nonexistent',
  DATA_DIR: 'tmp/test-data',
  // Rate limits live in the database all test apps share: each app's client gets its own address.
  TRUST_PROXY: 'loopback',
};

/**
 * A real API on a random port, on the test database, called over HTTP like any client.
 * `env` overrides configuration (limits, production mode …); `sqlLogger` sees every statement;
 * `logStream` receives the JSON log lines; `databaseUrl` another database of the test server (the demo's).
 */
export async function startTestApp(
  options: { env?: Record<string, string>; sqlLogger?: TypeOrmLogger; logStream?: DestinationStream; databaseUrl?: string } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup)');
  const config = loadConfig({ ...TEST_ENV, ...options.env });
  const logger = createLogger(config.LOG_LEVEL, options.logStream);
  const app = await createApp({ config, databaseUrl, logger, sqlLogger: options.sqlLogger });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const tokens = app.get(TokenService);
  const clientAddress = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  return {
    app,
    url,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    async gql<T>(query: string | Operation<T>, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T | null; errors?: GqlError[] };
      return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
    },
    tokenFor: (userId) => tokens.sign(userId, 0),
    clientAddress,
    close: () => app.close(),
  };
}

/** The single error's code, failing loudly when the response has data instead. */
export function errorCode(response: GqlResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

export function fieldErrors(response: GqlResponse): FieldError[] {
  return response.errors?.[0]?.extensions?.fieldErrors ?? [];
}
