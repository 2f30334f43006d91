import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A coordinator's search among their own applicants without the trigram index (docs/performance.md, "A national
 * programme's volume"). The list's index (registered_by_id, created_at, id) also carries the folded `search_text`
 * (INCLUDE): a coordinator's few thousand entries sit together in it, so a fragment is looked for in them by an
 * index-only scan (about 1 ms for 1,600 applicants), where the trigram index walks the posting lists of every
 * applicant whose name shares the fragment's trigrams (30–40 ms for a common first name). The planner keeps the
 * trigram index where it is cheaper (an office of 200,000 applicants). Same name, same keys, same order: the
 * list's keyset seek is served as before.
 */
export class CoordinatorSearchIndex1797300000000 implements MigrationInterface {
  name = 'CoordinatorSearchIndex1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."applicant_registered_by_created_at_id"');
    await queryRunner.query('CREATE INDEX "applicant_registered_by_created_at_id" ON "applicant" ("registered_by_id", "created_at", "id") INCLUDE ("search_text")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."applicant_registered_by_created_at_id"');
    await queryRunner.query('CREATE INDEX "applicant_registered_by_created_at_id" ON "applicant" ("registered_by_id", "created_at", "id") ');
  }
}
