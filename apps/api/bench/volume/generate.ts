/**
 * Fills a migrated, empty Shuraka database with a national programme's volume: one consortium,
 * thousands of member organisations and services, hundreds of coordinators, a million applicants
 * and a million referrals with their history, in a few minutes on 2 cores.
 *
 * The small tables (organisations, services, users) are built here and sent as arrays; applicants,
 * referrals and referral events are made by PostgreSQL itself (`INSERT ... SELECT generate_series`),
 * with every choice taken from a hash of the row number and the seed: the same options give the
 * same rows (ids included). The secondary indexes of the three big tables are dropped during the
 * load and rebuilt after it (faster than maintaining them row by row), then the tables are
 * vacuumed and analysed.
 *
 * Invariants kept: `search_text` folded exactly as the API folds it (`applicantSearchText`), every
 * applicant in the consortium of the coordinator's organisation and registered by that coordinator,
 * referrals only to member organisations' services and sent by the applicant's coordinator, at most
 * one open referral per applicant and service, statuses reached by legal moves with one
 * `referral_event` per move (partner, referrer or the system user as the lifecycle allows), decided
 * referrals with `decided_at`, open referrals younger than any service's decision time (so the
 * expiry job has nothing to do), `capacity_used` = referrals accepted or in service. Not generated:
 * national ids (nullable; the keyed hash needs PII_HASH_KEY), audit entries of the bulk load,
 * consent withdrawals.
 */
import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { ApplicantCategory, GOVERNORATES, GuaranteeType, normalizeSearchText, OrganizationKind, ProjectSize, Role, ServiceKind } from '@shuraka/domain';
import { SYSTEM_USER_ID } from '../../src/modules/users/system-user';
import { searchText as organizationSearchText } from '../../src/modules/organizations/organizations.service';
import { DISTRICTS, FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, ORGANIZATION_WORDS, SECTORS } from './names';

export interface VolumeOptions {
  applicants: number;
  referrals: number;
  organizations: number;
  services: number;
  coordinators: number;
  seed: number;
  /** The load's "now": the newest row is just before it (default: the start of the current hour). */
  asOf?: Date;
  log?: (message: string) => void;
}

export const DEFAULT_VOLUME: Omit<VolumeOptions, 'applicants' | 'referrals'> = { organizations: 2_000, services: 5_000, coordinators: 500, seed: 10 };

/** The users and records a benchmark or a test needs to address the generated data. */
export interface VolumeHandles {
  consortiumId: string;
  adminId: string;
  /** Coordinator 1 registered a fifth of all applicants (a big governorate office). */
  busyCoordinatorId: string;
  /** Another coordinator, with an ordinary share. */
  coordinatorId: string;
  /** Partner staff of organisation 0, whose services receive a twentieth of all referrals. */
  busyPartnerId: string;
  busyPartnerOrganizationId: string;
  /** Partner staff of an ordinary organisation. */
  partnerId: string;
  partnerOrganizationId: string;
}

/** A deterministic UUID (version 4 layout) for the i-th record of a kind. */
export function volumeId(seed: number, kind: string, index: number): string {
  // Same construction as pg_temp.vid below, so that JS and SQL agree on every id.
  const hex = createHash('md5').update(`${seed}:${kind}:${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function volumeHandles(options: Pick<VolumeOptions, 'seed' | 'organizations'>): VolumeHandles {
  const id = (kind: string, index: number) => volumeId(options.seed, kind, index);
  const ordinary = Math.min(7, options.organizations - 1);
  return {
    consortiumId: id('consortium', 1),
    adminId: id('admin', 1),
    busyCoordinatorId: id('coordinator', 1),
    coordinatorId: id('coordinator', 2),
    busyPartnerId: id('partner', 0),
    busyPartnerOrganizationId: id('organization', 0),
    partnerId: id('partner', ordinary),
    partnerOrganizationId: id('organization', ordinary),
  };
}

/** A deterministic choice in [0, n) for row i and a salt (PostgreSQL's hashint8extended). */
const SQL_FUNCTIONS = (seed: number) => [
  // Single-expression bodies (no FROM, each argument used once), so that PostgreSQL inlines them.
  `CREATE FUNCTION pg_temp.vidt(key text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
     SELECT overlay(overlay(md5(key) placing '4' from 13) placing '8' from 17)::uuid $$`,
  `CREATE FUNCTION pg_temp.vid(kind text, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT pg_temp.vidt('${seed}:' || kind || ':' || i::text) $$`,
  `CREATE FUNCTION pg_temp.pick(i bigint, salt int, n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
     SELECT (((hashint8extended(i, salt + ${seed} * 1000) % n) + n) % n)::int $$`,
];

const YEMEN = GOVERNORATES.filter((governorate) => governorate.country === 'YE').map((governorate) => governorate.code);
const CATEGORIES = Object.values(ApplicantCategory);
const KINDS = Object.values(ServiceKind);
const GUARANTEES = Object.values(GuaranteeType);
const ORGANIZATION_KINDS = Object.values(OrganizationKind);
const SERVICE_NAMES: Record<ServiceKind, string> = {
  MICRO_LOAN: 'قرض أصغر', SMALL_LOAN: 'قرض صغير', GRANT: 'منحة مشروع', VOCATIONAL_TRAINING: 'تدريب مهني', BUSINESS_TRAINING: 'تدريب على إدارة المشاريع',
  MENTORING: 'إرشاد ومتابعة', MARKETING_OUTLET: 'منفذ تسويق', INCUBATION: 'احتضان مشاريع',
};
/** Multiplier coprime with any applicant count below it: spreads referred applicants over time. */
const SPREAD = 1_000_003;
/** Referrals younger than this are still awaiting the partner's decision (below every decision time, 7 days or more). */
const OPEN_DAYS = 5;

/** Indexes of the big tables (not primary keys), dropped for the load and rebuilt after it. */
async function secondaryIndexes(client: Client): Promise<Array<{ name: string; definition: string }>> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename IN ('applicant', 'referral', 'referral_event')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  return rows.map((row) => ({ name: row.indexname, definition: row.indexdef }));
}

function pickFrom<T>(values: readonly T[], index: number): T {
  return values[index % values.length];
}

export async function generateVolume(client: Client, options: VolumeOptions): Promise<VolumeHandles> {
  const log = options.log ?? (() => undefined);
  const { applicants, referrals, organizations, services, coordinators, seed } = options;
  if (referrals > 2 * applicants) throw new Error('at most two referrals per applicant: give at least referrals / 2 applicants');
  if (organizations < 2 || services < 5 || coordinators < 2) throw new Error('at least 2 organisations, 5 services and 2 coordinators');
  if (applicants >= SPREAD) throw new Error(`at most ${SPREAD - 1} applicants`);
  const [{ count }] = (await client.query<{ count: number }>('SELECT count(*)::int AS count FROM applicant')).rows;
  if (count > 0) throw new Error('the database already has applicants: generate into a freshly migrated database');
  const asOf = options.asOf ?? new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const id = (kind: string, index: number) => volumeId(seed, kind, index);
  const handles = volumeHandles(options);
  const started = Date.now();
  const step = async (what: string, run: () => Promise<unknown>) => {
    const at = Date.now();
    await run();
    log(`${what}: ${((Date.now() - at) / 1000).toFixed(1)} s`);
  };

  await client.query(`SET maintenance_work_mem = '256MB'`);
  await client.query(`SET work_mem = '128MB'`);
  await client.query(`SET synchronous_commit = off`);
  for (const sql of SQL_FUNCTIONS(seed)) await client.query(sql);

  await step('consortium, organisations, services, users', async () => {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO consortium (id, name_ar, name_en, country, default_calling_code, purpose_ar) VALUES ($1, 'البرنامج الوطني للتمكين الاقتصادي', 'National economic empowerment programme', 'YE', '967', 'إحالة الشباب والأسر المنتجة إلى خدمات التمويل والتدريب')`,
      [handles.consortiumId],
    );
    const orgIds = Array.from({ length: organizations }, (_, index) => id('organization', index));
    const orgNames = orgIds.map((_, index) => `${pickFrom(ORGANIZATION_WORDS, index)} - ${pickFrom(DISTRICTS, Math.floor(index / ORGANIZATION_WORDS.length))}${index >= ORGANIZATION_WORDS.length * DISTRICTS.length ? ` ${Math.floor(index / (ORGANIZATION_WORDS.length * DISTRICTS.length)) + 1}` : ''}`);
    await client.query(
      `INSERT INTO organization (id, name_ar, kind, governorates, search_text)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, name_ar text, kind organization_kind, governorates text[], search_text text)`,
      [JSON.stringify(orgIds.map((orgId, index) => ({
        id: orgId, name_ar: orgNames[index], kind: pickFrom(ORGANIZATION_KINDS, index), governorates: [pickFrom(YEMEN, index)], search_text: organizationSearchText(orgNames[index], null),
      })))],
    );
    await client.query(
      `INSERT INTO consortium_member (consortium_id, organization_id, role) SELECT $1, o, CASE WHEN ordinality = 1 THEN 'LEAD'::member_role ELSE 'MEMBER'::member_role END FROM unnest($2::uuid[]) WITH ORDINALITY o`,
      [handles.consortiumId, orgIds],
    );
    await client.query(
      `INSERT INTO organization_branch (organization_id, position, name_ar, governorate, district) SELECT o, 0, 'المقر الرئيسي', g, d FROM unnest($1::uuid[], $2::text[], $3::text[]) AS b(o, g, d)`,
      [orgIds, orgIds.map((_, index) => pickFrom(YEMEN, index)), orgIds.map((_, index) => pickFrom(DISTRICTS, index))],
    );
    // Services 0-2 belong to organisation 0 (the busy partner); the others are spread over the rest.
    const serviceOrg = (index: number) => (index < 3 ? 0 : 1 + (index % (organizations - 1)));
    const serviceRows = Array.from({ length: services }, (_, index) => {
      const kind = pickFrom(KINDS, index * 7 + 3);
      const loan = kind === ServiceKind.MICRO_LOAN || kind === ServiceKind.SMALL_LOAN || kind === ServiceKind.GRANT;
      return {
        id: id('service', index),
        organization_id: orgIds[serviceOrg(index)],
        name_ar: `${SERVICE_NAMES[kind]} ${index + 1}`,
        kind,
        categories: CATEGORIES.filter((_, category) => (index + category) % 3 !== 0),
        governorates: YEMEN.filter((_, governorate) => (index + governorate) % 4 === 0),
        project_sizes: index % 5 === 0 ? [ProjectSize.MICRO] : [ProjectSize.MICRO, ProjectSize.SMALL],
        min_amount: loan ? 100_000 : null,
        max_amount: loan ? 5_000_000 : null,
        currency: loan ? 'YER' : null,
        guarantee_required: pickFrom(GUARANTEES, index),
        capacity: 50 + (index % 20) * 50,
        decision_days: 7 + (index % 22),
      };
    });
    await client.query(
      `INSERT INTO service (id, organization_id, name_ar, kind, categories, governorates, project_sizes, min_amount, max_amount, currency, guarantee_required, capacity, decision_days)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, organization_id uuid, name_ar text, kind service_kind, categories text[], governorates text[], project_sizes text[],
         min_amount numeric, max_amount numeric, currency text, guarantee_required guarantee_type, capacity int, decision_days smallint)`,
      [JSON.stringify(serviceRows)],
    );
    const users: Array<{ id: string; email: string; display_name: string; role: Role; organization_id: string | null }> = [
      { id: handles.adminId, email: 'admin@volume.example', display_name: 'مدير النظام', role: Role.ADMIN, organization_id: null },
    ];
    for (let index = 1; index <= coordinators; index += 1) {
      users.push({ id: id('coordinator', index), email: `coordinator-${index}@volume.example`, display_name: `${pickFrom(MALE_NAMES, index)} ${pickFrom(FAMILY_NAMES, index * 3)}`, role: Role.COORDINATOR, organization_id: orgIds[index % organizations] });
    }
    for (let index = 0; index < organizations; index += 1) {
      users.push({ id: id('partner', index), email: `partner-${index}@volume.example`, display_name: `${pickFrom(FEMALE_NAMES, index)} ${pickFrom(FAMILY_NAMES, index * 5)}`, role: Role.PARTNER_STAFF, organization_id: orgIds[index] });
    }
    await client.query(
      `INSERT INTO app_user (id, email, display_name, password_hash, role, organization_id) SELECT id, email, display_name, '!', role, organization_id FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, email text, display_name text, role user_role, organization_id uuid)`,
      [JSON.stringify(users)],
    );
    await client.query('COMMIT');
  });

  const indexes = await secondaryIndexes(client);
  await step(`dropping ${indexes.length} secondary indexes for the load`, async () => {
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  });

  const fold = (names: string[]) => names.map((name) => normalizeSearchText(name));
  const spanSeconds = 3 * 365 * 86_400;
  await step(`${applicants} applicants`, () =>
    client.query(
      `INSERT INTO applicant (id, created_at, updated_at, full_name, category, gender, birth_date, governorate, district, phone, project_size, sector,
                              requested_amount, requested_currency, needs, guarantee_offered, consent_given_at, consortium_id, registered_by_id, search_text)
       SELECT pg_temp.vid('applicant', i), at, at, first || ' ' || father || ' ' || grand || ' ' || family,
              CASE WHEN female AND pg_temp.pick(i, 4, 4) = 0 THEN 'WOMAN_HEAD_OF_HOUSEHOLD'::applicant_category
                   ELSE ($5::applicant_category[])[1 + pg_temp.pick(i, 4, 4)] END,
              CASE WHEN female THEN 'FEMALE'::gender ELSE 'MALE'::gender END,
              (at AT TIME ZONE 'Asia/Aden')::date - (18 + pg_temp.pick(i, 5, 28)) * 365 - pg_temp.pick(i, 6, 365),
              ($6::text[])[1 + pg_temp.pick(i, 7, cardinality($6::text[]))],
              CASE WHEN pg_temp.pick(i, 8, 10) < 7 THEN ($7::text[])[1 + pg_temp.pick(i, 9, cardinality($7::text[]))] END,
              phone,
              CASE WHEN pg_temp.pick(i, 10, 10) < 8 THEN 'MICRO'::project_size WHEN pg_temp.pick(i, 10, 10) = 8 THEN 'SMALL'::project_size END,
              CASE WHEN pg_temp.pick(i, 11, 10) < 6 THEN ($8::text[])[1 + pg_temp.pick(i, 12, cardinality($8::text[]))] END,
              CASE WHEN pg_temp.pick(i, 13, 10) < 8 THEN 100000 * (1 + pg_temp.pick(i, 14, 50)) END,
              CASE WHEN pg_temp.pick(i, 13, 10) < 8 THEN 'YER' END,
              CASE WHEN pg_temp.pick(i, 15, 3) = 0 THEN ARRAY[($9::text[])[1 + pg_temp.pick(i, 16, 8)]]
                   ELSE ARRAY[($9::text[])[1 + pg_temp.pick(i, 16, 8)], ($9::text[])[1 + (pg_temp.pick(i, 16, 8) + 1 + pg_temp.pick(i, 17, 7)) % 8]] END,
              ($10::guarantee_type[])[1 + pg_temp.pick(i, 18, 4)],
              at, $11::uuid,
              CASE WHEN pg_temp.pick(i, 19, 5) = 0 THEN pg_temp.vid('coordinator', 1) ELSE pg_temp.vid('coordinator', 2 + pg_temp.pick(i, 20, $12 - 1)) END,
              first_f || ' ' || father_f || ' ' || grand_f || ' ' || family_f || coalesce(' ' || phone, '')
         FROM generate_series(1, $1::int) i,
              LATERAL (SELECT $2::timestamptz - make_interval(secs => ${spanSeconds}::float8 * ($1 - i + 1) / $1 - pg_temp.pick(i, 1, 1000) / 1000.0 * ${spanSeconds} / $1) AS at,
                              pg_temp.pick(i, 2, 100) < 45 AS female,
                              CASE WHEN pg_temp.pick(i, 3, 10) = 0 THEN NULL ELSE '+9677' || lpad(((i::bigint * 48271) % 100000000)::text, 8, '0') END AS phone,
                              pg_temp.pick(i, 21, cardinality($3::text[])) AS m1, pg_temp.pick(i, 22, cardinality($3::text[])) AS m2,
                              pg_temp.pick(i, 23, cardinality($3::text[])) AS m3, pg_temp.pick(i, 24, cardinality($4::text[])) AS f1,
                              pg_temp.pick(i, 25, cardinality($13::text[])) AS fam OFFSET 0) x,
              LATERAL (SELECT CASE WHEN female THEN ($4::text[])[1 + f1] ELSE ($3::text[])[1 + m1] END AS first,
                              CASE WHEN female THEN ($15::text[])[1 + f1] ELSE ($14::text[])[1 + m1] END AS first_f,
                              ($3::text[])[1 + m2] AS father, ($14::text[])[1 + m2] AS father_f,
                              ($3::text[])[1 + m3] AS grand, ($14::text[])[1 + m3] AS grand_f,
                              ($13::text[])[1 + fam] AS family, ($16::text[])[1 + fam] AS family_f) n`,
      [
        applicants, asOf, MALE_NAMES, FEMALE_NAMES,
        CATEGORIES.filter((category) => category !== ApplicantCategory.WOMAN_HEAD_OF_HOUSEHOLD),
        YEMEN, DISTRICTS, SECTORS, KINDS, GUARANTEES, handles.consortiumId, coordinators,
        FAMILY_NAMES, fold(MALE_NAMES), fold(FEMALE_NAMES), fold(FAMILY_NAMES),
      ],
    ),
  );

  // Statistics before joining on the new rows (otherwise the planner may loop over a table it thinks empty).
  await client.query('ANALYZE applicant, service, app_user');
  // (`OFFSET 0` keeps a LATERAL step from being flattened into the next, which would copy its expression,
  // hashes and all, into every reference: ten times the work per row.)
  // Referral k: the (k-1)/2-th referred applicant (spread over time), its first or second referral.
  await step(`${referrals} referrals`, () =>
    client.query(
      `INSERT INTO referral (id, created_at, updated_at, applicant_id, service_id, organization_id, referred_by_id, status, version, decline_reason, decided_at,
                             amount_disbursed, disbursed_currency, jobs_created, training_completed)
       SELECT pg_temp.vid('referral', k), created,
              CASE status WHEN 'ACKNOWLEDGED' THEN created + ($2::timestamptz - created) / 2 WHEN 'WITHDRAWN' THEN created + interval '1 day'
                          WHEN 'IN_SERVICE' THEN decided + least(interval '1 day', ($2::timestamptz - decided) / 2)
                          WHEN 'COMPLETED' THEN decided + least(interval '30 days', ($2::timestamptz - decided) / 2)
                          ELSE coalesce(decided, created) END,
              a.id, sv.id, sv.organization_id, a.registered_by_id, status,
              CASE status WHEN 'SENT' THEN 1 WHEN 'IN_SERVICE' THEN 3 WHEN 'COMPLETED' THEN 4 ELSE 2 END,
              CASE WHEN status = 'DECLINED' THEN ($5::decline_reason[])[1 + pg_temp.pick(k, 33, cardinality($5::decline_reason[]))] END,
              decided,
              CASE WHEN status = 'COMPLETED' AND sv.kind IN ('MICRO_LOAN', 'SMALL_LOAN', 'GRANT') THEN 100000 * (1 + pg_temp.pick(k, 35, 30)) END,
              CASE WHEN status = 'COMPLETED' AND sv.kind IN ('MICRO_LOAN', 'SMALL_LOAN', 'GRANT') THEN 'YER' END,
              CASE WHEN status = 'COMPLETED' THEN pg_temp.pick(k, 36, 4) END,
              CASE WHEN status = 'COMPLETED' AND sv.kind IN ('VOCATIONAL_TRAINING', 'BUSINESS_TRAINING') THEN true END
         FROM generate_series(1, $1::int) k
         CROSS JOIN LATERAL (SELECT ((k - 1) / 2)::bigint AS pair, (k - 1) % 2 AS nth) p
         JOIN applicant a ON a.id = pg_temp.vid('applicant', 1 + (p.pair * ${SPREAD}) % $3)
         CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.pick(p.pair, 30, 20) = 0 THEN pg_temp.pick(p.pair, 31, 2) ELSE 3 + pg_temp.pick(p.pair, 31, $4 - 4) END + p.nth AS service_index) s
         JOIN service sv ON sv.id = pg_temp.vid('service', s.service_index)
         CROSS JOIN LATERAL (SELECT greatest(a.created_at + interval '1 minute',
                                             least(a.created_at + make_interval(days => pg_temp.pick(k, 32, 20) + 10 * p.nth, hours => 1), $2::timestamptz - make_interval(secs => 60 + pg_temp.pick(k, 37, 3600)))) AS created OFFSET 0) c
         CROSS JOIN LATERAL (SELECT CASE
             WHEN $2::timestamptz - created < interval '${OPEN_DAYS} days' THEN (CASE WHEN pg_temp.pick(k, 38, 10) < 6 THEN 'SENT' ELSE 'ACKNOWLEDGED' END)::referral_status
             WHEN $2::timestamptz - created < interval '60 days' THEN (CASE WHEN pg_temp.pick(k, 39, 100) < 40 THEN 'ACCEPTED' WHEN pg_temp.pick(k, 39, 100) < 70 THEN 'IN_SERVICE'
                                                                           WHEN pg_temp.pick(k, 39, 100) < 90 THEN 'DECLINED' ELSE 'WITHDRAWN' END)::referral_status
             ELSE (CASE WHEN pg_temp.pick(k, 39, 100) < 40 THEN 'COMPLETED' WHEN pg_temp.pick(k, 39, 100) < 60 THEN 'DECLINED' WHEN pg_temp.pick(k, 39, 100) < 70 THEN 'EXPIRED'
                        WHEN pg_temp.pick(k, 39, 100) < 75 THEN 'WITHDRAWN' WHEN pg_temp.pick(k, 39, 100) < 88 THEN 'IN_SERVICE' ELSE 'ACCEPTED' END)::referral_status END AS status OFFSET 0) st
         CROSS JOIN LATERAL (SELECT CASE WHEN status IN ('ACCEPTED', 'IN_SERVICE', 'COMPLETED', 'DECLINED') THEN created + least(make_interval(days => 1 + pg_temp.pick(k, 34, 6)), ($2::timestamptz - created) / 3)
                                         WHEN status = 'EXPIRED' THEN created + make_interval(days => sv.decision_days) END AS decided OFFSET 0) d`,
      [referrals, asOf, applicants, services, ['NO_CAPACITY', 'NOT_ELIGIBLE', 'COULD_NOT_CONTACT', 'APPLICANT_DECLINED', 'REFERRED_ELSEWHERE', 'GUARANTEE_NOT_AVAILABLE']],
    ),
  );

  // One event per move: sent by the referrer, then the partner's (or referrer's, or the system's) moves.
  await step('referral events', async () => {
    await client.query('ANALYZE referral');
    await client.query(`CREATE TEMP TABLE volume_partner AS SELECT organization_id, id AS user_id FROM app_user WHERE role = 'PARTNER_STAFF' AND email LIKE 'partner-%@volume.example'`);
    await client.query(`CREATE UNIQUE INDEX ON volume_partner (organization_id)`);
    // One statement per move, each over the referrals that made it (a scan of the referrals is cheap; computing
    // every possible move for every referral and keeping the ones that apply is not).
    const moves: Array<{ n: number; from: string | null; to: string; at: string; by: string; reason?: string; declineReason?: boolean; where: string }> = [
      { n: 0, from: null, to: `'SENT'`, at: 'r.created_at', by: 'r.referred_by_id', where: 'true' },
      { n: 1, from: 'SENT', to: `'ACKNOWLEDGED'`, at: 'r.created_at + ($1::timestamptz - r.created_at) / 2', by: 'p.user_id', where: `r.status = 'ACKNOWLEDGED'` },
      { n: 2, from: 'SENT', to: 'r.status', at: 'r.decided_at', by: 'p.user_id', declineReason: true, where: `r.status IN ('ACCEPTED', 'DECLINED')` },
      { n: 3, from: 'SENT', to: `'ACCEPTED'`, at: 'r.decided_at', by: 'p.user_id', where: `r.status IN ('IN_SERVICE', 'COMPLETED')` },
      { n: 4, from: 'ACCEPTED', to: `'IN_SERVICE'`, at: `r.decided_at + least(interval '1 day', ($1::timestamptz - r.decided_at) / 2)`, by: 'p.user_id', where: `r.status IN ('IN_SERVICE', 'COMPLETED')` },
      { n: 5, from: 'IN_SERVICE', to: `'COMPLETED'`, at: `r.decided_at + least(interval '30 days', ($1::timestamptz - r.decided_at) / 2)`, by: 'p.user_id', where: `r.status = 'COMPLETED'` },
      { n: 6, from: 'SENT', to: `'WITHDRAWN'`, at: `r.created_at + interval '1 day'`, by: 'r.referred_by_id', reason: `'عدل المتقدم عن الطلب'`, where: `r.status = 'WITHDRAWN'` },
      { n: 7, from: 'SENT', to: `'EXPIRED'`, at: 'r.decided_at', by: '$2::uuid', reason: `'No answer within the service''s decision time'`, where: `r.status = 'EXPIRED'` },
    ];
    for (const move of moves) {
      await client.query(
        `INSERT INTO referral_event (id, referral_id, from_status, to_status, at, by_id, decline_reason, reason)
         SELECT pg_temp.vidt(r.id::text || ':${move.n}'), r.id, ${move.from ? `'${move.from}'` : 'NULL'}::referral_status, ${move.to}::referral_status, ${move.at},
                ${move.by}, ${move.declineReason ? 'r.decline_reason' : 'NULL'}, ${move.reason ?? 'NULL'}
           FROM referral r JOIN volume_partner p ON p.organization_id = r.organization_id
          WHERE ${move.where} AND $1::timestamptz IS NOT NULL AND $2::uuid IS NOT NULL`,
        [asOf, SYSTEM_USER_ID],
      );
    }
    await client.query(
      `UPDATE service s SET capacity_used = c.used, capacity = greatest(s.capacity, c.used)
         FROM (SELECT service_id, count(*)::int AS used FROM referral WHERE status IN ('ACCEPTED', 'IN_SERVICE') GROUP BY service_id) c WHERE c.service_id = s.id`,
    );
  });

  await step(`rebuilding ${indexes.length} indexes`, async () => {
    for (const index of indexes) await client.query(index.definition);
  });
  await step('vacuum analyse', async () => {
    for (const table of ['applicant', 'referral', 'referral_event', 'service', 'organization', 'app_user', 'consortium_member', 'organization_branch', 'dashboard_rollup', 'dashboard_decision']) {
      await client.query(`VACUUM (ANALYZE) ${table}`);
    }
  });
  log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return handles;
}
