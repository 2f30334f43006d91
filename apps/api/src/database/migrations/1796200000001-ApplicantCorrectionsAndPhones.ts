import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applicants can be corrected (a version for optimistic concurrency) and withdraw their consent;
 * consortia get the calling code that completes phone numbers written without one, derived from
 * their country; existing phone numbers move to E.164 the way normalizePhoneNumber does it, where
 * the row's consortium gives a code and the result does not collide with another registration.
 */
export class ApplicantCorrectionsAndPhones1796200000001 implements MigrationInterface {
  name = 'ApplicantCorrectionsAndPhones1796200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "applicant" ADD "consent_withdrawn_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "applicant" ADD "consent_withdrawal_reason" text');
    await queryRunner.query('ALTER TABLE "applicant" ADD "version" integer NOT NULL DEFAULT \'1\'');
    await queryRunner.query('ALTER TABLE "consortium" ADD "default_calling_code" character varying(4)');
    await queryRunner.query(`ALTER TABLE "consortium" ADD CONSTRAINT "consortium_default_calling_code_digits" CHECK (default_calling_code ~ '^[1-9][0-9]{0,3}$')`);
    await queryRunner.query(`ALTER TABLE "applicant" ADD CONSTRAINT "applicant_consent_withdrawal_reason" CHECK ((consent_withdrawn_at IS NULL) = (consent_withdrawal_reason IS NULL))`);
    await queryRunner.query(`
      UPDATE consortium SET default_calling_code = codes.code
        FROM (VALUES ('YE', '967'), ('SA', '966'), ('BH', '973'), ('EG', '20'), ('LB', '961'), ('SD', '249'), ('MA', '212'), ('JO', '962')) AS codes(country, code)
       WHERE consortium.country = codes.country`);
    await queryRunner.query(`
      WITH cleaned AS (
        SELECT a.id, a.birth_date, c.default_calling_code AS code, a.phone LIKE '+%' AS plus, regexp_replace(a.phone, '[^0-9]', '', 'g') AS digits
          FROM applicant a LEFT JOIN consortium c ON c.id = a.consortium_id
         WHERE a.phone IS NOT NULL AND a.phone !~ '^\\+[1-9][0-9]{7,14}$'
      ), normal AS (
        SELECT id, birth_date, '+' || CASE
            WHEN plus THEN digits
            WHEN digits LIKE '00%' THEN substr(digits, 3)
            WHEN code IS NULL THEN NULL
            WHEN digits LIKE code || '%' AND length(digits) - length(code) >= 8 AND length(digits) > 10 THEN digits
            ELSE code || ltrim(digits, '0')
          END AS phone
          FROM cleaned
      ), candidates AS (
        SELECT id, birth_date, phone, row_number() OVER (PARTITION BY phone, birth_date ORDER BY id) AS nth
          FROM normal WHERE phone ~ '^\\+[1-9][0-9]{7,14}$'
      )
      UPDATE applicant a SET phone = candidates.phone,
             search_text = regexp_replace(a.search_text, '\\S*$', candidates.phone)
        FROM candidates
       WHERE a.id = candidates.id AND (candidates.nth = 1 OR candidates.birth_date IS NULL)
         AND NOT EXISTS (SELECT 1 FROM applicant other WHERE other.phone = candidates.phone AND other.birth_date = candidates.birth_date AND other.id <> a.id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "applicant" DROP CONSTRAINT "applicant_consent_withdrawal_reason"');
    await queryRunner.query('ALTER TABLE "consortium" DROP CONSTRAINT "consortium_default_calling_code_digits"');
    await queryRunner.query('ALTER TABLE "consortium" DROP COLUMN "default_calling_code"');
    await queryRunner.query('ALTER TABLE "applicant" DROP COLUMN "version"');
    await queryRunner.query('ALTER TABLE "applicant" DROP COLUMN "consent_withdrawal_reason"');
    await queryRunner.query('ALTER TABLE "applicant" DROP COLUMN "consent_withdrawn_at"');
  }
}
