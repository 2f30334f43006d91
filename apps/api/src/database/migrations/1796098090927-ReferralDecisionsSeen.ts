import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per coordinator, when they last looked at partners' decisions (unread counts in the navigation). */
export class ReferralDecisionsSeen1796098090927 implements MigrationInterface {
  name = 'ReferralDecisionsSeen1796098090927';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"referral_decisions_seen\" (\"user_id\" uuid NOT NULL, \"seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_1943fa4377a099b0fd62d64162b\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("ALTER TABLE \"referral_decisions_seen\" ADD CONSTRAINT \"FK_1943fa4377a099b0fd62d64162b\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"referral_decisions_seen\" DROP CONSTRAINT \"FK_1943fa4377a099b0fd62d64162b\"");
    await queryRunner.query("DROP TABLE \"referral_decisions_seen\"");
  }
}
