import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1796095098892 implements MigrationInterface {
  name = 'AuditLog1796095098892';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"audit_action\" AS ENUM('CREATE', 'UPDATE', 'DELETE', 'READ_PERSONAL_DATA', 'DUPLICATE_PROBE')");
    await queryRunner.query("CREATE TYPE \"public\".\"audit_record_type\" AS ENUM('USER', 'ORGANIZATION', 'SERVICE', 'CONSORTIUM', 'CONSORTIUM_MEMBER', 'APPLICANT', 'REFERRAL', 'ALLOCATION_PLAN')");
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"id\" BIGSERIAL NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"user_id\" uuid NOT NULL, \"action\" \"public\".\"audit_action\" NOT NULL, \"record_type\" \"public\".\"audit_record_type\" NOT NULL, \"record_id\" uuid NOT NULL, \"changes\" jsonb NOT NULL DEFAULT '{}', CONSTRAINT \"PK_58a130a4b9da189f46ba2a01801\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9d18bd4a32fc0cd8ff82b12037\" ON \"audit_entry\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"audit_entry_user\" ON \"audit_entry\"  (\"user_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"audit_entry_record\" ON \"audit_entry\"  (\"record_type\", \"record_id\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ADD CONSTRAINT \"FK_d00a7e11628569c6e2c2ce27b62\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Append-only in the database itself, whatever the application does: a trigger refuses changes.
    await queryRunner.query(`CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON \"audit_entry\" FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    );
    await queryRunner.query(
      "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON \"audit_entry\" FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"audit_entry\" DROP CONSTRAINT \"FK_d00a7e11628569c6e2c2ce27b62\"");
    await queryRunner.query("DROP TRIGGER audit_entry_no_truncate ON \"audit_entry\"");
    await queryRunner.query("DROP TRIGGER audit_entry_no_change ON \"audit_entry\"");
    await queryRunner.query("DROP FUNCTION audit_entry_append_only()");
    await queryRunner.query("DROP INDEX \"public\".\"audit_entry_record\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_entry_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9d18bd4a32fc0cd8ff82b12037\"");
    await queryRunner.query("DROP TABLE \"audit_entry\"");
    await queryRunner.query("DROP TYPE \"public\".\"audit_record_type\"");
    await queryRunner.query("DROP TYPE \"public\".\"audit_action\"");
  }
}
