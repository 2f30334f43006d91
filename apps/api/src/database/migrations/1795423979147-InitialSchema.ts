import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795423979147 implements MigrationInterface {
  name = 'InitialSchema1795423979147';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"organization_branch\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"organization_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"name_ar\" character varying(300), \"name_en\" character varying(300), \"governorate\" character varying(10) NOT NULL, \"district\" character varying(300), CONSTRAINT \"PK_b237f5080d767ef6c11290dbc48\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_72ecb046d27d38105aa371460b\" ON \"organization_branch\"  (\"organization_id\", \"position\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"organization_kind\" AS ENUM('NGO', 'MICROFINANCE_PROGRAM', 'DEVELOPMENT_FUND', 'SME_AGENCY', 'BANK', 'COOPERATIVE', 'GOVERNMENT', 'PRIVATE_COMPANY', 'DONOR')");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"name_ar\" character varying(300), \"name_en\" character varying(300), \"kind\" \"public\".\"organization_kind\" NOT NULL, \"governorates\" text array NOT NULL DEFAULT '{}', \"search_text\" text NOT NULL, CONSTRAINT \"organization_name_present\" CHECK (coalesce(name_ar, name_en) IS NOT NULL), CONSTRAINT \"PK_472c1f99a32def1b0abb219cd67\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"consortium\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"name_ar\" character varying(300), \"name_en\" character varying(300), \"country\" character(2) NOT NULL, \"purpose_ar\" text, \"purpose_en\" text, CONSTRAINT \"consortium_name_present\" CHECK (coalesce(name_ar, name_en) IS NOT NULL), CONSTRAINT \"PK_4824052d8c31b96eb2205e803cb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"member_role\" AS ENUM('LEAD', 'MEMBER', 'FUNDER', 'OBSERVER')");
    await queryRunner.query("CREATE TABLE \"consortium_member\" (\"consortium_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"role\" \"public\".\"member_role\" NOT NULL, \"joined_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_184bb53925702de6b3dd4a29ccd\" PRIMARY KEY (\"consortium_id\", \"organization_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6f23217ab73dd74d489dba9834\" ON \"consortium_member\"  (\"organization_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"consortium_one_lead\" ON \"consortium_member\"  (\"consortium_id\") WHERE role = 'LEAD'");
    await queryRunner.query("CREATE TYPE \"public\".\"service_kind\" AS ENUM('MICRO_LOAN', 'SMALL_LOAN', 'GRANT', 'VOCATIONAL_TRAINING', 'BUSINESS_TRAINING', 'MENTORING', 'MARKETING_OUTLET', 'INCUBATION')");
    await queryRunner.query("CREATE TYPE \"public\".\"gender\" AS ENUM('FEMALE', 'MALE')");
    await queryRunner.query("CREATE TYPE \"public\".\"guarantee_type\" AS ENUM('NONE', 'PERSONAL_GUARANTOR', 'GROUP', 'COLLATERAL')");
    await queryRunner.query("CREATE TABLE \"service\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"organization_id\" uuid NOT NULL, \"name_ar\" character varying(300), \"name_en\" character varying(300), \"description_ar\" text, \"description_en\" text, \"kind\" \"public\".\"service_kind\" NOT NULL, \"categories\" text array NOT NULL DEFAULT '{}', \"governorates\" text array NOT NULL DEFAULT '{}', \"project_sizes\" text array NOT NULL DEFAULT '{}', \"gender\" \"public\".\"gender\", \"min_age\" smallint, \"max_age\" smallint, \"min_amount\" numeric(18,3), \"max_amount\" numeric(18,3), \"currency\" character(3), \"guarantee_required\" \"public\".\"guarantee_type\" NOT NULL DEFAULT 'NONE', \"capacity\" integer NOT NULL, \"capacity_used\" integer NOT NULL DEFAULT '0', \"decision_days\" smallint, CONSTRAINT \"service_amount_currency\" CHECK ((min_amount IS NULL AND max_amount IS NULL) = (currency IS NULL)), CONSTRAINT \"service_amount_range\" CHECK (min_amount IS NULL OR max_amount IS NULL OR min_amount <= max_amount), CONSTRAINT \"service_age_range\" CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age), CONSTRAINT \"service_capacity_non_negative\" CHECK (capacity >= 0 AND capacity_used >= 0), CONSTRAINT \"service_name_present\" CHECK (coalesce(name_ar, name_en) IS NOT NULL), CONSTRAINT \"PK_85a21558c006647cd76fdce044b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6985608d88bcd9af04633bc97e\" ON \"service\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('ADMIN', 'COORDINATOR', 'PARTNER_STAFF', 'COMMITTEE_MEMBER', 'VIEWER')");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"email\" character varying(320) NOT NULL, \"display_name\" character varying(300) NOT NULL, \"password_hash\" text NOT NULL, \"role\" \"public\".\"user_role\" NOT NULL, \"organization_id\" uuid, \"active\" boolean NOT NULL DEFAULT true, \"last_login_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_3fa909d0e37c531ebc23770339\" ON \"app_user\"  (\"email\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c4c90a083fb10c1386782b5aac\" ON \"app_user\"  (\"organization_id\") ");
    await queryRunner.query("ALTER TABLE \"organization_branch\" ADD CONSTRAINT \"FK_7d3afd6e0258e5483beaee5f652\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortium_member\" ADD CONSTRAINT \"FK_78b56002bb724955f4e7e18c5f8\" FOREIGN KEY (\"consortium_id\") REFERENCES \"consortium\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortium_member\" ADD CONSTRAINT \"FK_6f23217ab73dd74d489dba98343\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"service\" ADD CONSTRAINT \"FK_6985608d88bcd9af04633bc97ed\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"FK_c4c90a083fb10c1386782b5aac5\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"FK_c4c90a083fb10c1386782b5aac5\"");
    await queryRunner.query("ALTER TABLE \"service\" DROP CONSTRAINT \"FK_6985608d88bcd9af04633bc97ed\"");
    await queryRunner.query("ALTER TABLE \"consortium_member\" DROP CONSTRAINT \"FK_6f23217ab73dd74d489dba98343\"");
    await queryRunner.query("ALTER TABLE \"consortium_member\" DROP CONSTRAINT \"FK_78b56002bb724955f4e7e18c5f8\"");
    await queryRunner.query("ALTER TABLE \"organization_branch\" DROP CONSTRAINT \"FK_7d3afd6e0258e5483beaee5f652\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c4c90a083fb10c1386782b5aac\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3fa909d0e37c531ebc23770339\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6985608d88bcd9af04633bc97e\"");
    await queryRunner.query("DROP TABLE \"service\"");
    await queryRunner.query("DROP TYPE \"public\".\"guarantee_type\"");
    await queryRunner.query("DROP TYPE \"public\".\"gender\"");
    await queryRunner.query("DROP TYPE \"public\".\"service_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"consortium_one_lead\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6f23217ab73dd74d489dba9834\"");
    await queryRunner.query("DROP TABLE \"consortium_member\"");
    await queryRunner.query("DROP TYPE \"public\".\"member_role\"");
    await queryRunner.query("DROP TABLE \"consortium\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("DROP TYPE \"public\".\"organization_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_72ecb046d27d38105aa371460b\"");
    await queryRunner.query("DROP TABLE \"organization_branch\"");
  }
}
