import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import helmet from 'helmet';
import { resolve } from 'node:path';
import pinoHttp from 'pino-http';
import { AppModule, type AppModuleOptions } from './app.module';
import { loggedPath } from './common/http/paths';
import { servePortal } from './common/http/portal';
import { limitRequestReceiving, requestTimeout } from './common/http/request-timeout';
import { PinoNestLogger } from './common/logging/logger';
import { serializeError } from './common/logging/redact';

/**
 * Builds the HTTP application: security headers, compression (weak connections), a 1 MB body
 * limit, GraphQL at /graphql, /health, and the built portal at / with a fallback to index.html.
 */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const { config, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      // GraphiQL (development) loads its page from a CDN; the portal itself needs only 'self'.
      contentSecurityPolicy: config.sandbox ? false : { directives: { 'upgrade-insecure-requests': null } },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(compression());
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === '/health' },
      // A GET /graphql carries its variables in the query string: only the path is logged (a calendar feed's path
      // without its secret token). Not wrapped: pino-http's wrapping would hand serializeError a copy with every property.
      wrapSerializers: false,
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: loggedPath(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: serializeError,
      },
    }),
  );
  app.use(requestTimeout(config.REQUEST_TIMEOUT_MS, logger));
  limitRequestReceiving(app.getHttpServer(), config.REQUEST_TIMEOUT_MS);
  app.useBodyParser('json', { limit: config.BODY_LIMIT_BYTES });
  servePortal(app, resolve(config.PORTAL_DIR));
  return app;
}
