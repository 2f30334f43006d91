import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings, committees and recommendations (issue 9): committees with members, meetings with attendees,
 * numbered recommendations with owners and a progress thread, per-user calendar feeds, and their audit record types.
 */
export class Meetings1796400000000 implements MigrationInterface {
  name = 'Meetings1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"committee_kind\" AS ENUM('STANDING', 'TEMPORARY')");
    await queryRunner.query("CREATE TABLE \"committee\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"consortium_id\" uuid NOT NULL, \"name_ar\" character varying(300), \"name_en\" character varying(300), \"kind\" \"public\".\"committee_kind\" NOT NULL, \"mandate_ar\" text, \"mandate_en\" text, \"starts_on\" date, \"ends_on\" date, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"committee_version_positive\" CHECK (version >= 1), CONSTRAINT \"committee_dates_ordered\" CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT \"committee_temporary_ends\" CHECK (kind <> 'TEMPORARY' OR ends_on IS NOT NULL), CONSTRAINT \"committee_name_present\" CHECK (coalesce(name_ar, name_en) IS NOT NULL), CONSTRAINT \"PK_29569bbabae77e56711f2310563\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"committee_consortium_created_at_id\" ON \"committee\"  (\"consortium_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"committee_member\" (\"committee_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"name\" character varying(300) NOT NULL, \"organization_id\" uuid, \"title\" character varying(300), \"user_id\" uuid, CONSTRAINT \"PK_d89e46745e72695f4843c20dadf\" PRIMARY KEY (\"committee_id\", \"position\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"meeting_kind\" AS ENUM('PARTNERS_MEETING', 'COMMITTEE', 'WORKSHOP', 'CONFERENCE')");
    await queryRunner.query("CREATE TABLE \"meeting\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"consortium_id\" uuid NOT NULL, \"committee_id\" uuid, \"kind\" \"public\".\"meeting_kind\" NOT NULL, \"title_ar\" character varying(300), \"title_en\" character varying(300), \"held_on\" date NOT NULL, \"starts_at\" TIME, \"ends_at\" TIME, \"location\" character varying(300), \"agenda\" text, \"minutes\" text, \"decisions\" text, \"follow_up_of_id\" uuid, \"created_by_id\" uuid NOT NULL, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"meeting_version_positive\" CHECK (version >= 1), CONSTRAINT \"meeting_times_ordered\" CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at), CONSTRAINT \"meeting_title_present\" CHECK (coalesce(title_ar, title_en) IS NOT NULL), CONSTRAINT \"PK_dccaf9e4c0e39067d82ccc7bb83\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"meeting_committee\" ON \"meeting\"  (\"committee_id\") ");
    await queryRunner.query("CREATE INDEX \"meeting_held_on_id\" ON \"meeting\"  (\"held_on\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"meeting_consortium_held_on_id\" ON \"meeting\"  (\"consortium_id\", \"held_on\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"meeting_attendee\" (\"meeting_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"name\" character varying(300) NOT NULL, \"organization_id\" uuid, \"title\" character varying(300), \"user_id\" uuid, CONSTRAINT \"PK_b9643d7e1564152109a46bb98f8\" PRIMARY KEY (\"meeting_id\", \"position\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"recommendation_status\" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')");
    await queryRunner.query("CREATE TABLE \"recommendation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"meeting_id\" uuid NOT NULL, \"consortium_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"text_ar\" text, \"text_en\" text, \"due_on\" date, \"status\" \"public\".\"recommendation_status\" NOT NULL DEFAULT 'OPEN', \"status_reason\" text, \"percent\" integer, \"about_questionnaire_id\" uuid, \"about_meeting_id\" uuid, \"about_committee_id\" uuid, \"about_service_id\" uuid, \"created_by_id\" uuid NOT NULL, \"version\" integer NOT NULL DEFAULT '1', \"closed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"recommendation_closed_at\" CHECK ((status IN ('DONE', 'DROPPED')) = (closed_at IS NOT NULL)), CONSTRAINT \"recommendation_version_positive\" CHECK (version >= 1), CONSTRAINT \"recommendation_percent_range\" CHECK (percent IS NULL OR percent BETWEEN 0 AND 100), CONSTRAINT \"recommendation_number_positive\" CHECK (number >= 1), CONSTRAINT \"recommendation_text_present\" CHECK (coalesce(text_ar, text_en) IS NOT NULL), CONSTRAINT \"PK_17cb51984a6627ef2ce7370e23c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"recommendation_about_service\" ON \"recommendation\"  (\"about_service_id\") WHERE about_service_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"recommendation_about_committee\" ON \"recommendation\"  (\"about_committee_id\") WHERE about_committee_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"recommendation_about_meeting\" ON \"recommendation\"  (\"about_meeting_id\") WHERE about_meeting_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"recommendation_about_questionnaire\" ON \"recommendation\"  (\"about_questionnaire_id\") WHERE about_questionnaire_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"recommendation_consortium_status\" ON \"recommendation\"  (\"consortium_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"recommendation_meeting_number\" ON \"recommendation\"  (\"meeting_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"recommendation_owner\" (\"recommendation_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, CONSTRAINT \"PK_75d471fd41e83cc1061be1b9948\" PRIMARY KEY (\"recommendation_id\", \"organization_id\"))");
    await queryRunner.query("CREATE INDEX \"recommendation_owner_organization\" ON \"recommendation_owner\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"recommendation_note\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"recommendation_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"note\" text NOT NULL, \"percent\" integer, \"status_from\" \"public\".\"recommendation_status\", \"status_to\" \"public\".\"recommendation_status\", CONSTRAINT \"recommendation_note_percent_range\" CHECK (percent IS NULL OR percent BETWEEN 0 AND 100), CONSTRAINT \"PK_4277b0ef9cbffc07626491d2386\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"recommendation_note_thread\" ON \"recommendation_note\"  (\"recommendation_id\", \"at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"calendar_feed\" (\"user_id\" uuid NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_3a0b1d1c7619ea19ff1affaaf70\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_29b8f216ae4f5fdd5bcc8de8112\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("ALTER TYPE \"public\".\"audit_record_type\" ADD VALUE 'MEETING'");
    await queryRunner.query("ALTER TYPE \"public\".\"audit_record_type\" ADD VALUE 'COMMITTEE'");
    await queryRunner.query("ALTER TYPE \"public\".\"audit_record_type\" ADD VALUE 'RECOMMENDATION'");
    await queryRunner.query("ALTER TABLE \"committee\" ADD CONSTRAINT \"FK_076b9595dd1ce481a42174e6f43\" FOREIGN KEY (\"consortium_id\") REFERENCES \"consortium\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"committee_member\" ADD CONSTRAINT \"FK_55284b32094773132273e6656ef\" FOREIGN KEY (\"committee_id\") REFERENCES \"committee\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"committee_member\" ADD CONSTRAINT \"FK_54792ccc7a526d57bd81a273f94\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"committee_member\" ADD CONSTRAINT \"FK_1578e25209bf39816a94f3b2c5c\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting\" ADD CONSTRAINT \"FK_449083ecb64c3c09aeb8042e21c\" FOREIGN KEY (\"consortium_id\") REFERENCES \"consortium\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting\" ADD CONSTRAINT \"FK_50a19762fc514219a3fcd63a592\" FOREIGN KEY (\"committee_id\") REFERENCES \"committee\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting\" ADD CONSTRAINT \"FK_28823f1eab2e600eb8cf094dbd6\" FOREIGN KEY (\"follow_up_of_id\") REFERENCES \"recommendation\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting\" ADD CONSTRAINT \"FK_a410e4187cde54b365b38eb11f4\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" ADD CONSTRAINT \"FK_6ae2c754d429a9c48266579041d\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" ADD CONSTRAINT \"FK_e726f6e1fdfb360e84307ff398e\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" ADD CONSTRAINT \"FK_957ef8618ca00125e7ef3d00050\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation\" ADD CONSTRAINT \"FK_b00d189ef26ad92010f706c4317\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation\" ADD CONSTRAINT \"FK_42dca89dc830979ed3a91d9b3ee\" FOREIGN KEY (\"consortium_id\") REFERENCES \"consortium\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation\" ADD CONSTRAINT \"FK_171e82a6527a55450ef961cf23b\" FOREIGN KEY (\"about_questionnaire_id\") REFERENCES \"questionnaire\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation\" ADD CONSTRAINT \"FK_ea2a753cdc1bf87b961065b1028\" FOREIGN KEY (\"about_meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation\" ADD CONSTRAINT \"FK_89daf360b75284a476ae7941d18\" FOREIGN KEY (\"about_committee_id\") REFERENCES \"committee\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation\" ADD CONSTRAINT \"FK_821a04a5f03609693597e8e8233\" FOREIGN KEY (\"about_service_id\") REFERENCES \"service\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation\" ADD CONSTRAINT \"FK_0575a002cd6028acfa55206d2e5\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation_owner\" ADD CONSTRAINT \"FK_f0385062c608f7b60f2d99ccdb9\" FOREIGN KEY (\"recommendation_id\") REFERENCES \"recommendation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation_owner\" ADD CONSTRAINT \"FK_bef78e92a94649ddfd77073e262\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation_note\" ADD CONSTRAINT \"FK_009f0fd2e5777daa31de48f7f4b\" FOREIGN KEY (\"recommendation_id\") REFERENCES \"recommendation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation_note\" ADD CONSTRAINT \"FK_4b553d00863a4bbe55f291cea1f\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"calendar_feed\" ADD CONSTRAINT \"FK_29b8f216ae4f5fdd5bcc8de8112\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"calendar_feed\" DROP CONSTRAINT \"FK_29b8f216ae4f5fdd5bcc8de8112\"");
    await queryRunner.query("ALTER TABLE \"recommendation_note\" DROP CONSTRAINT \"FK_4b553d00863a4bbe55f291cea1f\"");
    await queryRunner.query("ALTER TABLE \"recommendation_note\" DROP CONSTRAINT \"FK_009f0fd2e5777daa31de48f7f4b\"");
    await queryRunner.query("ALTER TABLE \"recommendation_owner\" DROP CONSTRAINT \"FK_bef78e92a94649ddfd77073e262\"");
    await queryRunner.query("ALTER TABLE \"recommendation_owner\" DROP CONSTRAINT \"FK_f0385062c608f7b60f2d99ccdb9\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" DROP CONSTRAINT \"FK_0575a002cd6028acfa55206d2e5\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" DROP CONSTRAINT \"FK_821a04a5f03609693597e8e8233\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" DROP CONSTRAINT \"FK_89daf360b75284a476ae7941d18\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" DROP CONSTRAINT \"FK_ea2a753cdc1bf87b961065b1028\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" DROP CONSTRAINT \"FK_171e82a6527a55450ef961cf23b\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" DROP CONSTRAINT \"FK_42dca89dc830979ed3a91d9b3ee\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" DROP CONSTRAINT \"FK_b00d189ef26ad92010f706c4317\"");
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" DROP CONSTRAINT \"FK_957ef8618ca00125e7ef3d00050\"");
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" DROP CONSTRAINT \"FK_e726f6e1fdfb360e84307ff398e\"");
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" DROP CONSTRAINT \"FK_6ae2c754d429a9c48266579041d\"");
    await queryRunner.query("ALTER TABLE \"meeting\" DROP CONSTRAINT \"FK_a410e4187cde54b365b38eb11f4\"");
    await queryRunner.query("ALTER TABLE \"meeting\" DROP CONSTRAINT \"FK_28823f1eab2e600eb8cf094dbd6\"");
    await queryRunner.query("ALTER TABLE \"meeting\" DROP CONSTRAINT \"FK_50a19762fc514219a3fcd63a592\"");
    await queryRunner.query("ALTER TABLE \"meeting\" DROP CONSTRAINT \"FK_449083ecb64c3c09aeb8042e21c\"");
    await queryRunner.query("ALTER TABLE \"committee_member\" DROP CONSTRAINT \"FK_1578e25209bf39816a94f3b2c5c\"");
    await queryRunner.query("ALTER TABLE \"committee_member\" DROP CONSTRAINT \"FK_54792ccc7a526d57bd81a273f94\"");
    await queryRunner.query("ALTER TABLE \"committee_member\" DROP CONSTRAINT \"FK_55284b32094773132273e6656ef\"");
    await queryRunner.query("ALTER TABLE \"committee\" DROP CONSTRAINT \"FK_076b9595dd1ce481a42174e6f43\"");
    // The enum loses three values: their entries go with the tables they describe (the log is append-only otherwise).
    await queryRunner.query("ALTER TABLE \"audit_entry\" DISABLE TRIGGER audit_entry_no_change");
    await queryRunner.query("DELETE FROM \"audit_entry\" WHERE \"record_type\" IN ('MEETING', 'COMMITTEE', 'RECOMMENDATION')");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ENABLE TRIGGER audit_entry_no_change");
    await queryRunner.query("CREATE TYPE \"public\".\"audit_record_type_old\" AS ENUM('USER', 'ORGANIZATION', 'SERVICE', 'CONSORTIUM', 'CONSORTIUM_MEMBER', 'APPLICANT', 'REFERRAL', 'ALLOCATION_PLAN', 'QUESTIONNAIRE', 'QUESTIONNAIRE_ASSIGNMENT')");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ALTER COLUMN \"record_type\" TYPE \"public\".\"audit_record_type_old\" USING \"record_type\"::\"text\"::\"public\".\"audit_record_type_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"audit_record_type\"");
    await queryRunner.query("ALTER TYPE \"public\".\"audit_record_type_old\" RENAME TO \"audit_record_type\"");
    await queryRunner.query("DROP TABLE \"calendar_feed\"");
    await queryRunner.query("DROP INDEX \"public\".\"recommendation_note_thread\"");
    await queryRunner.query("DROP TABLE \"recommendation_note\"");
    await queryRunner.query("DROP INDEX \"public\".\"recommendation_owner_organization\"");
    await queryRunner.query("DROP TABLE \"recommendation_owner\"");
    await queryRunner.query("DROP INDEX \"public\".\"recommendation_meeting_number\"");
    await queryRunner.query("DROP INDEX \"public\".\"recommendation_consortium_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"recommendation_about_questionnaire\"");
    await queryRunner.query("DROP INDEX \"public\".\"recommendation_about_meeting\"");
    await queryRunner.query("DROP INDEX \"public\".\"recommendation_about_committee\"");
    await queryRunner.query("DROP INDEX \"public\".\"recommendation_about_service\"");
    await queryRunner.query("DROP TABLE \"recommendation\"");
    await queryRunner.query("DROP TYPE \"public\".\"recommendation_status\"");
    await queryRunner.query("DROP TABLE \"meeting_attendee\"");
    await queryRunner.query("DROP INDEX \"public\".\"meeting_consortium_held_on_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"meeting_held_on_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"meeting_committee\"");
    await queryRunner.query("DROP TABLE \"meeting\"");
    await queryRunner.query("DROP TYPE \"public\".\"meeting_kind\"");
    await queryRunner.query("DROP TABLE \"committee_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"committee_consortium_created_at_id\"");
    await queryRunner.query("DROP TABLE \"committee\"");
    await queryRunner.query("DROP TYPE \"public\".\"committee_kind\"");
  }
}
