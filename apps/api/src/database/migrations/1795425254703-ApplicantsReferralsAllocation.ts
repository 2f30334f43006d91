import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applicants, referrals with their history, allocation plans, per-consortium matching weights, and the
 * system user recorded on changes the API makes by itself (expiry). Generated, then reviewed: TypeORM
 * emitted the enums shared by referral and referral_event twice; each is created and dropped once here.
 */
export class ApplicantsReferralsAllocation1795425254703 implements MigrationInterface {
  name = 'ApplicantsReferralsAllocation1795425254703';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"applicant_category\" AS ENUM('UNIVERSITY_GRADUATE', 'INSTITUTE_GRADUATE', 'DROPOUT', 'WOMAN_HEAD_OF_HOUSEHOLD', 'PRODUCTIVE_FAMILY')");
    await queryRunner.query("CREATE TYPE \"public\".\"project_size\" AS ENUM('MICRO', 'SMALL')");
    await queryRunner.query("CREATE TABLE \"applicant\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"full_name\" character varying(300) NOT NULL, \"national_id_hash\" character(64), \"national_id_last_digits\" character varying(4), \"category\" \"public\".\"applicant_category\" NOT NULL, \"gender\" \"public\".\"gender\" NOT NULL, \"birth_date\" date, \"governorate\" character varying(10) NOT NULL, \"district\" character varying(300), \"phone\" character varying(20), \"project_size\" \"public\".\"project_size\", \"sector\" character varying(300), \"requested_amount\" numeric(18,3), \"requested_currency\" character(3), \"needs\" text array NOT NULL DEFAULT '{}', \"guarantee_offered\" \"public\".\"guarantee_type\" NOT NULL DEFAULT 'NONE', \"consent_given_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"consortium_id\" uuid, \"registered_by_id\" uuid NOT NULL, \"search_text\" text NOT NULL, CONSTRAINT \"PK_f4a6e907b8b17f293eb073fc5ea\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9d4e99ad9766e38297f0787d31\" ON \"applicant\"  (\"governorate\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c9d48542424c0e9242432b2970\" ON \"applicant\"  (\"consortium_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_7bb25bf9068a90c04e47ec65d3\" ON \"applicant\"  (\"registered_by_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"applicant_phone_birth_date_unique\" ON \"applicant\"  (\"phone\", \"birth_date\") WHERE phone IS NOT NULL AND birth_date IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"applicant_national_id_unique\" ON \"applicant\"  (\"national_id_hash\") WHERE national_id_hash IS NOT NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"referral_status\" AS ENUM('SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')");
    await queryRunner.query("CREATE TYPE \"public\".\"decline_reason\" AS ENUM('NO_CAPACITY', 'NOT_ELIGIBLE', 'COULD_NOT_CONTACT', 'APPLICANT_DECLINED', 'REFERRED_ELSEWHERE', 'GUARANTEE_NOT_AVAILABLE', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"referral\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"applicant_id\" uuid NOT NULL, \"service_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"referred_by_id\" uuid NOT NULL, \"status\" \"public\".\"referral_status\" NOT NULL DEFAULT 'SENT', \"version\" integer NOT NULL DEFAULT '1', \"note\" text, \"decline_reason\" \"public\".\"decline_reason\", \"decided_at\" TIMESTAMP WITH TIME ZONE, \"amount_disbursed\" numeric(18,3), \"disbursed_currency\" character(3), \"jobs_created\" integer, \"training_completed\" boolean, CONSTRAINT \"referral_amount_currency\" CHECK ((amount_disbursed IS NULL) = (disbursed_currency IS NULL)), CONSTRAINT \"referral_jobs_non_negative\" CHECK (jobs_created IS NULL OR jobs_created >= 0), CONSTRAINT \"PK_a2d3e935a6591168066defec5ad\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c97c61751f449dd5109dfa4a1d\" ON \"referral\"  (\"applicant_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1d34298c4c6a3c3fce892d17d6\" ON \"referral\"  (\"service_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_da491b83f62fdd42eec20d3f6f\" ON \"referral\"  (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a4abe6e0c60678f43b269dde18\" ON \"referral\"  (\"referred_by_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0f5f932d3ce562bdfdaa9e118f\" ON \"referral\"  (\"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"referral_one_open_per_applicant_service\" ON \"referral\"  (\"applicant_id\", \"service_id\") WHERE status IN ('SENT','ACKNOWLEDGED','ACCEPTED','IN_SERVICE')");
    await queryRunner.query("CREATE TABLE \"referral_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"referral_id\" uuid NOT NULL, \"from_status\" \"public\".\"referral_status\", \"to_status\" \"public\".\"referral_status\" NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"by_id\" uuid NOT NULL, \"decline_reason\" \"public\".\"decline_reason\", \"reason\" text, CONSTRAINT \"PK_1f356dbe2fffc9e93b0132e1216\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3f9efeb2b61e25fcd06638bbe6\" ON \"referral_event\"  (\"referral_id\") ");
    await queryRunner.query("CREATE TABLE \"allocation_plan\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"created_by_id\" uuid NOT NULL, \"assignments\" jsonb NOT NULL, \"unassigned\" jsonb NOT NULL, \"places_at_planning\" jsonb NOT NULL, \"total_score_centi_points\" integer NOT NULL, \"committed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_bd02b290b165fe51937969e7016\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6f44ec8c73b61afd5b5b576862\" ON \"allocation_plan\"  (\"created_by_id\") ");
    await queryRunner.query("ALTER TABLE \"consortium\" ADD \"matching_weights\" jsonb");
    await queryRunner.query("ALTER TABLE \"applicant\" ADD CONSTRAINT \"FK_c9d48542424c0e9242432b29702\" FOREIGN KEY (\"consortium_id\") REFERENCES \"consortium\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"applicant\" ADD CONSTRAINT \"FK_7bb25bf9068a90c04e47ec65d34\" FOREIGN KEY (\"registered_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral\" ADD CONSTRAINT \"FK_c97c61751f449dd5109dfa4a1db\" FOREIGN KEY (\"applicant_id\") REFERENCES \"applicant\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral\" ADD CONSTRAINT \"FK_1d34298c4c6a3c3fce892d17d64\" FOREIGN KEY (\"service_id\") REFERENCES \"service\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral\" ADD CONSTRAINT \"FK_a4abe6e0c60678f43b269dde18d\" FOREIGN KEY (\"referred_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral_event\" ADD CONSTRAINT \"FK_3f9efeb2b61e25fcd06638bbe60\" FOREIGN KEY (\"referral_id\") REFERENCES \"referral\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral_event\" ADD CONSTRAINT \"FK_9072698e37296bd747e1bbc5352\" FOREIGN KEY (\"by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query(
      "INSERT INTO \"app_user\" (\"id\", \"email\", \"display_name\", \"password_hash\", \"role\", \"active\") VALUES ('00000000-0000-4000-8000-000000000001', 'system@shuraka.invalid', 'Shuraka', '!', 'VIEWER', false)",
    );
    await queryRunner.query("ALTER TABLE \"allocation_plan\" ADD CONSTRAINT \"FK_6f44ec8c73b61afd5b5b576862d\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM \"app_user\" WHERE \"id\" = '00000000-0000-4000-8000-000000000001'");
    await queryRunner.query("ALTER TABLE \"allocation_plan\" DROP CONSTRAINT \"FK_6f44ec8c73b61afd5b5b576862d\"");
    await queryRunner.query("ALTER TABLE \"referral_event\" DROP CONSTRAINT \"FK_9072698e37296bd747e1bbc5352\"");
    await queryRunner.query("ALTER TABLE \"referral_event\" DROP CONSTRAINT \"FK_3f9efeb2b61e25fcd06638bbe60\"");
    await queryRunner.query("ALTER TABLE \"referral\" DROP CONSTRAINT \"FK_a4abe6e0c60678f43b269dde18d\"");
    await queryRunner.query("ALTER TABLE \"referral\" DROP CONSTRAINT \"FK_1d34298c4c6a3c3fce892d17d64\"");
    await queryRunner.query("ALTER TABLE \"referral\" DROP CONSTRAINT \"FK_c97c61751f449dd5109dfa4a1db\"");
    await queryRunner.query("ALTER TABLE \"applicant\" DROP CONSTRAINT \"FK_7bb25bf9068a90c04e47ec65d34\"");
    await queryRunner.query("ALTER TABLE \"applicant\" DROP CONSTRAINT \"FK_c9d48542424c0e9242432b29702\"");
    await queryRunner.query("ALTER TABLE \"consortium\" DROP COLUMN \"matching_weights\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6f44ec8c73b61afd5b5b576862\"");
    await queryRunner.query("DROP TABLE \"allocation_plan\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3f9efeb2b61e25fcd06638bbe6\"");
    await queryRunner.query("DROP TABLE \"referral_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"referral_one_open_per_applicant_service\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0f5f932d3ce562bdfdaa9e118f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a4abe6e0c60678f43b269dde18\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_da491b83f62fdd42eec20d3f6f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_1d34298c4c6a3c3fce892d17d6\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c97c61751f449dd5109dfa4a1d\"");
    await queryRunner.query("DROP TABLE \"referral\"");
    await queryRunner.query("DROP TYPE \"public\".\"decline_reason\"");
    await queryRunner.query("DROP TYPE \"public\".\"referral_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"applicant_national_id_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"applicant_phone_birth_date_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7bb25bf9068a90c04e47ec65d3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c9d48542424c0e9242432b2970\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9d4e99ad9766e38297f0787d31\"");
    await queryRunner.query("DROP TABLE \"applicant\"");
    await queryRunner.query("DROP TYPE \"public\".\"project_size\"");
    await queryRunner.query("DROP TYPE \"public\".\"applicant_category\"");
  }
}
