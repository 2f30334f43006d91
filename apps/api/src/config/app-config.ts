import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** true/false, 1/0, yes/no, on/off; anything else is left as it is so that validation names it. */
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '' || typeof value === 'boolean') return value === '' ? undefined : value;
  const text = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every environment variable the API reads, typed and validated at start-up.
 * docs/configuration.md documents each one; keep the two in step.
 */
export class AppConfig {
  /**
   * `production` (the default: safe unless told otherwise) turns off introspection, GraphiQL and error
   * details; `npm run dev` sets `development`.
   */
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  /** HTTP port of the API and the portal. */
  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  /** Interface to listen on; 0.0.0.0 inside containers. */
  @IsString()
  HOST = '127.0.0.1';

  /** PostgreSQL connection string; when absent an embedded PostgreSQL runs under DATA_DIR. */
  @IsOptional() @IsString()
  DATABASE_URL?: string;

  /** Folder for the embedded PostgreSQL cluster and development secrets. */
  @IsString()
  DATA_DIR = '.data';

  /** Port of the embedded PostgreSQL (only without DATABASE_URL). */
  @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** The first administrator, created at start when no user exists. */
  @IsOptional() @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional() @IsString() @MinLength(10)
  ADMIN_PASSWORD?: string;

  /** Loads the demo consortium (from the seed documents) once, on an empty database. */
  @Transform(toBool) @IsBoolean()
  DEMO_DATA = false;

  /** Secret that signs access tokens (at least 32 characters); required with DATABASE_URL in production, else generated into DATA_DIR. */
  @IsOptional() @IsString() @MinLength(32)
  JWT_SECRET?: string;

  /** Key of the keyed hash (HMAC-SHA256) that finds duplicate national ids without storing them; required with DATABASE_URL in production, else generated into DATA_DIR. */
  @IsOptional() @IsString() @MinLength(32)
  PII_HASH_KEY?: string;

  /** How often (minutes) unanswered referrals are checked for expiry. */
  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 60)
  REFERRAL_EXPIRY_INTERVAL_MINUTES = 15;

  /** SMTP server for e-mail notifications, e.g. `smtp://user:pass@mail.example.org:587` (`smtps://` for TLS from the start); unset: no e-mail, in-app notifications only. */
  @IsOptional() @IsString() @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** Sender of notification e-mails, e.g. `Shuraka <no-reply@example.org>`; required with SMTP_URL. */
  @IsOptional() @IsString()
  MAIL_FROM?: string;

  /** The portal's public address (`https://shuraka.example.org`), for links in e-mails; unset: e-mails name the page without a link. */
  @IsOptional() @IsString() @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http:// or https:// URL' })
  PUBLIC_URL?: string;

  /** Lifetime of an access token, in minutes. */
  @Transform(toInt) @IsInt() @Min(5) @Max(60 * 24 * 30)
  JWT_TTL_MINUTES = 12 * 60;

  /** GraphQL requests per signed-in user (or per address when anonymous) per minute. */
  @Transform(toInt) @IsInt() @Min(1)
  RATE_LIMIT_PER_MINUTE = 1200;

  /** Worker threads that score and solve cohort allocation plans, started once and reused. */
  @Transform(toInt) @IsInt() @Min(1) @Max(32)
  ALLOCATION_WORKERS = 2;

  /** Allocation plans that may wait for a busy worker; one more is refused with TOO_MANY_REQUESTS. */
  @Transform(toInt) @IsInt() @Min(0) @Max(1000)
  ALLOCATION_QUEUE = 4;

  /** Sign-in attempts per (address, email) per minute, counted before the password is checked; a success clears the count. */
  @Transform(toInt) @IsInt() @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 10;

  /** Failed sign-in attempts per client address (any email) per minute; raise it when many users share one address. */
  @Transform(toInt) @IsInt() @Min(1)
  LOGIN_RATE_LIMIT_PER_ADDRESS_PER_MINUTE = 10;

  /** Longest block after sign-in limits are used up again and again (blocks double: 1, 2, 4 … minutes). */
  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 60)
  LOGIN_LOCKOUT_MAX_MINUTES = 60;

  /** Duplicate-applicant conflicts per coordinator per hour on records they cannot see (probing whether an id is registered). */
  @Transform(toInt) @IsInt() @Min(1)
  DUPLICATE_PROBE_LIMIT_PER_HOUR = 5;

  /** Schema introspection; defaults to on outside production. */
  @IsOptional() @Transform(toBool) @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  /** GraphiQL at GET /graphql; defaults to on outside production. */
  @IsOptional() @Transform(toBool) @IsBoolean()
  GRAPHQL_SANDBOX?: boolean;

  /** Apollo's CSRF prevention (requests need a JSON content type or an apollo-require-preflight header). */
  @Transform(toBool) @IsBoolean()
  GRAPHQL_CSRF_PREVENTION = true;

  /** Deepest query accepted. */
  @Transform(toInt) @IsInt() @Min(2) @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  /** Most lexical tokens in a query document; the parser stops there (the portal's largest query has about 120). */
  @Transform(toInt) @IsInt() @Min(500)
  GRAPHQL_MAX_TOKENS = 5000;

  /** Most aliased fields in one operation, counted as often as their fragments are spread. */
  @Transform(toInt) @IsInt() @Min(0)
  GRAPHQL_MAX_ALIASES = 100;

  /** Most root fields (aliases included) in one operation. */
  @Transform(toInt) @IsInt() @Min(1)
  GRAPHQL_MAX_ROOT_FIELDS = 20;

  /** Highest query cost accepted (see docs/api/guide.md for how it is computed). */
  @Transform(toInt) @IsInt() @Min(100)
  GRAPHQL_MAX_COMPLEXITY = 50000;

  /** Longest a single SQL statement of the API may run (PostgreSQL `statement_timeout`, lock waits included); 0: no limit. Migrations are not limited. */
  @Transform(toInt) @IsInt() @Min(0)
  DB_STATEMENT_TIMEOUT_MS = 15000;

  /** Longest the API works on one HTTP request before answering 503 with a JSON error (also Node's requestTimeout). */
  @Transform(toInt) @IsInt() @Min(100)
  REQUEST_TIMEOUT_MS = 30000;

  /** Largest request body, bytes. */
  @Transform(toInt) @IsInt() @Min(1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /** Where the built portal is; served at / when the folder exists. */
  @IsString()
  PORTAL_DIR = 'dist/apps/portal';

  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Marks the session cookie Secure: true always, false never; unset, whenever the request came over HTTPS (req.secure, which honours TRUST_PROXY). */
  @IsOptional() @Transform(toBool) @IsBoolean()
  COOKIE_SECURE?: boolean;

  /** Express `trust proxy` behind a reverse proxy (so rate limits see client addresses): a hop count, `true`, or addresses/subnets. */
  @IsOptional() @IsString()
  TRUST_PROXY?: string;

  /** TRUST_PROXY as Express wants it: a number of hops, a boolean, or the address list. */
  get trustProxy(): number | boolean | string | undefined {
    const value = this.TRUST_PROXY?.trim();
    if (!value) return undefined;
    if (/^\d+$/.test(value)) return Number(value);
    if (['true', 'false'].includes(value.toLowerCase())) return value.toLowerCase() === 'true';
    return value;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
  get introspection(): boolean {
    return this.GRAPHQL_INTROSPECTION ?? !this.isProduction;
  }
  get sandbox(): boolean {
    return this.GRAPHQL_SANDBOX ?? !this.isProduction;
  }
  cookieSecure(req: { secure: boolean }): boolean {
    return this.COOKIE_SECURE ?? req.secure;
  }
}

export class ConfigError extends Error {}

/**
 * What a production deployment on its own PostgreSQL must set. Once DATABASE_URL is set in
 * production, loadConfig refuses to start without each of them; only the embedded database (`npm
 * start`) may generate the secrets into DATA_DIR. A test checks that docker-compose.yml and
 * .env.example provide all of them.
 */
export const REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'JWT_SECRET', 'PII_HASH_KEY'] as const;

/** Reads and validates the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(AppConfig, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
  const raw = Object.fromEntries(Object.entries(env).filter(([key, value]) => known.has(key) && value !== ''));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  const problems = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
  if (config.isProduction && config.DATABASE_URL) {
    for (const name of REQUIRED_IN_PRODUCTION) {
      if (!config[name]) problems.push(`${name}: required when NODE_ENV=production and DATABASE_URL is set`);
    }
  }
  if (config.SMTP_URL && !config.MAIL_FROM) problems.push('MAIL_FROM: required when SMTP_URL is set');
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
