import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { TIMEOUT_CODE } from '../errors/format-error';
import { loggedPath } from './paths';

/**
 * Answers 503 with a GraphQL-shaped JSON error when the API has not answered a request within
 * `timeoutMs`, so that a client never waits on a hung request. The work itself ends by
 * `statement_timeout` (DB_STATEMENT_TIMEOUT_MS, shorter by default); whatever it writes after the
 * answer is dropped.
 */
export function requestTimeout(timeoutMs: number, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      logger.warn({ method: req.method, url: loggedPath(req.url), timeoutMs }, 'request timed out (REQUEST_TIMEOUT_MS)');
      res
        .status(503)
        .set('Retry-After', '5')
        .json({ errors: [{ message: 'The request took too long and was stopped; try again later', extensions: { code: TIMEOUT_CODE } }] });
      // The late answer of the handler has nowhere to go: drop it instead of failing on sent headers.
      res.setHeader = () => res;
      res.writeHead = () => res;
      res.write = () => true;
      res.end = () => res;
    }, timeoutMs);
    const stop = () => clearTimeout(timer);
    res.once('finish', stop);
    res.once('close', stop);
    next();
  };
}

/** Node's own limits on receiving a request (slow clients), kept within the same bound. */
export function limitRequestReceiving(server: Server, timeoutMs: number): void {
  server.requestTimeout = timeoutMs;
  server.headersTimeout = Math.min(server.headersTimeout, timeoutMs);
}
