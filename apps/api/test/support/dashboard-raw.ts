/**
 * The dashboard's referral figures computed from the raw referrals, as the service did before the rollup (issue 10):
 * every referral of the period grouped on each request. Kept as the oracle the rollup is tested against
 * (test/integration/dashboard/dashboard-rollup.spec.ts) and as the volume bench's baseline.
 */
import type { EntityManager } from 'typeorm';
import { ACCEPTED_STATUSES, MAX_FILLED_MONTHS, referralFigures, type ReferralFigures, type ReferralGroupRow } from '../../src/modules/dashboard/dashboard-figures';

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const ACCEPTED_SQL = ACCEPTED_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * The referral figures in one statement: the consortium's referrals sent in the period are grouped once per
 * dimension (TOTAL, STATUS, CATEGORY, GOVERNORATE, PARTNER, MONTH) and currency in a single pass (GROUPING SETS:
 * one hash table per dimension, instead of six copies of every referral), then folded per (dimension, key) with the
 * money as a JSON array per currency. The months between the period's first month (or the first month with a
 * referral) and its last month (or the current month) without referrals come as empty MONTH rows (generate_series),
 * unless that span is longer than MAX_FILLED_MONTHS.
 * $1 consortium id, $2 time zone, $3 the consortium's today, $4 the first day or null, $5 the last day or null;
 * `period` holds the bounds on created_at.
 */
export function rawReferralSql(period: string): string {
  return `
WITH r AS MATERIALIZED (
  SELECT r.status::text AS status, a.category::text AS category, a.governorate, r.organization_id::text AS partner,
         to_char(r.created_at AT TIME ZONE $2, 'YYYY-MM') AS month,
         r.created_at, r.decided_at, r.amount_disbursed, r.disbursed_currency, r.jobs_created
  FROM referral r
  JOIN applicant a ON a.id = r.applicant_id
  WHERE a.consortium_id = $1 ${period}
), per_currency AS (
  SELECT CASE WHEN GROUPING(status) = 0 THEN 'STATUS' WHEN GROUPING(category) = 0 THEN 'CATEGORY' WHEN GROUPING(governorate) = 0 THEN 'GOVERNORATE'
              WHEN GROUPING(partner) = 0 THEN 'PARTNER' WHEN GROUPING(month) = 0 THEN 'MONTH' ELSE 'TOTAL' END AS dimension,
         coalesce(status, category, governorate, partner, month, '') AS key,
         disbursed_currency AS currency,
         count(*) AS referrals,
         count(*) FILTER (WHERE status IN (${ACCEPTED_SQL})) AS accepted,
         count(*) FILTER (WHERE status = 'DECLINED') AS declined,
         count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
         sum(jobs_created) AS jobs,
         sum(amount_disbursed) AS amount
  FROM r
  GROUP BY GROUPING SETS ((disbursed_currency), (status, disbursed_currency), (category, disbursed_currency), (governorate, disbursed_currency),
                          (partner, disbursed_currency), (month, disbursed_currency))
), counts AS (
  SELECT dimension, key,
         sum(referrals)::int AS referrals, sum(accepted)::int AS accepted, sum(declined)::int AS declined, sum(completed)::int AS completed,
         coalesce(sum(jobs), 0)::int AS "jobsCreated",
         coalesce(jsonb_agg(jsonb_build_object('currency', currency, 'amount', amount::text) ORDER BY currency) FILTER (WHERE currency IS NOT NULL), '[]'::jsonb) AS amounts
  FROM per_currency
  GROUP BY dimension, key
), months AS (
  SELECT date_trunc('month', coalesce($4::date::timestamp, (SELECT min(created_at AT TIME ZONE $2) FROM r))) AS first,
         date_trunc('month', coalesce($5::date, $3::date)::timestamp) AS last
)
SELECT c.dimension, c.key, c.referrals, c.accepted, c.declined, c.completed, c."jobsCreated",
       CASE WHEN c.dimension = 'TOTAL' THEN
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - created_at) / 86400)
          FROM r WHERE decided_at IS NOT NULL AND status IN (${ACCEPTED_SQL}, 'DECLINED'))
       END AS "medianDays",
       c.amounts AS "amountDisbursed", o.name_ar AS "nameAr", o.name_en AS "nameEn"
FROM counts c
LEFT JOIN organization o ON c.dimension = 'PARTNER' AND o.id::text = c.key
UNION ALL
SELECT 'MONTH', to_char(month, 'YYYY-MM'), 0, 0, 0, 0, 0, NULL, '[]'::jsonb, NULL, NULL
FROM months, generate_series(months.first, months.last, interval '1 month') AS month
WHERE months.last < months.first + interval '${MAX_FILLED_MONTHS} months'
  AND to_char(month, 'YYYY-MM') NOT IN (SELECT key FROM counts WHERE dimension = 'MONTH')`;
}


/** The referral figures of a consortium for [from, to] (its calendar; null: unbounded) from the raw referrals. */
export async function rawReferralFigures(
  db: Queryable | EntityManager,
  consortiumId: string,
  timeZone: string,
  today: string,
  from: string | null,
  to: string | null,
): Promise<ReferralFigures> {
  let period = '';
  if (from) period += ' AND r.created_at >= ($4::date::timestamp AT TIME ZONE $2)';
  if (to) period += ' AND r.created_at < (($5::date + 1)::timestamp AT TIME ZONE $2)';
  const rows = (await db.query(rawReferralSql(period), [consortiumId, timeZone, today, from, to])) as ReferralGroupRow[] | { rows: ReferralGroupRow[] };
  return referralFigures(Array.isArray(rows) ? rows : rows.rows);
}
