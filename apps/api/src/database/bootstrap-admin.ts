import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { Not, type DataSource } from 'typeorm';
import { Role } from '@shuraka/domain';
import type { AppConfig } from '../config/app-config';
import { hashPassword } from '../modules/auth/passwords';
import { SYSTEM_USER_ID } from '../modules/users/system-user';
import { UserEntity } from '../modules/users/user.entity';

/**
 * Creates the first administrator when no user exists: from ADMIN_EMAIL/ADMIN_PASSWORD, or (except
 * in production on its own DATABASE_URL) with a generated password printed once to the console.
 */
export async function bootstrapAdmin(dataSource: DataSource, config: AppConfig, logger: Logger): Promise<void> {
  const users = dataSource.getRepository(UserEntity);
  if ((await users.countBy({ id: Not(SYSTEM_USER_ID) })) > 0) return;
  let email = config.ADMIN_EMAIL;
  let password = config.ADMIN_PASSWORD;
  let generated = false;
  if (!email || !password) {
    if (config.isProduction && config.DATABASE_URL) {
      logger.warn('No user exists and ADMIN_EMAIL/ADMIN_PASSWORD are not set: nobody can sign in yet');
      return;
    }
    email = 'admin@shuraka.local';
    password = randomBytes(12).toString('base64url');
    generated = true;
  }
  // Replicas starting together on an empty database: the first insert wins, the others carry on.
  const inserted: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash, role, organization_id) VALUES ($1, $2, $3, $4, NULL)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [email.toLowerCase(), 'مدير النظام', await hashPassword(password), Role.ADMIN],
  );
  if (inserted.length === 0) return;
  if (generated) {
    // Printed once, on purpose, to the console rather than the log: it is the only way in.
    console.log(`\n  First administrator created:\n    email:    ${email}\n    password: ${password}\n  (set ADMIN_EMAIL and ADMIN_PASSWORD to choose them)\n`);
  } else {
    logger.info({ email }, 'first administrator created');
  }
}
