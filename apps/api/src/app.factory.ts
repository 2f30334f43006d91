import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { resolve } from 'node:path';
import { AppModule, type AppModuleOptions } from './app.module';
import { servePortal } from './common/http/portal';
import { requestLog } from './common/http/request-log';
import { limitRequestReceiving, requestTimeout } from './common/http/request-timeout';
import { PinoNestLogger } from './common/logging/logger';

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
  app.use(compressionWhenAccepted());
  app.use(requestLog(logger));
  app.use(requestTimeout(config.REQUEST_TIMEOUT_MS, logger));
  limitRequestReceiving(app.getHttpServer(), config.REQUEST_TIMEOUT_MS);
  app.useBodyParser('json', { limit: config.BODY_LIMIT_BYTES });
  servePortal(app, resolve(config.PORTAL_DIR));
  return app;
}

/**
 * compression() for clients that accept an encoding. Without `Accept-Encoding` (API clients, other servers) it would
 * send the body as it is anyway, after wrapping the response's write/end and negotiating per request: that is skipped,
 * only its `Vary: Accept-Encoding` is kept, so a cache never hands this answer to a client that asked differently.
 */
function compressionWhenAccepted() {
  const compress = compression();
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    res.vary('Accept-Encoding');
    next();
  };
}
