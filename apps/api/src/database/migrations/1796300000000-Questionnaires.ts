import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Questionnaire versions and their assignments to partners (issue 8), the consortium's time zone
 * (its calendar decides due dates and overdue), and the audit record types of both.
 */
export class Questionnaires1796300000000 implements MigrationInterface {
  name = 'Questionnaires1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"questionnaire\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"consortium_id\" uuid NOT NULL, \"family_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"title_ar\" character varying(300), \"title_en\" character varying(300), \"definition\" jsonb NOT NULL, \"published_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid NOT NULL, CONSTRAINT \"questionnaire_title_present\" CHECK (coalesce(title_ar, title_en) IS NOT NULL), CONSTRAINT \"questionnaire_version_positive\" CHECK (version >= 1), CONSTRAINT \"PK_e8232a11eaabac903636eb7e71e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"questionnaire_consortium_created_at_id\" ON \"questionnaire\"  (\"consortium_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"questionnaire_family_version\" ON \"questionnaire\"  (\"family_id\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"questionnaire_assignment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"questionnaire_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"due_on\" date NOT NULL, \"answers\" jsonb NOT NULL DEFAULT '{}', \"revision\" integer NOT NULL DEFAULT '0', \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"submitted_by_id\" uuid, \"reopened_at\" TIMESTAMP WITH TIME ZONE, \"reopen_reason\" text, \"last_saved_by_id\" uuid, \"last_saved_at\" TIMESTAMP WITH TIME ZONE, \"applied_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"questionnaire_assignment_reopen_reason\" CHECK (reopened_at IS NULL OR reopen_reason IS NOT NULL), CONSTRAINT \"questionnaire_assignment_revision_not_negative\" CHECK (revision >= 0), CONSTRAINT \"PK_252e167938f4047c200fcdab417\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"questionnaire_assignment_organization_created_at_id\" ON \"questionnaire_assignment\"  (\"organization_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"questionnaire_assignment_questionnaire_created_at_id\" ON \"questionnaire_assignment\"  (\"questionnaire_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"questionnaire_assignment_one_per_organization\" ON \"questionnaire_assignment\"  (\"questionnaire_id\", \"organization_id\") ");
    await queryRunner.query("ALTER TABLE \"consortium\" ADD \"time_zone\" character varying(64) NOT NULL DEFAULT 'Asia/Aden'");
    await queryRunner.query("ALTER TYPE \"public\".\"audit_record_type\" ADD VALUE 'QUESTIONNAIRE'");
    await queryRunner.query("ALTER TYPE \"public\".\"audit_record_type\" ADD VALUE 'QUESTIONNAIRE_ASSIGNMENT'");
    await queryRunner.query("ALTER TABLE \"questionnaire\" ADD CONSTRAINT \"FK_377694700e1a1451a69aae2c90d\" FOREIGN KEY (\"consortium_id\") REFERENCES \"consortium\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"questionnaire\" ADD CONSTRAINT \"FK_a2ee8d79440e1d06de26fbc1571\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"questionnaire_assignment\" ADD CONSTRAINT \"FK_61eb9d10be614e864aba795ae65\" FOREIGN KEY (\"questionnaire_id\") REFERENCES \"questionnaire\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"questionnaire_assignment\" ADD CONSTRAINT \"FK_7f977a038a5ce838dc2311e684f\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"questionnaire_assignment\" ADD CONSTRAINT \"FK_7ab88400cc44eef3abb9d201a60\" FOREIGN KEY (\"submitted_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"questionnaire_assignment\" ADD CONSTRAINT \"FK_a27acdad92034f2b8d5b02fbfa4\" FOREIGN KEY (\"last_saved_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // A published version never changes, whatever the application does: assignments and answers point at it.
    await queryRunner.query(`CREATE FUNCTION questionnaire_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.published_at IS NOT NULL THEN
          RAISE EXCEPTION 'questionnaire % is published and cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      "CREATE TRIGGER questionnaire_published_no_change BEFORE UPDATE ON \"questionnaire\" FOR EACH ROW EXECUTE FUNCTION questionnaire_published_is_immutable()",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER questionnaire_published_no_change ON \"questionnaire\"");
    await queryRunner.query("DROP FUNCTION questionnaire_published_is_immutable()");
    await queryRunner.query("ALTER TABLE \"questionnaire_assignment\" DROP CONSTRAINT \"FK_a27acdad92034f2b8d5b02fbfa4\"");
    await queryRunner.query("ALTER TABLE \"questionnaire_assignment\" DROP CONSTRAINT \"FK_7ab88400cc44eef3abb9d201a60\"");
    await queryRunner.query("ALTER TABLE \"questionnaire_assignment\" DROP CONSTRAINT \"FK_7f977a038a5ce838dc2311e684f\"");
    await queryRunner.query("ALTER TABLE \"questionnaire_assignment\" DROP CONSTRAINT \"FK_61eb9d10be614e864aba795ae65\"");
    await queryRunner.query("ALTER TABLE \"questionnaire\" DROP CONSTRAINT \"FK_a2ee8d79440e1d06de26fbc1571\"");
    await queryRunner.query("ALTER TABLE \"questionnaire\" DROP CONSTRAINT \"FK_377694700e1a1451a69aae2c90d\"");
    // The enum loses two values: their entries go with the tables they describe (the log is append-only otherwise).
    await queryRunner.query("ALTER TABLE \"audit_entry\" DISABLE TRIGGER audit_entry_no_change");
    await queryRunner.query("DELETE FROM \"audit_entry\" WHERE \"record_type\" IN ('QUESTIONNAIRE', 'QUESTIONNAIRE_ASSIGNMENT')");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ENABLE TRIGGER audit_entry_no_change");
    await queryRunner.query("CREATE TYPE \"public\".\"audit_record_type_old\" AS ENUM('USER', 'ORGANIZATION', 'SERVICE', 'CONSORTIUM', 'CONSORTIUM_MEMBER', 'APPLICANT', 'REFERRAL', 'ALLOCATION_PLAN')");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ALTER COLUMN \"record_type\" TYPE \"public\".\"audit_record_type_old\" USING \"record_type\"::\"text\"::\"public\".\"audit_record_type_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"audit_record_type\"");
    await queryRunner.query("ALTER TYPE \"public\".\"audit_record_type_old\" RENAME TO \"audit_record_type\"");
    await queryRunner.query("ALTER TABLE \"consortium\" DROP COLUMN \"time_zone\"");
    await queryRunner.query("DROP INDEX \"public\".\"questionnaire_assignment_one_per_organization\"");
    await queryRunner.query("DROP INDEX \"public\".\"questionnaire_assignment_questionnaire_created_at_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"questionnaire_assignment_organization_created_at_id\"");
    await queryRunner.query("DROP TABLE \"questionnaire_assignment\"");
    await queryRunner.query("DROP INDEX \"public\".\"questionnaire_family_version\"");
    await queryRunner.query("DROP INDEX \"public\".\"questionnaire_consortium_created_at_id\"");
    await queryRunner.query("DROP TABLE \"questionnaire\"");
  }
}
