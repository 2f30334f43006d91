import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { configuredOrLocalSecret } from '../../common/secrets';
import { AppConfig } from '../../config/app-config';

interface TokenClaims {
  sub: string;
}

/**
 * Signs and checks access tokens (HS256). Without JWT_SECRET (development only) a secret is
 * generated once and kept in DATA_DIR, so sessions survive restarts.
 */
@Injectable()
export class TokenService {
  private readonly secret: string;

  constructor(private readonly config: AppConfig) {
    this.secret = configuredOrLocalSecret(config.JWT_SECRET, config.DATA_DIR, 'jwt-secret');
  }

  sign(userId: string): string {
    return jwt.sign({}, this.secret, { algorithm: 'HS256', subject: userId, expiresIn: this.config.JWT_TTL_MINUTES * 60 });
  }

  /** The user id in a valid token; throws on a bad or expired one. */
  verify(token: string): string {
    const claims = jwt.verify(token, this.secret, { algorithms: ['HS256'] }) as TokenClaims;
    if (typeof claims.sub !== 'string') throw new Error('token has no subject');
    return claims.sub;
  }

  get ttlSeconds(): number {
    return this.config.JWT_TTL_MINUTES * 60;
  }
}
