import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the keyset pages (each list's immutable order after its usual filter; the composite
 * indexes replace the single-column ones on the same leading column), trigram indexes for the
 * contains-searches on the folded search text (pg_trgm ships with PostgreSQL; it is a trusted
 * extension, so the database owner may create it), capacity_used <= capacity, and the missing
 * foreign key of referral.organization_id. Generated, then the hand-written part added at the end.
 */
export class KeysetIndexesAndInvariants1796095106196 implements MigrationInterface {
  name = 'KeysetIndexesAndInvariants1796095106196';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7bb25bf9068a90c04e47ec65d3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6985608d88bcd9af04633bc97e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_da491b83f62fdd42eec20d3f6f\"");
    await queryRunner.query("CREATE INDEX \"consortium_created_at_id\" ON \"consortium\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"applicant_registered_by_created_at_id\" ON \"applicant\"  (\"registered_by_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"applicant_created_at_id\" ON \"applicant\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"service_organization_created_at_id\" ON \"service\"  (\"organization_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"service_created_at_id\" ON \"service\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"referral_organization_created_at_id\" ON \"referral\"  (\"organization_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"referral_created_at_id\" ON \"referral\"  (\"created_at\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"service\" ADD CONSTRAINT \"service_capacity_used_within\" CHECK (capacity_used <= capacity)");
    await queryRunner.query("ALTER TABLE \"referral\" ADD CONSTRAINT \"FK_da491b83f62fdd42eec20d3f6f9\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE INDEX "applicant_search_text_trgm" ON "applicant" USING gin ("search_text" gin_trgm_ops)');
    await queryRunner.query('CREATE INDEX "organization_search_text_trgm" ON "organization" USING gin ("search_text" gin_trgm_ops)');
    await queryRunner.query('CREATE INDEX "organization_name_id" ON "organization" ((coalesce(name_ar, name_en)), "id")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."organization_name_id"');
    await queryRunner.query('DROP INDEX "public"."organization_search_text_trgm"');
    await queryRunner.query('DROP INDEX "public"."applicant_search_text_trgm"');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query("ALTER TABLE \"referral\" DROP CONSTRAINT \"FK_da491b83f62fdd42eec20d3f6f9\"");
    await queryRunner.query("ALTER TABLE \"service\" DROP CONSTRAINT \"service_capacity_used_within\"");
    await queryRunner.query("DROP INDEX \"public\".\"referral_created_at_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"referral_organization_created_at_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"service_created_at_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"service_organization_created_at_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"applicant_created_at_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"applicant_registered_by_created_at_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"consortium_created_at_id\"");
    await queryRunner.query("CREATE INDEX \"IDX_da491b83f62fdd42eec20d3f6f\" ON \"referral\" USING btree (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6985608d88bcd9af04633bc97e\" ON \"service\" USING btree (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7bb25bf9068a90c04e47ec65d3\" ON \"applicant\" USING btree (\"registered_by_id\") ");
  }
}
