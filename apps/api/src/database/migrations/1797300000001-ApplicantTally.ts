import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many applicants each coordinator registered, kept by the database (docs/performance.md, "A national
 * programme's volume"): a coordinator's list shows its exact total on the first page, which for an office of
 * 200,000 applicants is a count of 200,000 index entries (parallel workers, 80–140 ms, on every first page of every
 * user of that office). `applicant_tally` holds the same number, changed by statement triggers in the transaction
 * that inserts, deletes or moves applicants (so a reader sees the rows and the number together), and read as one
 * row. Only the unfiltered list reads it; any filter counts its rows as before.
 */
export class ApplicantTally1797300000001 implements MigrationInterface {
  name = 'ApplicantTally1797300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "applicant_tally" ("registered_by_id" uuid NOT NULL, "applicants" integer NOT NULL, CONSTRAINT "PK_applicant_tally" PRIMARY KEY ("registered_by_id"), CONSTRAINT "applicant_tally_not_negative" CHECK ("applicants" >= 0))`,
    );
    // One statement per change, whatever its size: +1 per new row, -1 per old row, grouped by coordinator; an update
    // that leaves every applicant with its coordinator adds nothing and writes nothing.
    await queryRunner.query(`
      CREATE FUNCTION applicant_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO applicant_tally AS t (registered_by_id, applicants)
            SELECT registered_by_id, count(*) FROM applicant_tally_new GROUP BY 1 ORDER BY 1
            ON CONFLICT (registered_by_id) DO UPDATE SET applicants = t.applicants + excluded.applicants;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE applicant_tally t SET applicants = t.applicants - d.n
            FROM (SELECT registered_by_id, count(*)::int AS n FROM applicant_tally_old GROUP BY 1 ORDER BY 1) d WHERE t.registered_by_id = d.registered_by_id;
        ELSE
          -- Gains first (a new coordinator may have no row yet), then losses (their rows exist: they had applicants).
          INSERT INTO applicant_tally AS t (registered_by_id, applicants)
            SELECT registered_by_id, sum(change)::int FROM (
              SELECT registered_by_id, 1 AS change FROM applicant_tally_new UNION ALL SELECT registered_by_id, -1 FROM applicant_tally_old
            ) moved GROUP BY 1 HAVING sum(change) > 0 ORDER BY 1
            ON CONFLICT (registered_by_id) DO UPDATE SET applicants = t.applicants + excluded.applicants;
          UPDATE applicant_tally t SET applicants = t.applicants + d.change
            FROM (SELECT registered_by_id, sum(change)::int AS change FROM (
                    SELECT registered_by_id, 1 AS change FROM applicant_tally_new UNION ALL SELECT registered_by_id, -1 FROM applicant_tally_old
                  ) moved GROUP BY 1 HAVING sum(change) < 0 ORDER BY 1) d
           WHERE t.registered_by_id = d.registered_by_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "applicant_tally_insert" AFTER INSERT ON "applicant" REFERENCING NEW TABLE AS applicant_tally_new FOR EACH STATEMENT EXECUTE FUNCTION applicant_tally_change()`);
    await queryRunner.query(`CREATE TRIGGER "applicant_tally_delete" AFTER DELETE ON "applicant" REFERENCING OLD TABLE AS applicant_tally_old FOR EACH STATEMENT EXECUTE FUNCTION applicant_tally_change()`);
    await queryRunner.query(
      `CREATE TRIGGER "applicant_tally_update" AFTER UPDATE ON "applicant" REFERENCING OLD TABLE AS applicant_tally_old NEW TABLE AS applicant_tally_new FOR EACH STATEMENT EXECUTE FUNCTION applicant_tally_change()`,
    );
    await queryRunner.query(`CREATE FUNCTION applicant_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM applicant_tally; RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER "applicant_tally_truncate" AFTER TRUNCATE ON "applicant" FOR EACH STATEMENT EXECUTE FUNCTION applicant_tally_truncate()`);
    // The applicants already there (the lock keeps a registration from slipping between the count and the triggers).
    await queryRunner.query(`LOCK TABLE "applicant" IN SHARE MODE`);
    await queryRunner.query(`INSERT INTO "applicant_tally" ("registered_by_id", "applicants") SELECT registered_by_id, count(*) FROM applicant GROUP BY 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['applicant_tally_insert', 'applicant_tally_delete', 'applicant_tally_update', 'applicant_tally_truncate']) {
      await queryRunner.query(`DROP TRIGGER "${trigger}" ON "applicant"`);
    }
    await queryRunner.query('DROP FUNCTION applicant_tally_truncate()');
    await queryRunner.query('DROP FUNCTION applicant_tally_change()');
    await queryRunner.query('DROP TABLE "applicant_tally"');
  }
}
