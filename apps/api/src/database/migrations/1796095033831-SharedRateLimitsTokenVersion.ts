import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limits kept in PostgreSQL so that every API process counts against the same budget, and a
 * per-user token version that `logout` and deactivation raise to revoke the tokens already issued.
 *
 * `rate_limit` has the shape rate-limiter-flexible's RateLimiterPostgres reads and writes (key,
 * points, expire in epoch milliseconds); the library is told the table exists (`tableCreated`), so
 * the running API never issues DDL. The key is `text` rather than the library's varchar(255): keys
 * hold an address and an e-mail address, which together can be longer.
 */
export class SharedRateLimitsTokenVersion1796095033831 implements MigrationInterface {
  name = 'SharedRateLimitsTokenVersion1796095033831';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "rate_limit" ("key" text PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)');
    await queryRunner.query('CREATE INDEX "rate_limit_expire" ON "rate_limit" ("expire")');
    await queryRunner.query('ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "token_version"');
    await queryRunner.query('DROP TABLE "rate_limit"');
  }
}
