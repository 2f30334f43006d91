import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecordType, Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { OrganizationEntity } from '../organizations/organization.entity';
import { hashPassword } from '../auth/passwords';
import type { CreateUserInput } from './dto/create-user.input';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: AuthUser, input: CreateUserInput): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    if (input.role === Role.PARTNER_STAFF && !input.organizationId) {
      throw AppError.field('organizationId', 'is required for partner staff', 'isNotEmpty');
    }
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (input.organizationId && !(await manager.getRepository(OrganizationEntity).existsBy({ id: input.organizationId }))) {
          throw AppError.notFound('Organization', 'organizationId');
        }
        const users = manager.getRepository(UserEntity);
        if (await users.existsBy({ email })) throw AppError.conflict('A user with this email already exists');
        const user = await users.save({
          email,
          displayName: input.displayName.trim(),
          passwordHash,
          role: input.role,
          organizationId: input.organizationId ?? null,
        });
        await this.audit.record(manager, actor.id, AuditService.created(AuditRecordType.USER, user.id, user));
        return user;
      });
    } catch (error) {
      // The check above answers the usual case; concurrent creations with one email meet at the unique index.
      if (isUniqueViolation(error)) throw AppError.conflict('A user with this email already exists');
      throw error;
    }
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(UserEntity).count();
  }

  async findActive(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id, active: true });
  }

  async findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  /** Tokens carry the version they were issued under; raising it ends every session of the user. */
  async revokeTokens(id: string): Promise<void> {
    await this.dataSource.getRepository(UserEntity).increment({ id }, 'tokenVersion', 1);
  }

  /**
   * Deactivates a user and ends their sessions and their calendar feed (ADMIN; not oneself, so an administrator always
   * remains). The feed's address would not work again if the user were reactivated.
   */
  async deactivate(actor: AuthUser, id: string): Promise<UserEntity> {
    if (actor.id === id) throw AppError.forbidden('You cannot deactivate your own account');
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH feed AS (DELETE FROM calendar_feed WHERE user_id = $1)
       UPDATE app_user SET active = false, token_version = token_version + 1, updated_at = now() WHERE id = $1 RETURNING id`,
      [id],
    );
    const user = rows.length > 0 ? await this.dataSource.getRepository(UserEntity).findOneBy({ id }) : null;
    if (!user) throw AppError.notFound('User');
    return user;
  }

  async touchLogin(id: string): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id }, { lastLoginAt: new Date() });
  }
}
