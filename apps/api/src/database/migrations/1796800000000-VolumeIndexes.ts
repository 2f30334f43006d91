import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for a national programme's volume (issue 10, docs/performance.md "A national programme's
 * volume"): the partner's inbox filtered by status and its counts by status, read from one index
 * (organisation, status, then the list's keyset order) instead of visiting every referral row.
 */
export class VolumeIndexes1796800000000 implements MigrationInterface {
  name = 'VolumeIndexes1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "referral_organization_status_created_at_id" ON "referral" ("organization_id", "status", "created_at", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."referral_organization_status_created_at_id"');
  }
}
