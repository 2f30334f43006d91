/*
 * What matching reads from the database, as raw rows: no Nest, no entities, no decorators, so that
 * both the API's thread (MatchingDataService, the catalogues) and the cohort worker
 * (modules/allocation/cohort-worker.ts) use the same SQL.
 */
import { DEFAULT_WEIGHTS, withState, type CatalogueService, type MatchService, type MatchWeights, type TrackRecord } from '@shuraka/matching';
import { trimAmount } from '../../common/amount';
import { pendingReferralsByService, type Queryable } from '../referrals/referral-queries';

/**
 * A service's columns matching reads (a ServiceEntity has them all): MatchService's own scalars, the lists as the
 * database gives them (text[]), and the places used as stored (MatchService's placesTaken adds the pending ones).
 */
export type MatchServiceRow = Omit<MatchService, 'categories' | 'governorates' | 'projectSizes' | 'placesTaken' | 'branches' | 'trackRecord'> & {
  organizationId: string;
  categories: string[];
  governorates: string[];
  projectSizes: string[];
  capacityUsed: number;
};

/** MatchServiceRow's columns of `service s`, named as the entity names them. */
export const MATCH_SERVICE_COLUMNS = `s.id, s.organization_id AS "organizationId", s.kind::text AS kind, s.categories, s.governorates,
  s.project_sizes AS "projectSizes", s.gender::text AS gender, s.min_age AS "minAge", s.max_age AS "maxAge", s.min_amount::text AS "minAmount",
  s.max_amount::text AS "maxAmount", s.currency, s.guarantee_required::text AS "guaranteeRequired", s.capacity, s.capacity_used AS "capacityUsed"`;

export interface MatchBranchRow {
  organizationId: string;
  governorate: string;
  district: string | null;
}

/** A partner's track record from its referrals, per `GROUP BY organization_id`. */
export const TRACK_RECORD_COLUMNS = `count(*) FILTER (WHERE decided_at IS NOT NULL)::int AS decided,
  count(*) FILTER (WHERE status IN ('ACCEPTED','IN_SERVICE','COMPLETED'))::int AS accepted,
  count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - created_at) / 86400) FILTER (WHERE decided_at IS NOT NULL) AS median_days`;

export interface TrackRecordRow {
  organization_id: string;
  decided: number;
  accepted: number;
  completed: number;
  median_days: number | null;
}

export function toTrackRecord(row: TrackRecordRow): TrackRecord {
  return {
    decided: row.decided,
    accepted: row.accepted,
    completed: row.completed,
    medianDaysToDecision: row.median_days === null ? null : Number(row.median_days),
  };
}

/** Services as matching reads them, with their partner's branches (places taken and track records come apart). */
export function toCatalogueServices(services: MatchServiceRow[], branches: MatchBranchRow[]): CatalogueService[] {
  const branchesOf = new Map<string, Array<{ governorate: string; district: string | null }>>();
  for (const branch of branches) {
    const list = branchesOf.get(branch.organizationId) ?? [];
    list.push({ governorate: branch.governorate, district: branch.district });
    branchesOf.set(branch.organizationId, list);
  }
  return services.map((service) => ({
    id: service.id,
    partnerId: service.organizationId,
    kind: service.kind,
    categories: service.categories as MatchService['categories'],
    governorates: service.governorates,
    projectSizes: service.projectSizes as MatchService['projectSizes'],
    gender: service.gender,
    minAge: service.minAge,
    maxAge: service.maxAge,
    minAmount: service.minAmount === null ? null : trimAmount(service.minAmount),
    maxAmount: service.maxAmount === null ? null : trimAmount(service.maxAmount),
    currency: service.currency,
    guaranteeRequired: service.guaranteeRequired,
    capacity: service.capacity,
    branches: branchesOf.get(service.organizationId) ?? [],
  }));
}

/** The branches of these organisations. */
export async function readBranches(db: Queryable, organizationIds: string[]): Promise<MatchBranchRow[]> {
  if (organizationIds.length === 0) return [];
  return (await db.query('SELECT organization_id AS "organizationId", governorate, district FROM organization_branch WHERE organization_id = ANY($1::uuid[])', [
    organizationIds,
  ])) as MatchBranchRow[];
}

/** Each partner's decided, accepted and completed referrals and its median days to a decision. */
export async function readTrackRecords(db: Queryable, organizationIds: string[]): Promise<Map<string, TrackRecord>> {
  const rows = (await db.query(`SELECT organization_id, ${TRACK_RECORD_COLUMNS} FROM referral WHERE organization_id = ANY($1) GROUP BY organization_id`, [
    organizationIds,
  ])) as TrackRecordRow[];
  return new Map(rows.map((row) => [row.organization_id, toTrackRecord(row)]));
}

/** The weights each consortium chose (null, or none chosen: the documented defaults), in the order given. */
export async function readWeights(db: Queryable, consortiumIds: Array<string | null>): Promise<MatchWeights[]> {
  const ids = consortiumIds.filter((id): id is string => id !== null);
  const rows = ids.length === 0 ? [] : ((await db.query('SELECT id, matching_weights FROM consortium WHERE id = ANY($1::uuid[])', [ids])) as Array<{ id: string; matching_weights: MatchWeights | null }>);
  const chosen = new Map(rows.map((row) => [row.id, row.matching_weights]));
  return consortiumIds.map((id) => (id === null ? null : chosen.get(id)) ?? DEFAULT_WEIGHTS);
}

/** Services as matching ranks them: with their branches, places taken (used and awaiting an answer) and their partner's track record. */
export async function readMatchServices(db: Queryable, services: MatchServiceRow[]): Promise<MatchService[]> {
  if (services.length === 0) return [];
  const organizationIds = [...new Set(services.map((service) => service.organizationId))];
  const [branches, pending, trackRecords] = await Promise.all([
    readBranches(db, organizationIds),
    pendingReferralsByService(
      db,
      services.map((service) => service.id),
    ),
    readTrackRecords(db, organizationIds),
  ]);
  const placesTaken = new Map(services.map((service) => [service.id, service.capacityUsed + (pending.get(service.id) ?? 0)]));
  return toCatalogueServices(services, branches).map((service) => withState(service, { placesTaken, trackRecords }));
}
