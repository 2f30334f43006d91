import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isCalendarFeed } from './paths';

/** The built portal at /: its files, and index.html for every page address (the portal routes in the browser). */
export function servePortal(app: NestExpressApplication, portalDir: string): void {
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
