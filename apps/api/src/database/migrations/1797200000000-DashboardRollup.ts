import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's referral figures kept by the database (issue 10, docs/performance.md "Dashboard at volume").
 *
 * `dashboard_rollup`: per consortium, per day, month and year of sending (the consortium's calendar; `grain` 'D',
 * 'M' or 'Y', `bucket` the day or the first day of the month or year), per dimension (TOTAL, STATUS, CATEGORY,
 * GOVERNORATE, PARTNER) and key, per currency of disbursement ('' none): referrals, accepted, declined, completed,
 * decided (with a decision time, counted by the median), jobs and amount; and DECISION rows: the decided referrals
 * per whole hour to decision (key), the median's histogram. A period of whole days reads its whole years from the
 * year rows, the whole months of its partial years from the month rows, the rest from the day rows.
 *
 * `dashboard_decision`: one row per referral counted by the median of days to decision (ACCEPTED or later, or
 * DECLINED, with a decision time): its consortium, day of sending, days and whole hours to decision, indexed on
 * (consortium, hour, days, day): the histogram tells in which hour the middle referral is and how many come before
 * it, the index is walked in order inside that hour only (exact, no sort).
 *
 * Both are kept in the writer's transaction by statement-level triggers with transition tables (a bulk insert
 * aggregates once per statement): inserts, updates and deletes of referrals, changes of an applicant's consortium,
 * category or governorate, and a change of a consortium's time zone (its rows are rebuilt in that transaction).
 * Additions are `INSERT ... ON CONFLICT DO UPDATE SET x = x + excluded.x`: atomic, two writers never lose counts.
 */
export class DashboardRollup1797200000000 implements MigrationInterface {
  name = 'DashboardRollup1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "dashboard_rollup" (
        "consortium_id" uuid NOT NULL REFERENCES "consortium" ("id") ON DELETE CASCADE,
        "grain" char(1) NOT NULL CHECK ("grain" IN ('D', 'M', 'Y')),
        "bucket" date NOT NULL,
        "dimension" text NOT NULL,
        "key" text NOT NULL,
        "currency" text NOT NULL,
        "referrals" int NOT NULL,
        "accepted" int NOT NULL,
        "declined" int NOT NULL,
        "completed" int NOT NULL,
        "decided" int NOT NULL,
        "jobs" bigint NOT NULL,
        "amount" numeric NOT NULL,
        CONSTRAINT "PK_dashboard_rollup" PRIMARY KEY ("consortium_id", "grain", "dimension", "bucket", "key", "currency")
      )`);
    await queryRunner.query(`
      CREATE TABLE "dashboard_decision" (
        "referral_id" uuid NOT NULL,
        "consortium_id" uuid NOT NULL REFERENCES "consortium" ("id") ON DELETE CASCADE,
        "day" date NOT NULL,
        "days" double precision NOT NULL,
        "hour" int NOT NULL,
        CONSTRAINT "PK_dashboard_decision" PRIMARY KEY ("referral_id")
      )`);
    await queryRunner.query(`CREATE INDEX "dashboard_decision_consortium_hour_days_day" ON "dashboard_decision" ("consortium_id", "hour", "days", "day")`);

    // The statement applying a change: $1 is a query giving the changed referrals, each with its sign (1 added,
    // -1 removed) and the applicant's consortium, category and governorate as they count.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_rollup_sql(source text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT format($q$
          WITH ch AS (%s),
          f AS (
            SELECT ch.consortium_id, (ch.created_at AT TIME ZONE c.time_zone)::date AS day, ch.sign, ch.status::text AS status,
                   ch.category::text AS category, ch.governorate::text AS governorate, ch.organization_id::text AS partner,
                   coalesce(ch.disbursed_currency::text, '') AS currency, ch.amount_disbursed, ch.jobs_created, ch.decided_at,
                   CASE WHEN ch.decided_at IS NOT NULL AND ch.status IN ('ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED')
                        THEN floor(extract(epoch FROM ch.decided_at - ch.created_at) / 3600)::int END AS hour
            FROM ch JOIN consortium c ON c.id = ch.consortium_id
          )
          INSERT INTO dashboard_rollup AS t (consortium_id, grain, bucket, dimension, key, currency, referrals, accepted, declined, completed, decided, jobs, amount)
          SELECT * FROM (
            SELECT f.consortium_id, g.grain, CASE g.grain WHEN 'D' THEN f.day WHEN 'M' THEN date_trunc('month', f.day)::date ELSE date_trunc('year', f.day)::date END AS bucket,
                   d.dimension, d.key, d.currency,
                   sum(f.sign) AS referrals, coalesce(sum(f.sign) FILTER (WHERE f.status IN ('ACCEPTED', 'IN_SERVICE', 'COMPLETED')), 0) AS accepted,
                   coalesce(sum(f.sign) FILTER (WHERE f.status = 'DECLINED'), 0) AS declined, coalesce(sum(f.sign) FILTER (WHERE f.status = 'COMPLETED'), 0) AS completed,
                   coalesce(sum(f.sign) FILTER (WHERE f.decided_at IS NOT NULL AND f.status IN ('ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED')), 0) AS decided,
                   coalesce(sum(f.sign * f.jobs_created), 0) AS jobs, coalesce(sum(f.sign * f.amount_disbursed), 0) AS amount
            FROM f
            CROSS JOIN (VALUES ('D'), ('M'), ('Y')) g (grain)
            -- DECISION: the decided referrals per whole hour to decision (the median's histogram), no currency
            CROSS JOIN LATERAL (VALUES ('TOTAL', '', f.currency), ('STATUS', f.status, f.currency), ('CATEGORY', f.category, f.currency),
                                       ('GOVERNORATE', f.governorate, f.currency), ('PARTNER', f.partner, f.currency), ('DECISION', f.hour::text, '')) d (dimension, key, currency)
            WHERE d.key IS NOT NULL
            GROUP BY 1, 2, 3, 4, 5, 6
          ) delta
          -- (an update that moves nothing, e.g. of a note, writes nothing)
          WHERE referrals <> 0 OR accepted <> 0 OR declined <> 0 OR completed <> 0 OR decided <> 0 OR jobs <> 0 OR amount <> 0
          ORDER BY 1, 2, 4, 3, 5, 6
          ON CONFLICT (consortium_id, grain, dimension, bucket, key, currency) DO UPDATE SET
            referrals = t.referrals + excluded.referrals, accepted = t.accepted + excluded.accepted, declined = t.declined + excluded.declined,
            completed = t.completed + excluded.completed, decided = t.decided + excluded.decided, jobs = t.jobs + excluded.jobs,
            amount = t.amount + excluded.amount$q$, source)
      $fn$`);
    // The referrals counted by the median, added ($1 a source as above, its rows with sign 1).
    await queryRunner.query(`
      CREATE FUNCTION dashboard_decision_sql(source text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT format($q$
          INSERT INTO dashboard_decision (referral_id, consortium_id, day, days, hour)
          SELECT ch.id, ch.consortium_id, (ch.created_at AT TIME ZONE c.time_zone)::date, extract(epoch FROM ch.decided_at - ch.created_at) / 86400,
                 floor(extract(epoch FROM ch.decided_at - ch.created_at) / 3600)::int
          FROM (%s) ch JOIN consortium c ON c.id = ch.consortium_id
          WHERE ch.sign = 1 AND ch.decided_at IS NOT NULL AND ch.status IN ('ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED')$q$, source)
      $fn$`);

    const referralColumns = 'r.id, r.created_at, r.status, r.organization_id, r.disbursed_currency, r.amount_disbursed, r.jobs_created, r.decided_at';
    await queryRunner.query(`
      CREATE FUNCTION dashboard_referral_changed() RETURNS trigger LANGUAGE plpgsql SET work_mem = '64MB' AS $fn$
      DECLARE
        added text := 'SELECT 1 AS sign, ${referralColumns}, a.consortium_id, a.category, a.governorate FROM new_referrals r JOIN applicant a ON a.id = r.applicant_id';
        removed text := 'SELECT -1 AS sign, ${referralColumns}, a.consortium_id, a.category, a.governorate FROM old_referrals r JOIN applicant a ON a.id = r.applicant_id';
      BEGIN
        IF TG_OP = 'INSERT' THEN
          EXECUTE dashboard_rollup_sql(added);
          EXECUTE dashboard_decision_sql(added);
        ELSIF TG_OP = 'DELETE' THEN
          EXECUTE dashboard_rollup_sql(removed);
          DELETE FROM dashboard_decision WHERE referral_id IN (SELECT id FROM old_referrals);
        ELSE
          EXECUTE dashboard_rollup_sql(removed || ' UNION ALL ' || added);
          DELETE FROM dashboard_decision WHERE referral_id IN (SELECT id FROM old_referrals);
          EXECUTE dashboard_decision_sql(added);
        END IF;
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER "referral_dashboard_insert" AFTER INSERT ON "referral" REFERENCING NEW TABLE AS new_referrals FOR EACH STATEMENT EXECUTE FUNCTION dashboard_referral_changed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "referral_dashboard_update" AFTER UPDATE ON "referral" REFERENCING OLD TABLE AS old_referrals NEW TABLE AS new_referrals FOR EACH STATEMENT EXECUTE FUNCTION dashboard_referral_changed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "referral_dashboard_delete" AFTER DELETE ON "referral" REFERENCING OLD TABLE AS old_referrals FOR EACH STATEMENT EXECUTE FUNCTION dashboard_referral_changed()`,
    );

    // An applicant's consortium, category or governorate moves the figures of its referrals.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_applicant_changed() RETURNS trigger LANGUAGE plpgsql SET work_mem = '64MB' AS $fn$
      DECLARE
        moved text := 'SELECT o.id, o.consortium_id AS old_consortium, o.category AS old_category, o.governorate AS old_governorate,
                              n.consortium_id, n.category, n.governorate
                       FROM old_applicants o JOIN new_applicants n ON n.id = o.id
                       WHERE (o.consortium_id, o.category, o.governorate) IS DISTINCT FROM (n.consortium_id, n.category, n.governorate)';
        added text := 'SELECT 1 AS sign, ${referralColumns}, m.consortium_id, m.category, m.governorate FROM (' || moved || ') m JOIN referral r ON r.applicant_id = m.id';
        removed text := 'SELECT -1 AS sign, ${referralColumns}, m.old_consortium AS consortium_id, m.old_category AS category, m.old_governorate AS governorate FROM (' || moved || ') m JOIN referral r ON r.applicant_id = m.id';
      BEGIN
        EXECUTE dashboard_rollup_sql(removed || ' UNION ALL ' || added);
        EXECUTE 'DELETE FROM dashboard_decision WHERE referral_id IN (SELECT r.id FROM (' || moved || ') m JOIN referral r ON r.applicant_id = m.id WHERE m.old_consortium IS DISTINCT FROM m.consortium_id)';
        EXECUTE dashboard_decision_sql(added || ' WHERE m.old_consortium IS DISTINCT FROM m.consortium_id');
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER "applicant_dashboard_update" AFTER UPDATE ON "applicant" REFERENCING OLD TABLE AS old_applicants NEW TABLE AS new_applicants FOR EACH STATEMENT EXECUTE FUNCTION dashboard_applicant_changed()`,
    );

    // A consortium's days are in its time zone: a new time zone rebuilds its rows in the same transaction.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_rebuild(consortium uuid) RETURNS void LANGUAGE plpgsql SET work_mem = '256MB' AS $fn$
      DECLARE
        everything text := format('SELECT 1 AS sign, ${referralColumns}, a.consortium_id, a.category, a.governorate FROM applicant a JOIN referral r ON r.applicant_id = a.id WHERE a.consortium_id = %L', consortium);
      BEGIN
        DELETE FROM dashboard_rollup WHERE consortium_id = consortium;
        DELETE FROM dashboard_decision WHERE consortium_id = consortium;
        EXECUTE dashboard_rollup_sql(everything);
        EXECUTE dashboard_decision_sql(everything);
      END $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION dashboard_consortium_time_zone_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM dashboard_rebuild(NEW.id);
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER "consortium_dashboard_time_zone" AFTER UPDATE OF "time_zone" ON "consortium" FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION dashboard_consortium_time_zone_changed()`,
    );

    // Backfill from the referrals already there.
    await queryRunner.query(`SELECT dashboard_rebuild(id) FROM consortium`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "consortium_dashboard_time_zone" ON "consortium"`);
    await queryRunner.query(`DROP TRIGGER "applicant_dashboard_update" ON "applicant"`);
    for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER "referral_dashboard_${event}" ON "referral"`);
    await queryRunner.query(`DROP FUNCTION dashboard_consortium_time_zone_changed()`);
    await queryRunner.query(`DROP FUNCTION dashboard_rebuild(uuid)`);
    await queryRunner.query(`DROP FUNCTION dashboard_applicant_changed()`);
    await queryRunner.query(`DROP FUNCTION dashboard_referral_changed()`);
    await queryRunner.query(`DROP FUNCTION dashboard_decision_sql(text)`);
    await queryRunner.query(`DROP FUNCTION dashboard_rollup_sql(text)`);
    await queryRunner.query(`DROP TABLE "dashboard_decision"`);
    await queryRunner.query(`DROP TABLE "dashboard_rollup"`);
  }
}
