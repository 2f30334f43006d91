import type { Request, Response } from 'express';
import type { Locale } from '@shuraka/domain';
import type { AuthUser } from '../auth/auth-user';
import type { RequestCount } from '../../modules/auth/rate-limits';
import type { Loaders } from './loaders';

/** What every resolver gets: the request, the signed-in user (or null) and per-request DataLoaders. */
export interface RequestContext {
  req: Request;
  res: Response;
  user: AuthUser | null;
  /** Why the credentials on the request were refused, if they were. */
  authProblem: string | null;
  /** A signed-in user's request, counted when they were authenticated (null: the rate-limit plugin counts it). */
  requestCount: RequestCount | null;
  loaders: Loaders;
  /** Language of messages the API writes (match reasons): from Accept-Language, Arabic by default. */
  locale: Locale;
}
