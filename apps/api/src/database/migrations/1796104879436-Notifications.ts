import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications (e-mailed when SMTP is configured) and the keys that make each one go out once. */
export class Notifications1796104879436 implements MigrationInterface {
  name = 'Notifications1796104879436';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"kind\" character varying(64) NOT NULL, \"title_ar\" text, \"title_en\" text, \"body_ar\" text, \"body_en\" text, \"link\" character varying(500), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP WITH TIME ZONE, \"email_pending\" boolean NOT NULL DEFAULT false, \"emailed_at\" TIMESTAMP WITH TIME ZONE, \"email_attempts\" integer NOT NULL DEFAULT '0', \"email_attempted_at\" TIMESTAMP WITH TIME ZONE, \"email_error\" text, CONSTRAINT \"notification_title_present\" CHECK (title_ar IS NOT NULL OR title_en IS NOT NULL), CONSTRAINT \"PK_705b6c7cdf9b2c2ff7ac7872cb7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"notification_email_pending\" ON \"notification\"  (\"created_at\") WHERE email_pending");
    await queryRunner.query("CREATE INDEX \"notification_user_unread\" ON \"notification\"  (\"user_id\") WHERE read_at IS NULL");
    await queryRunner.query("CREATE INDEX \"notification_user_order\" ON \"notification\"  (\"user_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"notification_dispatch\" (\"key\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b8410cb2b61e6168e5dab254272\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("ALTER TABLE \"notification\" ADD CONSTRAINT \"FK_928b7aa1754e08e1ed7052cb9d8\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notification\" DROP CONSTRAINT \"FK_928b7aa1754e08e1ed7052cb9d8\"");
    await queryRunner.query("DROP TABLE \"notification_dispatch\"");
    await queryRunner.query("DROP INDEX \"public\".\"notification_user_order\"");
    await queryRunner.query("DROP INDEX \"public\".\"notification_user_unread\"");
    await queryRunner.query("DROP INDEX \"public\".\"notification_email_pending\"");
    await queryRunner.query("DROP TABLE \"notification\"");
  }
}
