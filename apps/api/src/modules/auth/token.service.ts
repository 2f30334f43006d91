import { Injectable } from '@nestjs/common';
import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { requiredSecret } from '../../common/secrets';
import { AppConfig } from '../../config/app-config';

export interface TokenIdentity {
  userId: string;
  /** The user's token version when the token was issued; logout and deactivation raise it. */
  version: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Signs and checks access tokens (HS256) with JWT_SECRET: configured, or (embedded database) generated
 * once into DATA_DIR by main.ts's provideLocalSecrets, so sessions survive restarts.
 */
@Injectable()
export class TokenService {
  /**
   * Made once: given the secret as a string, jsonwebtoken builds a key object on every call, first trying
   * (and failing, with a thrown error) to read it as a public key.
   */
  private readonly secret: KeyObject;

  constructor(private readonly config: AppConfig) {
    this.secret = createSecretKey(Buffer.from(requiredSecret(config, 'JWT_SECRET'), 'utf8'));
  }

  sign(userId: string, version: number): string {
    return jwt.sign({ ver: version }, this.secret, { algorithm: 'HS256', subject: userId, expiresIn: this.config.JWT_TTL_MINUTES * 60 });
  }

  /**
   * Who a valid token names; throws on a bad or expired one, and on one that does not have the
   * shape this service issues (no expiry, a subject that is not a UUID, no version), so that such a
   * token never reaches a query.
   */
  verify(token: string): TokenIdentity {
    const claims = jwt.verify(token, this.secret, { algorithms: ['HS256'] });
    if (typeof claims !== 'object' || claims === null) throw new Error('token has no claims');
    if (typeof claims.exp !== 'number') throw new Error('token has no expiry');
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub)) throw new Error('token subject is not a user id');
    const version: unknown = claims['ver'];
    if (typeof version !== 'number' || !Number.isInteger(version)) throw new Error('token has no version');
    return { userId: claims.sub, version };
  }

  get ttlSeconds(): number {
    return this.config.JWT_TTL_MINUTES * 60;
  }
}
