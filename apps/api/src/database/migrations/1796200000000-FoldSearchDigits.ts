import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `normalizeSearchText` now folds Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, so the
 * `search_text` columns written before it are re-folded here. Digits are untouched by the other folds,
 * so translating them in the stored text gives exactly what the new function writes.
 * `down` keeps the folded text: the older function searched it just as well for ASCII queries.
 */
const FROM = '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹';
const TO = '01234567890123456789';

export class FoldSearchDigits1796200000000 implements MigrationInterface {
  name = 'FoldSearchDigits1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['applicant', 'organization']) {
      await queryRunner.query(
        `UPDATE "${table}" SET "search_text" = translate("search_text", $1, $2) WHERE "search_text" ~ '[٠-٩۰-۹]'`,
        [FROM, TO],
      );
    }
  }

  async down(): Promise<void> {
    // Nothing to undo: see above.
  }
}
