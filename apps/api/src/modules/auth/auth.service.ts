import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { parse as parseCookie } from 'cookie';
import { AppConfig } from '../../config/app-config';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { LoginInput } from './dto/login.input';
import { timingSafeDummyHash, verifyPassword } from './passwords';
import { RateLimits, type RequestCount } from './rate-limits';
import { TokenService, type TokenIdentity } from './token.service';

export const SESSION_COOKIE = 'shuraka_session';

export interface Authentication {
  user: AuthUser | null;
  problem: string | null;
  /** The signed-in user's request, already counted against their budget (null when anonymous: not counted yet). */
  requestCount: RequestCount | null;
}

/** Sign-in with email and password; requests authenticate with a Bearer token or the session cookie. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly limits: RateLimits,
    private readonly config: AppConfig,
  ) {}

  async login(input: LoginInput, req: Request, res: Response): Promise<{ accessToken: string; user: UserEntity }> {
    const email = input.email.trim().toLowerCase();
    const address = req.ip ?? 'unknown';
    // Counted before the password is checked, atomically: parallel attempts cannot pass the limit.
    await this.limits.consumeLoginAttempt(address, email);
    const user = await this.users.findByEmail(email);
    const valid = await this.checkPassword(user, input.password);
    if (!user || !valid || !user.active) throw AppError.unauthenticated('Wrong email or password');
    await this.limits.loginSucceeded(address, email);
    await this.users.touchLogin(user.id);
    const accessToken = this.tokens.sign(user.id, user.tokenVersion);
    res.cookie(SESSION_COOKIE, accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure(req),
      path: '/',
      maxAge: this.tokens.ttlSeconds * 1000,
    });
    return { accessToken, user };
  }

  /** The (costly, argon2) password check; an unknown email is checked against a dummy hash, taking as long. */
  async checkPassword(user: UserEntity | null, password: string): Promise<boolean> {
    return verifyPassword(user?.passwordHash ?? (await timingSafeDummyHash()), password);
  }

  /** Clears the cookie and, when a user is signed in, revokes every token issued to them so far. */
  async logout(user: AuthUser | null, res: Response): Promise<void> {
    if (user) await this.users.revokeTokens(user.id);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure(res.req), path: '/' });
  }

  /**
   * Who is calling; never throws (the guard decides what an anonymous call may do). A signed-in
   * user's request is counted against their per-minute budget in the statement that reads them
   * (RateLimits.identifyAndCountRequest); the rate-limit plugin refuses it, before any resolver, when
   * it was past the budget. An anonymous request is counted by the plugin, per address.
   */
  async authenticate(req: Request): Promise<Authentication> {
    const token = bearerToken(req) ?? parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
    if (!token) return anonymous(null);
    let identity: TokenIdentity;
    try {
      identity = this.tokens.verify(token);
    } catch {
      return anonymous('The access token is invalid or has expired; sign in again');
    }
    const found = await this.limits.identifyAndCountRequest(identity.userId, identity.version);
    if (!found) return anonymous('The account of this token no longer exists or is disabled');
    const { user, counted } = found;
    if (!counted || user.tokenVersion !== identity.version) return anonymous('This session has ended (signed out or revoked); sign in again');
    return { user: { id: user.id, email: user.email, role: user.role, organizationId: user.organizationId }, problem: null, requestCount: counted };
  }
}

const anonymous = (problem: string | null): Authentication => ({ user: null, problem, requestCount: null });

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}
