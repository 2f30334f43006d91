/** Anything that runs SQL: a TypeORM DataSource (tests, rows) or a pg Pool (benchmarks, a result with rows). */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

async function rowsOf<T>(db: Queryable, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = await db.query(sql, parameters);
  return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}

export interface CohortSeed {
  /** The coordinator who registered the applicants (they see them all). */
  coordinatorId: string;
  /** Consortium of the applicants; its members are the partners that offer the services. */
  consortiumId: string;
  applicants: number;
  services: number;
  /** Partners offering the services (each a member of the consortium, with two branches). */
  organizations?: number;
  /** Varies the generated values (the same seed, the same data). */
  seed?: number;
}

/**
 * A cohort in bulk, straight in SQL (INSERT … SELECT generate_series): `organizations` partners,
 * members of the consortium, with branches; `services` services of every kind with the restrictions
 * matching knows (categories, governorates, sizes, gender, ages, amounts, guarantees) and 2 to 41
 * places; `applicants` applicants of the consortium registered a minute apart (oldest first), of
 * every category, six Yemeni governorates and their districts. Thousands of rows in well under a
 * second, so tests and benchmarks can plan at the sizes that matter without going through the API.
 */
export async function seedCohort(db: Queryable, options: CohortSeed): Promise<{ serviceIds: string[] }> {
  const { coordinatorId, consortiumId, applicants, services, organizations = Math.max(1, Math.ceil(services / 10)), seed = 1 } = options;
  const organizationRows = await rowsOf<{ id: string }>(
    db,
    `INSERT INTO organization (name_ar, name_en, kind, governorates, search_text)
     SELECT 'شريك ' || g, 'Partner ' || g, 'MICROFINANCE_PROGRAM', '{YE-HD,YE-AD}', 'شريك ' || g FROM generate_series(1, $1) g RETURNING id`,
    [organizations],
  );
  const organizationIds = organizationRows.map((row) => row.id);
  await db.query(`INSERT INTO consortium_member (consortium_id, organization_id, role) SELECT $1, id, 'MEMBER' FROM unnest($2::uuid[]) id`, [consortiumId, organizationIds]);
  await db.query(
    `INSERT INTO organization_branch (organization_id, position, governorate, district)
     SELECT id, b, (ARRAY['YE-HD','YE-AD','YE-TA','YE-SN','YE-MA','YE-SH'])[1 + (n + b) % 6], (ARRAY['المكلا','الشحر','المنصورة','خور مكسر','صالة','سيئون'])[1 + (n * 7 + b) % 6]
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n), generate_series(1, 2) b`,
    [organizationIds],
  );
  // h(x): a deterministic pseudo-random integer 0..999 per row and purpose.
  const h = (expression: string, salt: number) => `((abs(hashtext((${expression})::text || ':${salt}:' || $SEED)) % 1000))`;
  const serviceRows = await rowsOf<{ id: string }>(
    db,
    `INSERT INTO service (organization_id, name_ar, name_en, kind, categories, governorates, project_sizes, gender, min_age, max_age,
                          min_amount, max_amount, currency, guarantee_required, capacity, decision_days)
     SELECT ($1::uuid[])[1 + g % array_length($1::uuid[], 1)], 'خدمة ' || g, 'Service ' || g,
            (enum_range(NULL::service_kind))[1 + ${h('g', 1)} % 8],
            CASE WHEN ${h('g', 2)} < 500 THEN '{}'::text[] ELSE ARRAY[(enum_range(NULL::applicant_category))[1 + ${h('g', 3)} % 5]::text, (enum_range(NULL::applicant_category))[1 + ${h('g', 4)} % 5]::text] END,
            CASE WHEN ${h('g', 5)} < 600 THEN '{}'::text[] ELSE ARRAY[(ARRAY['YE-HD','YE-AD','YE-TA','YE-SN','YE-MA','YE-SH'])[1 + ${h('g', 6)} % 6], (ARRAY['YE-HD','YE-AD','YE-TA','YE-SN','YE-MA','YE-SH'])[1 + ${h('g', 7)} % 6]] END,
            CASE WHEN ${h('g', 8)} < 700 THEN '{}'::text[] ELSE ARRAY[(enum_range(NULL::project_size))[1 + ${h('g', 9)} % 2]::text] END,
            CASE WHEN ${h('g', 10)} < 150 THEN 'FEMALE'::gender END,
            CASE WHEN ${h('g', 11)} < 400 THEN 16 + ${h('g', 12)} % 8 END,
            CASE WHEN ${h('g', 13)} < 400 THEN 35 + ${h('g', 14)} % 25 END,
            CASE WHEN ${h('g', 15)} < 600 THEN (${h('g', 16)} % 200) * 1000 END,
            CASE WHEN ${h('g', 15)} < 600 THEN (${h('g', 16)} % 200) * 1000 + 100000 + ${h('g', 17)} * 2000 END,
            CASE WHEN ${h('g', 15)} < 600 THEN 'YER' END, (enum_range(NULL::guarantee_type))[1 + ${h('g', 18)} % 2], 2 + ${h('g', 19)} % 40, 14
       FROM generate_series(1, $2) g RETURNING id`.replaceAll('$SEED', '$3'),
    [organizationIds, services, seed],
  );
  await db.query(
    `INSERT INTO applicant (full_name, category, gender, birth_date, governorate, district, project_size, requested_amount, requested_currency, needs,
                            guarantee_offered, consent_given_at, consortium_id, registered_by_id, search_text, created_at, updated_at)
     SELECT 'متقدم ' || g, (enum_range(NULL::applicant_category))[1 + ${h('g', 21)} % 5], (ARRAY['FEMALE','MALE']::gender[])[1 + ${h('g', 22)} % 2],
            DATE '1975-01-01' + (${h('g', 23)} * 11), (ARRAY['YE-HD','YE-AD','YE-TA','YE-SN','YE-MA','YE-SH'])[1 + ${h('g', 24)} % 6],
            CASE WHEN ${h('g', 25)} < 800 THEN (ARRAY['المكلا','الشحر','المنصورة','خور مكسر','صالة','سيئون'])[1 + ${h('g', 26)} % 6] END,
            CASE WHEN ${h('g', 27)} < 700 THEN (enum_range(NULL::project_size))[1 + ${h('g', 28)} % 2] END,
            CASE WHEN ${h('g', 29)} < 850 THEN ${h('g', 30)} * 500 END, CASE WHEN ${h('g', 29)} < 850 THEN 'YER' END,
            ARRAY[(enum_range(NULL::service_kind))[1 + ${h('g', 31)} % 8], (enum_range(NULL::service_kind))[1 + ${h('g', 32)} % 8]]::text[],
            (enum_range(NULL::guarantee_type))[1 + ${h('g', 33)} % 4], now(), $1, $2, 'متقدم ' || g,
            now() - make_interval(mins => $4 - g), now() - make_interval(mins => $4 - g)
       FROM generate_series(1, $4) g`.replaceAll('$SEED', '$3'),
    [consortiumId, coordinatorId, seed, applicants],
  );
  return { serviceIds: serviceRows.map((row) => row.id) };
}
