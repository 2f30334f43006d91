import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';

/** The secrets that the embedded default generates, and the files in DATA_DIR that keep them. */
export const LOCAL_SECRET_FILES = { JWT_SECRET: 'jwt-secret', PII_HASH_KEY: 'pii-hash-key' } as const;

/**
 * A secret from the configuration or one generated once and kept in DATA_DIR (owner-only: file 0600,
 * a DATA_DIR we create 0700) so that it survives restarts. Production with DATABASE_URL never gets
 * here: the configuration requires the secrets there.
 */
function configuredOrLocalSecret(configured: string | undefined, dataDir: string, fileName: string): string {
  if (configured) return configured;
  const file = join(dataDir, fileName);
  if (existsSync(file)) {
    // Files from older versions may have been created with a looser mode.
    chmodSync(file, 0o600);
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * Fills the secrets that are not configured from DATA_DIR, generating them on first start (the
 * embedded database's default); returns the names it generated.
 */
export function provideLocalSecrets(config: AppConfig): string[] {
  const generated: string[] = [];
  for (const [name, fileName] of Object.entries(LOCAL_SECRET_FILES) as Array<[keyof typeof LOCAL_SECRET_FILES, string]>) {
    if (config[name]) continue;
    if (!existsSync(join(config.DATA_DIR, fileName))) generated.push(name);
    config[name] = configuredOrLocalSecret(undefined, config.DATA_DIR, fileName);
  }
  return generated;
}

/**
 * A secret services need, from the configuration only: the environment, or the data folder's files
 * that `provideLocalSecrets` put there at start-up. One path, so every service signs and hashes
 * with the same key.
 */
export function requiredSecret(config: AppConfig, name: keyof typeof LOCAL_SECRET_FILES): string {
  const secret = config[name];
  if (!secret) throw new Error(`${name} is not configured (set it, or start through main.ts, which provides local secrets)`);
  return secret;
}
