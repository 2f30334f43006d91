import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../../config/app-config';
import { AppError, ErrorCode } from '../../common/errors/app-error';

const tooMany = (retry: RateLimiterRes, what: string) =>
  new AppError(ErrorCode.TOO_MANY_REQUESTS, `Too many ${what}; try again in ${Math.ceil(retry.msBeforeNext / 1000)} seconds`, {
    retryAfterSeconds: Math.ceil(retry.msBeforeNext / 1000),
    http: { status: 429 },
  });

/**
 * In-process limits (one API process per deployment; see docs/operations.md): failed sign-ins per
 * address and per email, and GraphQL requests per user (or per address when anonymous).
 */
@Injectable()
export class RateLimits {
  private readonly failedLoginsByAddress: RateLimiterMemory;
  private readonly failedLoginsByEmail: RateLimiterMemory;
  private readonly requests: RateLimiterMemory;

  constructor(config: AppConfig) {
    this.failedLoginsByAddress = new RateLimiterMemory({ points: config.LOGIN_RATE_LIMIT_PER_MINUTE, duration: 60 });
    this.failedLoginsByEmail = new RateLimiterMemory({ points: config.LOGIN_RATE_LIMIT_PER_MINUTE, duration: 60 });
    this.requests = new RateLimiterMemory({ points: config.RATE_LIMIT_PER_MINUTE, duration: 60 });
  }

  /** Refuses a sign-in while either its address or its email has used up its failures. */
  async checkLogin(address: string, email: string): Promise<void> {
    const [byAddress, byEmail] = await Promise.all([this.failedLoginsByAddress.get(address), this.failedLoginsByEmail.get(email)]);
    for (const state of [byAddress, byEmail]) {
      if (state && state.consumedPoints >= this.failedLoginsByAddress.points) throw tooMany(state, 'failed sign-ins');
    }
  }

  async recordFailedLogin(address: string, email: string): Promise<void> {
    await Promise.all([
      this.failedLoginsByAddress.consume(address).catch(() => undefined),
      this.failedLoginsByEmail.consume(email).catch(() => undefined),
    ]);
  }

  async clearFailedLogins(email: string): Promise<void> {
    await this.failedLoginsByEmail.delete(email);
  }

  async consumeRequest(key: string): Promise<void> {
    try {
      await this.requests.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooMany(rejection, 'requests');
      throw rejection;
    }
  }
}
