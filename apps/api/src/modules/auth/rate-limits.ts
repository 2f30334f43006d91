import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AppConfig } from '../../config/app-config';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, ErrorCode } from '../../common/errors/app-error';

const tooMany = (msBeforeNext: number, what: string) => {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError(ErrorCode.TOO_MANY_REQUESTS, `Too many ${what}; try again in ${seconds} seconds`, {
    retryAfterSeconds: seconds,
    http: { status: 429 },
  });
};

/** Keys are hashed: the table then holds no e-mail or client address, and keys have one length. */
const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');

const DAY_SECONDS = 24 * 3600;
const REQUEST_WINDOW_MS = 60_000;

/** A signed-in caller's identity, read with their request counted (RateLimits.identifyAndCountRequest). */
export interface CountedIdentity {
  user: AuthUser & { tokenVersion: number };
  /** The request's point, taken in the same statement: null when the token's version is not the user's (not signed in, not counted). */
  counted: RequestCount | null;
}

/** Where a key stands after its request was counted: TOO_MANY_REQUESTS when `consumedPoints` is past the budget. */
export interface RequestCount {
  consumedPoints: number;
  msBeforeNext: number;
}

/**
 * The user of a token (active) and, when the token's version is theirs, their request counted in the
 * same statement: rate-limiter-flexible's UPSERT on the same row and with the same arithmetic as
 * RateLimiterPostgres's consume (a window whose `expire` has passed starts over at 1 point), so the two
 * count together and stay atomic across processes.
 */
const IDENTIFY_AND_COUNT = `WITH u AS (
    SELECT id, email, role, organization_id, token_version FROM app_user WHERE id = $1 AND active
  ), counted AS (
    INSERT INTO rate_limit AS l (key, points, expire) SELECT $3::text, 1, $4::bigint FROM u WHERE u.token_version = $2
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN l.expire <= $5::bigint THEN 1 ELSE l.points + 1 END,
      expire = CASE WHEN l.expire <= $5::bigint THEN $4::bigint ELSE l.expire END
    RETURNING points, expire
  )
  SELECT u.id, u.email, u.role, u.organization_id AS "organizationId", u.token_version AS "tokenVersion", counted.points, counted.expire
    FROM u LEFT JOIN counted ON TRUE`;
const CLEANUP_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Limits kept in PostgreSQL (table `rate_limit`), so that every API process sharing the database
 * counts against the same budget. Each count is one atomic UPSERT (rate-limiter-flexible's
 * RateLimiterPostgres), taken before the work it limits:
 *
 * - sign-in attempts per (address, e-mail) and per address, counted before the password is
 *   checked; a success clears its (address, e-mail) count and gives back its address point. No
 *   limit is kept per e-mail alone, so nobody can lock an account out from another address.
 *   Each time a key uses up its minute, it is blocked for longer: 1, 2, 4 … minutes, up to
 *   LOGIN_LOCKOUT_MAX_MINUTES, counted over a day.
 * - GraphQL operations per user (or per address when anonymous) per minute. A signed-in user's request
 *   is counted in the statement that authenticates it (identifyAndCountRequest: one round trip, not two).
 * - duplicate-applicant conflicts a coordinator meets on records they cannot see, per hour.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly loginByPair: RateLimiterPostgres;
  private readonly loginByAddress: RateLimiterPostgres;
  /** How many times a login key used up its minute today: the back-off exponent. */
  private readonly loginExhaustions: RateLimiterPostgres;
  private readonly requests: RateLimiterPostgres;
  private readonly duplicateProbes: RateLimiterPostgres;
  private readonly cleanup: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    const pool: unknown = (dataSource.driver as PostgresDriver).master;
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
      });
    this.loginByPair = limiter('login-pair', config.LOGIN_RATE_LIMIT_PER_MINUTE, 60);
    this.loginByAddress = limiter('login-address', config.LOGIN_RATE_LIMIT_PER_ADDRESS_PER_MINUTE, 60);
    this.loginExhaustions = limiter('login-exhausted', 1_000_000, DAY_SECONDS);
    this.requests = limiter('requests', config.RATE_LIMIT_PER_MINUTE, REQUEST_WINDOW_MS / 1000);
    this.duplicateProbes = limiter('duplicate-probe', config.DUPLICATE_PROBE_LIMIT_PER_HOUR, 3600);
    this.cleanup = setInterval(() => void this.deleteExpired(), CLEANUP_INTERVAL_MS).unref();
  }

  /** Counts a sign-in attempt before the password is checked; TOO_MANY_REQUESTS when over a limit. */
  async consumeLoginAttempt(address: string, email: string): Promise<void> {
    await this.consumeWithBackoff(this.loginByAddress, `a:${address}`, 'sign-in attempts from this address');
    await this.consumeWithBackoff(this.loginByPair, `p:${address}|${email}`, 'sign-in attempts for this account');
  }

  /** A right password: its attempt does not count, and the (address, e-mail) back-off starts over. */
  async loginSucceeded(address: string, email: string): Promise<void> {
    const pair = hashed(`p:${address}|${email}`);
    await Promise.all([this.loginByPair.delete(pair), this.loginExhaustions.delete(pair), this.loginByAddress.reward(hashed(`a:${address}`))]);
  }

  /**
   * One statement for a signed-in request (the token verified, its user id and version known): reads the
   * active user and, if the token's version is theirs, counts the request against `user:<id>`, before any
   * work, exactly as consumeRequest would. Null when there is no such active user (nothing counted).
   */
  async identifyAndCountRequest(userId: string, tokenVersion: number): Promise<CountedIdentity | null> {
    const now = Date.now();
    const rows: Array<AuthUser & { tokenVersion: number; points: number | null; expire: string | null }> = await this.dataSource.query(IDENTIFY_AND_COUNT, [
      userId,
      tokenVersion,
      this.requests.getKey(hashed(`user:${userId}`)),
      now + REQUEST_WINDOW_MS,
      now,
    ]);
    const [row] = rows;
    if (!row) return null;
    const { points, expire, ...user } = row;
    return { user, counted: points === null ? null : { consumedPoints: points, msBeforeNext: Math.max(Number(expire) - Date.now(), 0) } };
  }

  /** TOO_MANY_REQUESTS when a request counted by identifyAndCountRequest was past the budget. */
  refuseOverBudget(count: RequestCount): void {
    if (count.consumedPoints > this.requests.points) throw tooMany(count.msBeforeNext, 'requests');
  }

  async consumeRequest(key: string): Promise<void> {
    try {
      await this.requests.consume(hashed(key));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooMany(rejection.msBeforeNext, 'requests');
      throw rejection;
    }
  }

  /**
   * A coordinator ran into an applicant registered by someone else: each such conflict tells them
   * that a national id (or phone and birth date) is known, so they get a few an hour.
   */
  async consumeDuplicateProbe(userId: string): Promise<void> {
    try {
      await this.duplicateProbes.consume(hashed(userId));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooMany(rejection.msBeforeNext, 'registrations of already registered applicants');
      throw rejection;
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.cleanup);
  }

  private async consumeWithBackoff(limiter: RateLimiterPostgres, rawKey: string, what: string): Promise<void> {
    const key = hashed(rawKey);
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // Exactly one attempt (the UPSERT is atomic) is the first over the limit: it sets the block.
      if (rejection.consumedPoints !== limiter.points + 1) throw tooMany(rejection.msBeforeNext, what);
      const exhaustions = await this.loginExhaustions.penalty(key);
      const minutes = Math.min(2 ** (exhaustions.consumedPoints - 1), this.config.LOGIN_LOCKOUT_MAX_MINUTES);
      await limiter.block(key, minutes * 60);
      throw tooMany(minutes * 60_000, what);
    }
  }

  /** Rows whose window ended over an hour ago; every process may run it, it is idempotent. */
  private async deleteExpired(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    await this.dataSource.query('DELETE FROM rate_limit WHERE expire < $1', [Date.now() - 3600_000]).catch(() => undefined);
  }
}
