import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AllocationPlanSecondOfKindReasons1796200000002 implements MigrationInterface {
  name = 'AllocationPlanSecondOfKindReasons1796200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"allocation_plan\" ADD \"second_of_kind_reasons\" jsonb NOT NULL DEFAULT '{}'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"allocation_plan\" DROP COLUMN \"second_of_kind_reasons\"");
  }
}
