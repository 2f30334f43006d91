import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { Clock, dayIn } from '../../common/time/clock';
import { ConsortiumEntity } from '../consortia/consortium.entity';
import { canManageConsortium, consortiumAccess } from '../meetings/meeting-access';
import type { Queryable } from '../referrals/referral-queries';
import { MAX_FILLED_MONTHS, referralFigures, type ReferralGroupRow } from './dashboard-figures';
import { rollupRanges } from './dashboard-periods';
import type { DashboardType } from './dashboard.types';

/**
 * The referral figures in one statement, from the rollup the database keeps (migration DashboardRollup, docs/
 * dashboard.md "The rollup"): the rows of the period's ranges (`rollupRanges`: whole years, whole months, days)
 * summed per (dimension, key, currency), then folded per (dimension, key) with the money as a JSON array per
 * currency; MONTH is TOTAL per month of the month and day rows. The months between the period's first month (or the
 * first month with a referral) and its last month (or the current month) without referrals come as empty MONTH rows
 * (generate_series), unless that span is longer than MAX_FILLED_MONTHS.
 * The median of days to decision is exact: the DECISION rows (decided referrals per whole hour to decision) tell in
 * which hour the middle one (or two) is and how many come before; `dashboard_decision` is walked in index order
 * inside that hour to it, and the value is percentile_cont's (lo + (hi − lo) × 0.5).
 * $1 consortium id, $2 the consortium's today, $3 the first day or null, $4 the last day or null, $5…$8 the ranges'
 * grains, first and last buckets, purposes.
 */
const REFERRAL_SQL = `
WITH rows AS MATERIALIZED (
  -- one index range scan per range (OFFSET 0 keeps the planner from joining the ranges with the whole table)
  SELECT q.purpose, r.*
  FROM unnest($5::char(1)[], $6::date[], $7::date[], $8::text[]) AS q (grain, first, last, purpose)
  CROSS JOIN LATERAL (
    SELECT r.bucket, r.dimension, r.key, r.currency, r.referrals, r.accepted, r.declined, r.completed, r.decided, r.jobs, r.amount
    FROM dashboard_rollup r
    WHERE r.consortium_id = $1 AND r.grain = q.grain AND r.bucket BETWEEN q.first AND q.last AND (q.purpose <> 'MONTH' OR r.dimension = 'TOTAL')
    OFFSET 0
  ) r
), per_currency AS (
  SELECT dimension, key, currency, sum(referrals) AS referrals, sum(accepted) AS accepted, sum(declined) AS declined,
         sum(completed) AS completed, sum(jobs) AS jobs, sum(amount) AS amount
  FROM rows WHERE purpose <> 'MONTH' AND dimension <> 'DECISION' GROUP BY dimension, key, currency
  UNION ALL
  SELECT 'MONTH', to_char(bucket, 'YYYY-MM'), currency, sum(referrals), sum(accepted), sum(declined), sum(completed), sum(jobs), sum(amount)
  FROM rows WHERE purpose <> 'FIGURES' AND dimension = 'TOTAL' GROUP BY to_char(bucket, 'YYYY-MM'), currency
), counts AS MATERIALIZED (
  SELECT dimension, key,
         sum(referrals)::int AS referrals, sum(accepted)::int AS accepted, sum(declined)::int AS declined, sum(completed)::int AS completed,
         coalesce(sum(jobs), 0)::int AS "jobsCreated",
         coalesce(jsonb_agg(jsonb_build_object('currency', currency, 'amount', amount::text) ORDER BY currency) FILTER (WHERE currency <> ''), '[]'::jsonb) AS amounts
  FROM per_currency
  WHERE referrals > 0
  GROUP BY dimension, key
), months AS (
  SELECT date_trunc('month', coalesce($3::date, (SELECT min(to_date(key, 'YYYY-MM')) FROM counts WHERE dimension = 'MONTH'))::timestamp) AS first,
         date_trunc('month', coalesce($4::date, $2::date)::timestamp) AS last
), hours AS (
  SELECT key::int AS hour, sum(decided)::bigint AS decided FROM rows WHERE purpose <> 'MONTH' AND dimension = 'DECISION' GROUP BY key::int HAVING sum(decided) > 0
), before AS (
  SELECT hour, decided, (sum(decided) OVER (ORDER BY hour) - decided)::bigint AS before FROM hours
), middle AS (
  -- the 0-based ranks of the middle one (odd count) or two (even count)
  SELECT DISTINCT rank FROM (SELECT sum(decided)::bigint AS n FROM hours) total, LATERAL (VALUES ((n - 1) / 2), (n / 2)) v (rank) WHERE n > 0
), picks AS (
  -- per hour holding a middle rank: the ranks to read there (both in one walk when they share the hour)
  SELECT b.hour, min(m.rank) - b.before AS skip, max(m.rank) - min(m.rank) + 1 AS take
  FROM middle m JOIN before b ON m.rank >= b.before AND m.rank < b.before + b.decided
  GROUP BY b.hour, b.before
), median AS (
  SELECT min(days) + (max(days) - min(days)) * 0.5 AS days
  FROM picks p,
  LATERAL (SELECT d.days FROM dashboard_decision d
           WHERE d.consortium_id = $1 AND d.hour = p.hour AND d.day >= coalesce($3::date, '-infinity') AND d.day <= coalesce($4::date, 'infinity')
           ORDER BY d.days OFFSET p.skip LIMIT p.take) picked
)
SELECT c.dimension, c.key, c.referrals, c.accepted, c.declined, c.completed, c."jobsCreated",
       CASE WHEN c.dimension = 'TOTAL' THEN (SELECT days FROM median) END AS "medianDays",
       c.amounts AS "amountDisbursed", o.name_ar AS "nameAr", o.name_en AS "nameEn"
FROM counts c
LEFT JOIN organization o ON c.dimension = 'PARTNER' AND o.id::text = c.key
UNION ALL
SELECT 'MONTH', to_char(month, 'YYYY-MM'), 0, 0, 0, 0, 0, NULL, '[]'::jsonb, NULL, NULL
FROM months, generate_series(months.first, months.last, interval '1 month') AS month
WHERE months.last < months.first + interval '${MAX_FILLED_MONTHS} months'
  AND to_char(month, 'YYYY-MM') NOT IN (SELECT key FROM counts WHERE dimension = 'MONTH')`;

/** The rows of the referral statement for a consortium and a period of its days (null: unbounded). */
async function referralRows(
  db: Queryable,
  consortiumId: string,
  today: string,
  from: string | null,
  to: string | null,
): Promise<ReferralGroupRow[]> {
  const ranges = rollupRanges(from, to);
  return (await db.query(REFERRAL_SQL, [
    consortiumId, today, from, to,
    ranges.map((range) => range.grain), ranges.map((range) => range.from), ranges.map((range) => range.to), ranges.map((range) => range.purpose),
  ])) as ReferralGroupRow[];
}

/**
 * Questionnaire completion (assignments of the consortium's questionnaires due in the period) and the open and
 * overdue recommendations of its meetings held in the period, in one statement.
 * $1 consortium id, $2 the consortium's today, then the period bounds as `dateSql` numbers them.
 */
function otherFiguresSql(assignmentPeriod: string, meetingPeriod: string): string {
  return `
SELECT q.assigned, q.submitted, rec.open, rec.overdue
FROM (SELECT count(*)::int AS assigned, count(*) FILTER (WHERE qa.submitted_at IS NOT NULL)::int AS submitted
      FROM questionnaire_assignment qa
      JOIN questionnaire qn ON qn.id = qa.questionnaire_id
      WHERE qn.consortium_id = $1 ${assignmentPeriod}) q,
     (SELECT count(*)::int AS open, count(*) FILTER (WHERE rc.due_on < $2::date)::int AS overdue
      FROM recommendation rc
      JOIN meeting mt ON mt.id = rc.meeting_id
      WHERE rc.consortium_id = $1 AND rc.status IN ('OPEN', 'IN_PROGRESS') ${meetingPeriod}) rec`;
}

/**
 * A consortium's indicators, computed in PostgreSQL: four statements per request (the consortium, the user's
 * memberships, referrals, the rest; three for ADMIN), whatever the amount of data.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async dashboard(user: AuthUser, consortiumId: string, from: string | null, to: string | null): Promise<DashboardType> {
    if (from && to && to < from) throw AppError.field('to', 'must be on or after from', 'isAfterFrom');
    const timeZone = await this.requireReader(user, consortiumId);

    const today = dayIn(timeZone, this.clock.now());
    const rows = await referralRows(this.dataSource, consortiumId, today, from, to);

    const otherParams: unknown[] = [consortiumId, today];
    const dateBetween = (column: string) => {
      let sql = '';
      if (from) {
        otherParams.push(from);
        sql += ` AND ${column} >= $${otherParams.length}::date`;
      }
      if (to) {
        otherParams.push(to);
        sql += ` AND ${column} <= $${otherParams.length}::date`;
      }
      return sql;
    };
    const [other]: Array<{ assigned: number; submitted: number; open: number; overdue: number }> = await this.dataSource.query(
      otherFiguresSql(dateBetween('qa.due_on'), dateBetween('mt.held_on')),
      otherParams,
    );

    return {
      consortiumId,
      from,
      to,
      ...referralFigures(rows),
      questionnaireCompletionRate: other.assigned > 0 ? other.submitted / other.assigned : null,
      recommendationsOpen: other.open,
      recommendationsOverdue: other.overdue,
    };
  }

  /**
   * The consortium's time zone when the user may read its dashboard: who manages its meetings (meeting-access.ts:
   * ADMIN, PARTNER_STAFF of its lead, COMMITTEE_MEMBERs of a member organisation). Everyone else, and an unknown
   * consortium: NOT_FOUND.
   */
  private async requireReader(user: AuthUser, consortiumId: string): Promise<string> {
    const manager = this.dataSource.manager;
    const consortium = await manager.getRepository(ConsortiumEntity).findOneBy({ id: consortiumId });
    if (!consortium || !canManageConsortium(await consortiumAccess(manager, user), consortiumId)) throw AppError.notFound('Dashboard');
    return consortium.timeZone;
  }
}
