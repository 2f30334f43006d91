/**
 * `npm run volume -- --applicants 1000000 --referrals 1000000 [--organizations 2000] [--services 5000]
 *  [--coordinators 500] [--seed 10] [--data-dir /path/kept]`: fills DATABASE_URL (migrated first, must
 * have no applicants yet) or an embedded PostgreSQL kept in --data-dir with a national programme's
 * volume, and prints the ids of the users to try it with.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { openVolumeDatabase } from './database';
import { DEFAULT_VOLUME } from './generate';

async function main() {
  const { values } = parseArgs({
    options: {
      applicants: { type: 'string', default: '1000000' },
      referrals: { type: 'string', default: '1000000' },
      organizations: { type: 'string', default: String(DEFAULT_VOLUME.organizations) },
      services: { type: 'string', default: String(DEFAULT_VOLUME.services) },
      coordinators: { type: 'string', default: String(DEFAULT_VOLUME.coordinators) },
      seed: { type: 'string', default: String(DEFAULT_VOLUME.seed) },
      'data-dir': { type: 'string' },
    },
  });
  const url = process.env['DATABASE_URL'] || undefined;
  if (!url && !values['data-dir']) throw new Error('give DATABASE_URL or --data-dir (an embedded PostgreSQL kept in that folder)');
  const database = await openVolumeDatabase({
    applicants: Number(values.applicants),
    referrals: Number(values.referrals),
    organizations: Number(values.organizations),
    services: Number(values.services),
    coordinators: Number(values.coordinators),
    seed: Number(values.seed),
    dataDir: url ? undefined : values['data-dir'],
    url,
    log: (message) => console.log(message),
  });
  try {
    console.log(JSON.stringify({ generated: database.generated, ...database.handles }, null, 2));
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
