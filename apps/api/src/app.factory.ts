import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule, type AppModuleOptions } from './app.module';
import { isCalendarFeed } from './common/http/paths';
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

function servePortal(app: NestExpressApplication, portalDir: string): void {
  const index = join(portalDir, 'index.html');
  if (!existsSync(index)) return;
  // Source maps stay on the server (for reading a reported stack trace), never sent to browsers.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!req.path.endsWith('.map')) return next();
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(express.static(portalDir, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Calendar clients accept any type: without the exception their feed would be answered with the portal.
    const isPage = req.method === 'GET' && !req.path.startsWith('/graphql') && req.path !== '/health' && !isCalendarFeed(req.path) && req.accepts('html');
    if (!isPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Vite fingerprints files under assets/, so they can be cached for a year. */
function immutableAssets(res: Response, path: string): void {
  if (path.includes(`${join('/', 'assets', '/')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
