import { Role } from '@shuraka/domain';
import type { DataSource } from 'typeorm';
import { containsPattern } from '../../src/common/database/like';
import { createUser, uniqueTag } from '../factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The plan of a query with sequential scans priced out: on a few thousand rows a scan is still
 * cheap enough for the planner to prefer it, so this asks whether an index can serve the query
 * at all. Without a usable index the plan stays a (disabled) Seq Scan or another index, and the
 * assertion fails.
 */
async function planWithoutSeqScan(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<string> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL enable_seqscan = off');
    const rows: Array<{ 'QUERY PLAN': string }> = await manager.query(`EXPLAIN ${sql}`, parameters);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

describe('search indexes (pg_trgm)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('serve the contains-search on applicants and organisations from the trigram GIN indexes, on a few thousand rows', async () => {
    const coordinator = await createUser(api.dataSource, Role.COORDINATOR);
    const tag = uniqueTag();
    await api.dataSource.query(
      `INSERT INTO applicant (full_name, category, gender, governorate, consent_given_at, registered_by_id, search_text)
       SELECT 'n' || i, 'DROPOUT', 'FEMALE', 'YE-HD', now(), $1, 'سارة عبدالله ' || md5(i::text || $2)
         FROM generate_series(1, 4000) AS i`,
      [coordinator.id, tag],
    );
    await api.dataSource.query(
      `INSERT INTO organization (name_en, kind, search_text) SELECT 'o' || i || $1, 'NGO', 'جمعية ' || md5(i::text || $1) FROM generate_series(1, 3000) AS i`,
      [tag],
    );
    await api.dataSource.query('ANALYZE applicant');
    await api.dataSource.query('ANALYZE organization');

    const needle = containsPattern('3f9a1c');
    // As the lists read (more than `id`): a query needing only columns of the coordinator list's covering index
    // (id, search_text) could be answered by a full scan of that index, which on a few thousand rows costs less.
    const applicants = await planWithoutSeqScan(api.dataSource, `SELECT a.id, a.full_name FROM applicant a WHERE a.search_text LIKE $1`, [needle]);
    expect(applicants).toContain('applicant_search_text_trgm');
    const organizations = await planWithoutSeqScan(api.dataSource, `SELECT o.id FROM organization o WHERE o.search_text LIKE $1`, [needle]);
    expect(organizations).toContain('organization_search_text_trgm');

    // The index answers like the scan would (escaped wildcards stay literal).
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM applicant WHERE search_text LIKE $1`, [containsPattern(`سارة عبدالله ${'_'}`)]);
    expect(count).toBe(0);
    await api.dataSource.query(`DELETE FROM applicant WHERE registered_by_id = $1`, [coordinator.id]);
    await api.dataSource.query(`DELETE FROM organization WHERE name_en LIKE $1`, [`%${tag}`]);
  });
});
