/**
 * Ranking one applicant against 2,000 services: in-process (libs/matching alone) and through
 * GraphQL (HTTP, auth, loading services, branches, places and track records from PostgreSQL, scoring,
 * serialising), on a throw-away embedded PostgreSQL. Prints median and p95 per call.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  ApplicantCategory,
  Gender,
  GOVERNORATES,
  GuaranteeType,
  OrganizationKind,
  ProjectSize,
  Role,
  ServiceKind,
} from '@shuraka/domain';
import { rankServices, type MatchApplicant, type MatchService } from '@shuraka/matching';
import { createApp } from '../src/app.factory';
import { createLogger } from '../src/common/logging/logger';
import { loadConfig } from '../src/config/app-config';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import { TokenService } from '../src/modules/auth/token.service';
import { seeded, table, timeRuns } from './stats';

const SERVICES = 2_000;
const ORGANIZATIONS = 100;
const pick = <T>(random: () => number, values: readonly T[]) => values[Math.floor(random() * values.length)];
const YE = GOVERNORATES.filter((governorate) => governorate.country === 'YE').map((governorate) => governorate.code);

function generateService(random: () => number, index: number, organizationId: string) {
  const min = Math.floor(random() * 200) * 1000;
  return {
    organizationId,
    nameAr: `خدمة ${index}`,
    nameEn: `Service ${index}`,
    kind: pick(random, Object.values(ServiceKind)),
    categories: Object.values(ApplicantCategory).filter(() => random() < 0.6),
    governorates: YE.filter(() => random() < 0.3),
    projectSizes: Object.values(ProjectSize).filter(() => random() < 0.7),
    gender: random() < 0.15 ? Gender.FEMALE : null,
    minAge: random() < 0.5 ? 16 + Math.floor(random() * 8) : null,
    maxAge: random() < 0.5 ? 35 + Math.floor(random() * 25) : null,
    minAmount: random() < 0.6 ? String(min) : null,
    maxAmount: random() < 0.6 ? String(min + 100000 + Math.floor(random() * 2000) * 1000) : null,
    currency: 'YER',
    guaranteeRequired: pick(random, Object.values(GuaranteeType)),
    capacity: 5 + Math.floor(random() * 100),
    capacityUsed: 0,
    decisionDays: 7 + Math.floor(random() * 21),
  };
}

async function main() {
  const random = seeded(2018);
  const applicant: MatchApplicant = {
    category: ApplicantCategory.UNIVERSITY_GRADUATE, gender: Gender.FEMALE, age: 26, governorate: 'YE-HD', district: 'المكلا',
    projectSize: ProjectSize.MICRO, requestedAmount: { amount: '500000', currency: 'YER' }, needs: [ServiceKind.MICRO_LOAN, ServiceKind.BUSINESS_TRAINING],
    guaranteeOffered: GuaranteeType.GROUP,
  };
  const inProcessServices: MatchService[] = Array.from({ length: SERVICES }, (_, index) => {
    const service = generateService(random, index, `org-${index % ORGANIZATIONS}`);
    const { organizationId: _organizationId, nameAr: _nameAr, nameEn: _nameEn, decisionDays: _decisionDays, capacityUsed, ...rest } = service;
    return { ...rest, id: `service-${String(index).padStart(5, '0')}`, placesTaken: capacityUsed, branches: [{ governorate: 'YE-HD', district: 'المكلا' }], trackRecord: { decided: 12, accepted: 8, completed: 5, medianDaysToDecision: 9 } };
  });
  rankServices(applicant, inProcessServices); // warm up
  const inProcess = await timeRuns(200, () => rankServices(applicant, inProcessServices));
  const eligible = rankServices(applicant, inProcessServices).filter((match) => match.eligible).length;

  const dataDir = mkdtempSync(join(tmpdir(), 'shuraka-bench-'));
  const database = await startEmbeddedPostgres({ dataDir, port: 55000 + Math.floor(Math.random() * 900), ephemeral: true, database: 'bench' });
  try {
    await runMigrations(database.url);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'bench-secret-bench-secret-bench-secret', PII_HASH_KEY: 'bench-pii-bench-pii-bench-pii-bench', LOG_LEVEL: 'silent', PORTAL_DIR: '/nonexistent', RATE_LIMIT_PER_MINUTE: '1000000' });
    const app = await createApp({ config, databaseUrl: database.url, logger: createLogger('silent') });
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const organizations: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO organization (name_ar, kind, governorates, search_text) SELECT 'منظمة ' || g, $1, '{YE-HD}', 'منظمه ' || g FROM generate_series(1, $2) g RETURNING id`,
      [OrganizationKind.NGO, ORGANIZATIONS],
    );
    const [consortium] = await dataSource.query(`INSERT INTO consortium (name_ar, country) VALUES ('اتحاد القياس', 'YE') RETURNING id`);
    await dataSource.query(
      `INSERT INTO consortium_member (consortium_id, organization_id, role) SELECT $1, id, CASE WHEN row_number() OVER () = 1 THEN 'LEAD'::member_role ELSE 'MEMBER'::member_role END FROM unnest($2::uuid[]) id`,
      [consortium.id, organizations.map((organization) => organization.id)],
    );
    await dataSource.query(`INSERT INTO organization_branch (organization_id, position, name_ar, governorate, district) SELECT id, 0, 'فرع', 'YE-HD', 'المكلا' FROM unnest($1::uuid[]) id`, [organizations.map((organization) => organization.id)]);
    const rows = Array.from({ length: SERVICES }, (_, index) => generateService(seeded(index + 1), index, organizations[index % ORGANIZATIONS].id));
    await dataSource.query(
      `INSERT INTO service (organization_id, name_ar, name_en, kind, categories, governorates, project_sizes, gender, min_age, max_age, min_amount, max_amount, currency, guarantee_required, capacity, decision_days)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(organization_id uuid, name_ar text, name_en text, kind service_kind, categories text[], governorates text[], project_sizes text[], gender gender, min_age smallint, max_age smallint, min_amount numeric, max_amount numeric, currency text, guarantee_required guarantee_type, capacity int, decision_days smallint)`,
      [JSON.stringify(rows.map((row) => ({
        organization_id: row.organizationId, name_ar: row.nameAr, name_en: row.nameEn, kind: row.kind, categories: row.categories, governorates: row.governorates,
        project_sizes: row.projectSizes, gender: row.gender, min_age: row.minAge, max_age: row.maxAge,
        min_amount: row.minAmount === null || row.maxAmount === null ? null : row.minAmount, max_amount: row.minAmount === null || row.maxAmount === null ? null : row.maxAmount,
        currency: row.minAmount === null || row.maxAmount === null ? null : row.currency, guarantee_required: row.guaranteeRequired, capacity: row.capacity, decision_days: row.decisionDays,
      })))],
    );
    const [user] = await dataSource.query(`INSERT INTO app_user (email, display_name, password_hash, role) VALUES ('bench@example.org', 'bench', '!', $1) RETURNING id`, [Role.COORDINATOR]);
    const [row] = await dataSource.query(
      `INSERT INTO applicant (full_name, category, gender, birth_date, governorate, district, project_size, requested_amount, requested_currency, needs, guarantee_offered, consent_given_at, consortium_id, registered_by_id, search_text)
       VALUES ('متقدمة', 'UNIVERSITY_GRADUATE', 'FEMALE', '2000-01-01', 'YE-HD', 'المكلا', 'MICRO', 500000, 'YER', '{MICRO_LOAN,BUSINESS_TRAINING}', 'GROUP', now(), $1, $2, 'متقدمه') RETURNING id`,
      [consortium.id, user.id],
    );
    const token = app.get(TokenService).sign(user.id, 0);
    const query = `query M($id: ID!) { matchServices(applicantId: $id, first: 10) { score service { id name { ar } } reasons { code message contribution } } }`;
    const call = async () => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables: { id: row.id } }) });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    for (let index = 0; index < 5; index += 1) await call();
    const graphql = await timeRuns(100, call);
    await app.close();
    console.log(`\nRanking one applicant against ${SERVICES} services (${eligible} eligible in the in-process set)\n`);
    console.log(table([
      { path: 'in-process (libs/matching)', runs: inProcess.runs, 'median ms': inProcess.median.toFixed(2), 'p95 ms': inProcess.p95.toFixed(2), 'ratio to in-process': '1.0' },
      { path: 'GraphQL over HTTP (PostgreSQL)', runs: graphql.runs, 'median ms': graphql.median.toFixed(2), 'p95 ms': graphql.p95.toFixed(2), 'ratio to in-process': (graphql.median / inProcess.median).toFixed(1) },
    ]));
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
