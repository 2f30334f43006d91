/**
 * npm run migration:generate -- AddSomething
 * Runs the existing migrations on a scratch embedded PostgreSQL (or DATABASE_URL), compares the
 * result with the entities and writes the difference as a new migration; review it before committing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { runMigrations } from '../src/database/migrate';
import { schemaDiff } from '../src/database/schema-drift';

const MIGRATIONS_DIR = join(__dirname, '../src/database/migrations');

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- NameInPascalCase');
    process.exit(2);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'shuraka-migration-'));
  const db = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await startEmbeddedPostgres({ dataDir: scratch, port: 54390 + Math.floor(Math.random() * 500), ephemeral: true });
  try {
    await runMigrations(db.url);
    const dataSource = createDataSource({ url: db.url });
    await dataSource.initialize();
    const diff = await schemaDiff(dataSource);
    await dataSource.destroy();
    if (diff.up.length === 0) {
      console.log('The entities and the migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
    const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${diff.up.map(quote).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...diff.down].reverse().map(quote).join('\n')}
  }
}
`;
    const fileName = `${timestamp}-${name}`;
    writeFileSync(join(MIGRATIONS_DIR, `${fileName}.ts`), file);
    const indexPath = join(MIGRATIONS_DIR, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/^(\/\*\*[^\n]*\n)/, `$1import { ${className} } from './${fileName}';\n`)
      .replace(/= \[([^\]]*)\];/, (_match, list: string) => `= [${[...list.split(',').map((item) => item.trim()).filter(Boolean), className].join(', ')}];`);
    writeFileSync(indexPath, index);
    console.log(`Wrote src/database/migrations/${fileName}.ts (${diff.up.length} statements); review it.`);
  } finally {
    await db.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
