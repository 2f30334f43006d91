import type { OpenReferralOfKind } from '@shuraka/matching';
import { AWAITING_DECISION, OPEN_STATUSES } from './referral-lifecycle';

/** Anything that runs SQL: a DataSource or a transaction's EntityManager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Referrals waiting for the partner's answer, per service. They hold a place in matching and
 * planning, though not yet in `capacity_used`. Pass the transaction's manager to read inside it.
 */
export async function pendingReferralsByService(db: Queryable, serviceIds: string[]): Promise<Map<string, number>> {
  if (serviceIds.length === 0) return new Map();
  const rows = (await db.query(
    `SELECT service_id, count(*)::int AS count FROM referral WHERE status = ANY($2::referral_status[]) AND service_id = ANY($1::uuid[]) GROUP BY service_id`,
    [serviceIds, AWAITING_DECISION],
  )) as Array<{ service_id: string; count: number }>;
  return new Map(rows.map((row) => [row.service_id, row.count]));
}

/** `applicantId:serviceId` of the open referrals of these applicants (one open referral per pair). */
export async function openReferralPairs(db: Queryable, applicantIds: string[]): Promise<Set<string>> {
  if (applicantIds.length === 0) return new Set();
  const rows = (await db.query(
    `SELECT applicant_id, service_id FROM referral WHERE applicant_id = ANY($1::uuid[]) AND status = ANY($2::referral_status[])`,
    [applicantIds, OPEN_STATUSES],
  )) as Array<{ applicant_id: string; service_id: string }>;
  return new Set(rows.map((row) => `${row.applicant_id}:${row.service_id}`));
}

/** The open referrals of these applicants with their service's kind, per applicant. */
export async function openReferralsOfKind(db: Queryable, applicantIds: string[]): Promise<Map<string, OpenReferralOfKind[]>> {
  const out = new Map<string, OpenReferralOfKind[]>();
  if (applicantIds.length === 0) return out;
  const rows = (await db.query(
    `SELECT r.id, r.applicant_id, r.service_id, s.kind FROM referral r JOIN service s ON s.id = r.service_id
      WHERE r.applicant_id = ANY($1::uuid[]) AND r.status = ANY($2::referral_status[]) ORDER BY r.created_at, r.id`,
    [applicantIds, OPEN_STATUSES],
  )) as Array<{ id: string; applicant_id: string; service_id: string; kind: string }>;
  for (const row of rows) out.set(row.applicant_id, [...(out.get(row.applicant_id) ?? []), { referralId: row.id, serviceId: row.service_id, kind: row.kind }]);
  return out;
}
