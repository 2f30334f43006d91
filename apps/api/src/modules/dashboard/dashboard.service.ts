import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MemberRole, Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { Clock, dayIn } from '../../common/time/clock';
import { ACCEPTED_STATUSES, monthsToFill, referralFigures, type ReferralGroupRow } from './dashboard-figures';
import type { DashboardType } from './dashboard.types';

const ACCEPTED_SQL = ACCEPTED_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * The referral figures in one statement: each referral of the consortium sent in the period is counted once under
 * each dimension (TOTAL, STATUS, CATEGORY, GOVERNORATE, PARTNER, MONTH), then grouped by (dimension, key). Money is
 * summed per (dimension, key, currency) and folded into a JSON array per (dimension, key). With both bounds set, the
 * months of the period without referrals come as empty MONTH rows (generate_series).
 * $1 consortium id, $2 time zone, then the period bounds as `periodSql` numbers them.
 */
function referralSql(period: string, fill: string | null): string {
  return `
WITH r AS (
  SELECT r.status::text AS status, a.category::text AS category, a.governorate, r.organization_id::text AS partner,
         to_char(r.created_at AT TIME ZONE $2, 'YYYY-MM') AS month,
         r.created_at, r.decided_at, r.amount_disbursed, r.disbursed_currency, r.jobs_created
  FROM referral r
  JOIN applicant a ON a.id = r.applicant_id
  WHERE a.consortium_id = $1 ${period}
), d AS (
  SELECT x.dimension, x.key, r.*
  FROM r CROSS JOIN LATERAL (VALUES ('TOTAL', ''), ('STATUS', r.status), ('CATEGORY', r.category), ('GOVERNORATE', r.governorate),
                                    ('PARTNER', r.partner), ('MONTH', r.month)) AS x(dimension, key)
), counts AS (
  SELECT dimension, key,
         count(*)::int AS referrals,
         count(*) FILTER (WHERE status IN (${ACCEPTED_SQL}))::int AS accepted,
         count(*) FILTER (WHERE status = 'DECLINED')::int AS declined,
         count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
         coalesce(sum(jobs_created), 0)::int AS "jobsCreated",
         CASE WHEN dimension = 'TOTAL' THEN
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - created_at) / 86400)
             FILTER (WHERE decided_at IS NOT NULL AND status IN (${ACCEPTED_SQL}, 'DECLINED'))
         END AS "medianDays"
  FROM d
  GROUP BY dimension, key
), money AS (
  SELECT dimension, key, jsonb_agg(jsonb_build_object('currency', currency, 'amount', amount::text) ORDER BY currency) AS amounts
  FROM (SELECT dimension, key, disbursed_currency AS currency, sum(amount_disbursed) AS amount
        FROM d WHERE disbursed_currency IS NOT NULL
        GROUP BY dimension, key, disbursed_currency) per_currency
  GROUP BY dimension, key
)
SELECT c.dimension, c.key, c.referrals, c.accepted, c.declined, c.completed, c."jobsCreated", c."medianDays",
       coalesce(m.amounts, '[]'::jsonb) AS "amountDisbursed", o.name_ar AS "nameAr", o.name_en AS "nameEn"
FROM counts c
LEFT JOIN money m USING (dimension, key)
LEFT JOIN organization o ON c.dimension = 'PARTNER' AND o.id::text = c.key
${
  fill
    ? `UNION ALL
SELECT 'MONTH', to_char(month, 'YYYY-MM'), 0, 0, 0, 0, 0, NULL, '[]'::jsonb, NULL, NULL
FROM generate_series(${fill}, interval '1 month') AS month
WHERE to_char(month, 'YYYY-MM') NOT IN (SELECT key FROM counts WHERE dimension = 'MONTH')`
    : ''
}`;
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

interface AccessRow {
  timeZone: string;
  isLead: boolean;
  isMember: boolean;
}

/**
 * A consortium's indicators, computed in PostgreSQL: three statements per request (access, referrals, the rest),
 * whatever the amount of data.
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

    // Period bounds on timestamps, written so that the created_at indexes stay usable.
    const referralParams: unknown[] = [consortiumId, timeZone];
    let period = '';
    if (from) {
      referralParams.push(from);
      period += ` AND r.created_at >= ($${referralParams.length}::date::timestamp AT TIME ZONE $2)`;
    }
    if (to) {
      referralParams.push(to);
      period += ` AND r.created_at < (($${referralParams.length}::date + 1)::timestamp AT TIME ZONE $2)`;
    }
    const months = monthsToFill(from, to);
    let fill: string | null = null;
    if (months) {
      referralParams.push(months.first, months.last);
      fill = `$${referralParams.length - 1}::timestamp, $${referralParams.length}::timestamp`;
    }
    const rows: ReferralGroupRow[] = await this.dataSource.query(referralSql(period, fill), referralParams);

    const otherParams: unknown[] = [consortiumId, dayIn(timeZone, this.clock.now())];
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
   * The consortium's time zone when the user may read its dashboard: ADMIN, PARTNER_STAFF of its lead, COMMITTEE_MEMBERs
   * of a member organisation. Everyone else (and an unknown consortium): NOT_FOUND.
   */
  private async requireReader(user: AuthUser, consortiumId: string): Promise<string> {
    const [row]: AccessRow[] = await this.dataSource.query(
      `SELECT c.time_zone AS "timeZone",
              coalesce(bool_or(m.role = $3), false) AS "isLead",
              count(m.organization_id) > 0 AS "isMember"
       FROM consortium c
       LEFT JOIN consortium_member m ON m.consortium_id = c.id AND m.organization_id = $2
       WHERE c.id = $1
       GROUP BY c.id`,
      [consortiumId, user.organizationId, MemberRole.LEAD],
    );
    const allowed =
      !!row &&
      (user.role === Role.ADMIN ||
        (user.role === Role.PARTNER_STAFF && row.isLead) ||
        (user.role === Role.COMMITTEE_MEMBER && row.isMember));
    if (!allowed) throw AppError.notFound('Dashboard');
    return row.timeZone;
  }
}
