/*
 * What a cohort worker thread runs for planAllocation (loaded by CohortPool's worker entry through
 * workerModuleAt; the API's main thread imports only its types and columns): it reads the cohort with its own
 * PostgreSQL connection, turns the rows into typed arrays, scores, solves, and writes the plan's
 * lists as the JSON the API keeps, so that the API's thread handles no row, pair or list entry.
 * It imports no Nest code: a worker thread loads only what planning needs.
 */
import pg from 'pg';
import { COHORT_REASONS, encodeCohort, planCohort, type CohortApplicant } from '@shuraka/matching';
import type { ApplicantCategory, Gender, GuaranteeType, ProjectSize } from '@shuraka/domain';
import { MATCH_SERVICE_COLUMNS, readMatchServices, readWeights, type MatchServiceRow } from '../matching/match-data';
import { openReferralsOfKind, type Queryable } from '../referrals/referral-queries';

/** The worker's database: the API's own URL and connection settings (its pool holds one connection). */
export interface CohortWorkerSettings {
  url: string;
  extra?: Record<string, unknown>;
}

/** The columns a cohort query selects for the worker (`today` is a parameter: ages as the API's clock sees them). */
export const COHORT_WORKER_COLUMNS = [
  'a.id AS id',
  'a.consortium_id AS consortium_id',
  'a.category AS category',
  'a.gender AS gender',
  // Whole years on `today`, as ageOn counts them (field by field: year, then month, then day).
  "date_part('year', age(CAST(:today AS date), a.birth_date))::int AS age",
  'a.governorate AS governorate',
  'a.district AS district',
  'a.project_size AS project_size',
  // Trailing zeros dropped, as the API writes amounts (trimAmount).
  'trim_scale(a.requested_amount)::text AS requested_amount',
  'a.requested_currency AS requested_currency',
  'a.needs AS needs',
  'a.guarantee_offered AS guarantee_offered',
  'a.consent_withdrawn_at IS NOT NULL AS consent_withdrawn',
];

interface CohortWorkerRow {
  id: string;
  consortium_id: string | null;
  category: ApplicantCategory;
  gender: Gender;
  age: number | null;
  governorate: string;
  district: string | null;
  project_size: ProjectSize | null;
  requested_amount: string | null;
  requested_currency: string | null;
  needs: string[];
  guarantee_offered: GuaranteeType;
  consent_withdrawn: boolean;
}

/** Reads the cohort (its SQL built by the API with the user's visibility) and the cohort's open referrals. */
export interface LoadCohort {
  kind: 'load';
  sql: string;
  parameters: unknown[];
  /** Applicants the user named (report the first one the query did not find), or null for a filtered cohort. */
  expected: string[] | null;
  /** Applicants allowed a second referral of a kind: which of them are in the cohort. */
  allowed: string[];
  /** The most applicants planned at once: a larger cohort is refused, its referrals are not read. */
  max: number;
}

export interface CohortLoaded {
  count: number;
  /** Consortia of the cohort, in order of first appearance (null: applicants of no consortium). */
  consortiumIds: Array<string | null>;
  missing: string | null;
  withdrawn: string[];
  allowedInCohort: boolean[];
  ms: number;
}

/**
 * Plans the loaded cohort over the services named, or else those of the cohort's consortia (all of
 * them when an applicant has none), read here as raw rows with their branches, places and track
 * records; one group per consortium (its weights, its members' services).
 */
export interface PlanCohort {
  kind: 'plan';
  serviceIds: string[] | null;
  /** Applicants whose open referrals do not block a second of their kind (the coordinator allowed it). */
  secondOfKind: string[];
}

/** The plan's answer: counts and the kept lists as JSON text, in plan order; or the first named service that does not exist. */
export type CohortPlanResult = CohortPlanned | { missingServiceId: string };

export interface CohortPlanned {
  applicantCount: number;
  serviceCount: number;
  assignedCount: number;
  unassignedCount: number;
  totalScoreCentiPoints: number;
  pairCount: number;
  /** `PlannedAssignment[]`, best score first, equal scores by applicant id. */
  assignments: string;
  /** `PlannedUnassigned[]`, in cohort order. */
  unassigned: string;
  /** Service id → places it had. */
  placesAtPlanning: string;
  ms: { services: number; encode: number; score: number; solve: number; lists: number };
}

let pool: pg.Pool | null = null;
let loaded: { rows: CohortWorkerRow[]; open: Awaited<ReturnType<typeof openReferralsOfKind>>; consortiumIds: Array<string | null> } | null = null;

function database(settings: CohortWorkerSettings): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({ connectionString: settings.url, ...settings.extra, application_name: 'shuraka-allocation', max: 1, idleTimeoutMillis: 60_000 });
    // A connection lost while idle is replaced at the next plan; it must not end the worker.
    pool.on('error', () => undefined);
  }
  return pool;
}

/** The pool as referral-queries and match-data read (rows only). */
function queryable(settings: CohortWorkerSettings): Queryable {
  const db = database(settings);
  return { query: async (sql, parameters) => (await db.query(sql, parameters)).rows };
}

async function load(message: LoadCohort, settings: CohortWorkerSettings): Promise<CohortLoaded> {
  const started = performance.now();
  const db = queryable(settings);
  const rows = (await db.query(message.sql, message.parameters)) as CohortWorkerRow[];
  const consortiumIds = [...new Set(rows.map((row) => row.consortium_id))];
  const ids = new Set(rows.map((row) => row.id));
  const open = await openReferralsOfKind(db, rows.length <= message.max ? [...ids] : []);
  loaded = { rows, open, consortiumIds };
  return {
    count: rows.length,
    consortiumIds,
    missing: message.expected?.find((id) => !ids.has(id)) ?? null,
    withdrawn: rows.filter((row) => row.consent_withdrawn).map((row) => row.id),
    allowedInCohort: message.allowed.map((id) => ids.has(id)),
    ms: performance.now() - started,
  };
}

/** The services named (in id order; the first missing one if any), or else those an applicant of the consortia may be sent to. */
async function readServices(db: Queryable, consortiumIds: Array<string | null>, serviceIds: string[] | null): Promise<MatchServiceRow[] | { missingServiceId: string }> {
  const select = `SELECT ${MATCH_SERVICE_COLUMNS} FROM service s`;
  if (serviceIds) {
    const unique = [...new Set(serviceIds)];
    const services = (await db.query(`${select} WHERE s.id = ANY($1::uuid[]) ORDER BY s.id`, [unique])) as MatchServiceRow[];
    const found = new Set(services.map((service) => service.id));
    const missing = unique.find((id) => !found.has(id));
    return missing === undefined ? services : { missingServiceId: missing };
  }
  if (consortiumIds.includes(null)) return (await db.query(`${select} ORDER BY s.id`)) as MatchServiceRow[];
  return (await db.query(`${select} WHERE s.organization_id IN (SELECT m.organization_id FROM consortium_member m WHERE m.consortium_id = ANY($1::uuid[])) ORDER BY s.id`, [
    consortiumIds,
  ])) as MatchServiceRow[];
}

/** Each consortium's member organisations. */
async function members(db: Queryable, consortiumIds: Array<string | null>): Promise<Map<string, Set<string>>> {
  const ids = consortiumIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return new Map();
  const rows = (await db.query('SELECT consortium_id, organization_id FROM consortium_member WHERE consortium_id = ANY($1::uuid[])', [ids])) as Array<{
    consortium_id: string;
    organization_id: string;
  }>;
  const result = new Map<string, Set<string>>();
  for (const row of rows) result.set(row.consortium_id, (result.get(row.consortium_id) ?? new Set()).add(row.organization_id));
  return result;
}

async function plan(message: PlanCohort, settings: CohortWorkerSettings): Promise<CohortPlanResult> {
  if (!loaded) throw new Error('no cohort loaded');
  const { rows, open, consortiumIds } = loaded;
  const read = performance.now();
  const db = queryable(settings);
  const serviceRows = await readServices(db, consortiumIds, message.serviceIds);
  if (!Array.isArray(serviceRows)) return serviceRows;
  // One after another: the worker's pool holds one connection.
  const services = await readMatchServices(db, serviceRows);
  const membersByConsortium = await members(db, consortiumIds);
  const weights = await readWeights(db, consortiumIds);
  // One group per consortium: its weights and its members' services.
  const groups = consortiumIds.map((consortiumId, index) => {
    const partners = consortiumId ? membersByConsortium.get(consortiumId) : undefined;
    return { weights: weights[index], allowedServices: consortiumId ? serviceRows.map((service) => partners?.has(service.organizationId) ?? false) : null };
  });
  const started = performance.now();
  const groupOf = new Map(consortiumIds.map((id, index) => [id, index]));
  const serviceIndex = new Map(services.map((service, index) => [service.id, index]));
  const secondOfKind = new Set(message.secondOfKind);
  const problem = encodeCohort({
    services,
    groups,
    applicants: rows.map((row): CohortApplicant => {
      const referrals = open.get(row.id) ?? [];
      return {
        category: row.category,
        gender: row.gender,
        age: row.age,
        governorate: row.governorate,
        district: row.district,
        projectSize: row.project_size,
        requestedAmount: row.requested_amount !== null && row.requested_currency !== null ? { amount: row.requested_amount, currency: row.requested_currency } : null,
        needs: row.needs as CohortApplicant['needs'],
        guaranteeOffered: row.guarantee_offered,
        group: groupOf.get(row.consortium_id)!,
        openServices: referrals.flatMap((referral) => (serviceIndex.has(referral.serviceId) ? [serviceIndex.get(referral.serviceId)!] : [])),
        // No second open referral of a kind: a coordinator who means it allows it, with a reason.
        openKinds: secondOfKind.has(row.id) ? [] : referrals.map((referral) => referral.kind),
      };
    }),
  });
  const places = Array.from(problem.places);
  const encoded = performance.now();
  const result = planCohort(problem);
  const solved = performance.now();

  // Plan order: best score first; equal scores by applicant id, so pages never depend on timing.
  // Written as JSON text directly (ids are uuids: nothing to escape), no object per entry.
  const placed: number[] = [];
  const unassigned: string[] = [];
  rows.forEach((row, a) => {
    if (result.serviceOfApplicant[a] >= 0) placed.push(a);
    else unassigned.push(`{"applicantId":"${row.id}","reason":"${COHORT_REASONS[result.reason[a]]}"}`);
  });
  placed.sort((a, b) => result.scoreOfApplicant[b] - result.scoreOfApplicant[a] || (rows[a].id < rows[b].id ? -1 : rows[a].id > rows[b].id ? 1 : 0));
  const assignments = placed.map(
    (a) => `{"applicantId":"${rows[a].id}","serviceId":"${services[result.serviceOfApplicant[a]].id}","scoreCentiPoints":${result.scoreOfApplicant[a]}}`,
  );
  const ms = (from: number, to: number) => Math.round((to - from) * 10) / 10;
  return {
    applicantCount: rows.length,
    serviceCount: services.length,
    assignedCount: assignments.length,
    unassignedCount: unassigned.length,
    totalScoreCentiPoints: result.totalScore,
    pairCount: result.pairCount,
    assignments: `[${assignments.join(',')}]`,
    unassigned: `[${unassigned.join(',')}]`,
    placesAtPlanning: JSON.stringify(Object.fromEntries(services.map((service, index) => [service.id, places[index]]))),
    ms: { services: ms(read, started), encode: ms(started, encoded), score: ms(0, result.scoreMs), solve: ms(0, result.solveMs), lists: ms(solved, performance.now()) },
  };
}

/** CohortPool's entry point. */
export async function handle(message: LoadCohort | PlanCohort, settings: CohortWorkerSettings): Promise<{ reply: CohortLoaded | CohortPlanResult }> {
  return { reply: message.kind === 'load' ? await load(message, settings) : await plan(message, settings) };
}

/** The lease ended: forget the cohort. */
export function reset(): void {
  loaded = null;
}

/** The pool is closing: end the connection. */
export async function close(): Promise<void> {
  const ending = pool;
  pool = null;
  loaded = null;
  await ending?.end();
}
