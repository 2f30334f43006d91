import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new secret for a calendar feed URL and the hash stored in its place (the token itself is shown once, never kept). */
export function newFeedToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashFeedToken(token) };
}

/** The stored form of a token: SHA-256, hex. Lookups go by hash, so no comparison of secrets takes place in Node. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of a feed path's last segment (`<token>.ics`), or null when it cannot be one. */
export function feedTokenOf(fileName: string): string | null {
  const token = fileName.endsWith('.ics') ? fileName.slice(0, -4) : fileName;
  return TOKEN.test(token) ? token : null;
}

/** The feed's address: under the portal's public address when set, else under the address the request came to. */
export function feedUrl(token: string, origin: string): string {
  return `${origin.replace(/\/+$/, '')}/calendar/${token}.ics`;
}
