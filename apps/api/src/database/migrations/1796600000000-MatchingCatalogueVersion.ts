import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions of what matching reads (issue 10), so that each API process can keep a consortium's
 * services compiled in memory and know, in the one statement a match sends, whether they changed.
 *
 * `matching_catalogue_version` has one row per key: an organisation (bumped when its services or
 * branches change) or a consortium (bumped when its members or its matching weights change). The
 * bump is a deferred constraint trigger, so it runs at commit, once per key and transaction, in the
 * same transaction as the change (a reader sees both or neither) and with its row lock held only
 * while committing; it also NOTIFYs `matching_catalogue` with the key, delivered at commit. Places
 * taken (`capacity_used`, referrals) are not versioned: matching reads them on every match.
 */
export class MatchingCatalogueVersion1796600000000 implements MigrationInterface {
  name = 'MatchingCatalogueVersion1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // changed_in: the transaction that bumped it last, so that a transaction changing many rows of one key bumps it once.
    await queryRunner.query(
      `CREATE TABLE "matching_catalogue_version" ("key" uuid NOT NULL, "version" bigint NOT NULL, "changed_in" xid8, CONSTRAINT "PK_matching_catalogue_version" PRIMARY KEY ("key"))`,
    );
    // Every key starts versioned, so that a change to data older than this migration is seen too.
    await queryRunner.query(`INSERT INTO "matching_catalogue_version" ("key", "version") SELECT id, 1 FROM organization UNION ALL SELECT id, 1 FROM consortium`);
    await queryRunner.query(`
      CREATE FUNCTION matching_catalogue_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        keys uuid[] := '{}';
        changed uuid;
      BEGIN
        -- TG_ARGV[0]: the column holding the key (organization_id, consortium_id or id).
        IF TG_OP <> 'DELETE' THEN keys := keys || (to_jsonb(NEW) ->> TG_ARGV[0])::uuid; END IF;
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> TG_ARGV[0]) <> (to_jsonb(NEW) ->> TG_ARGV[0])) THEN
          keys := keys || (to_jsonb(OLD) ->> TG_ARGV[0])::uuid;
        END IF;
        FOREACH changed IN ARRAY keys LOOP
          INSERT INTO matching_catalogue_version AS v (key, version, changed_in) VALUES (changed, 1, pg_current_xact_id())
            ON CONFLICT (key) DO UPDATE SET version = v.version + 1, changed_in = excluded.changed_in
            WHERE v.changed_in IS DISTINCT FROM excluded.changed_in;
          -- Delivered at commit, once per key and transaction (PostgreSQL folds identical notifications).
          PERFORM pg_notify('matching_catalogue', changed::text);
        END LOOP;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION matching_catalogue_bump_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE matching_catalogue_version SET version = version + 1;
        PERFORM pg_notify('matching_catalogue', '*');
        RETURN NULL;
      END $$`);
    for (const [table, key] of [
      ['service', 'organization_id'],
      ['organization_branch', 'organization_id'],
      ['consortium_member', 'consortium_id'],
    ]) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "${table}_matching_catalogue_write" AFTER INSERT OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION matching_catalogue_bump('${key}')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_matching_catalogue_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION matching_catalogue_bump_all()`,
      );
    }
    // A service taking or freeing a place (capacity_used, with updated_at) is no catalogue change.
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "service_matching_catalogue_update" AFTER UPDATE ON "service" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
       WHEN ((to_jsonb(OLD) - 'capacity_used' - 'updated_at') IS DISTINCT FROM (to_jsonb(NEW) - 'capacity_used' - 'updated_at'))
       EXECUTE FUNCTION matching_catalogue_bump('organization_id')`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "organization_branch_matching_catalogue_update" AFTER UPDATE ON "organization_branch" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
       WHEN ((to_jsonb(OLD) - 'updated_at') IS DISTINCT FROM (to_jsonb(NEW) - 'updated_at'))
       EXECUTE FUNCTION matching_catalogue_bump('organization_id')`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "consortium_member_matching_catalogue_update" AFTER UPDATE ON "consortium_member" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
       EXECUTE FUNCTION matching_catalogue_bump('consortium_id')`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "consortium_matching_catalogue_weights" AFTER UPDATE ON "consortium" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
       WHEN (OLD.matching_weights IS DISTINCT FROM NEW.matching_weights)
       EXECUTE FUNCTION matching_catalogue_bump('id')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "consortium_matching_catalogue_weights" ON "consortium"`);
    for (const table of ['service', 'organization_branch', 'consortium_member']) {
      await queryRunner.query(`DROP TRIGGER "${table}_matching_catalogue_write" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_matching_catalogue_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_matching_catalogue_update" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION matching_catalogue_bump_all()`);
    await queryRunner.query(`DROP FUNCTION matching_catalogue_bump()`);
    await queryRunner.query(`DROP TABLE "matching_catalogue_version"`);
  }
}
