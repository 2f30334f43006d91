import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { serializeError } from '../logging/redact';
import { loggedPath } from './paths';

/**
 * One line per answered request, as pino-http wrote it (`req` {method, url}, `res` {statusCode}, `responseTime` ms,
 * "request completed", or "request errored" with `err` for a 5xx), without pino-http's per-request work: no child
 * logger, request id or serialised bindings for every request, nothing at all when the info level is off. The path is
 * logged without its query string (a GET /graphql carries its variables there) and without a calendar feed's token.
 * `/health` (probes, every few seconds) is not logged, with or without a query string.
 */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!logger.isLevelEnabled('info') || req.path === '/health') return next();
    const started = Date.now();
    const done = (): void => {
      res.off('close', done);
      res.off('finish', done);
      const line = { req: { method: req.method, url: loggedPath(req.originalUrl ?? req.url) }, res: { statusCode: res.statusCode }, responseTime: Date.now() - started };
      if (res.statusCode >= 500) logger.info({ ...line, err: serializeError(new Error(`failed with status code ${res.statusCode}`)) }, 'request errored');
      else logger.info(line, 'request completed');
    };
    res.on('close', done);
    res.on('finish', done);
    next();
  };
}
