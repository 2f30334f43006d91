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
  await users.save({
    email: email.toLowerCase(),
    displayName: 'مدير النظام',
    passwordHash: await hashPassword(password),
    role: Role.ADMIN,
    organizationId: null,
  });
  if (generated) {
    // Printed once, on purpose, to the console rather than the log: it is the only way in.
    console.log(`\n  First administrator created:\n    email:    ${email}\n    password: ${password}\n  (set ADMIN_EMAIL and ADMIN_PASSWORD to choose them)\n`);
  } else {
    logger.info({ email }, 'first administrator created');
  }
}
