import { Role } from '@shuraka/domain';
import type { AuthUser } from './auth-user';

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

const NOTHING: SqlCondition = { sql: 'FALSE', params: {} };
const EVERYTHING: SqlCondition = { sql: 'TRUE', params: {} };

/**
 * Which applicants a user may see (alias `a`): ADMIN all; a coordinator those they registered;
 * partner staff those referred to their organisation; nobody else any.
 */
export function applicantScope(user: AuthUser, alias = 'a'): SqlCondition {
  switch (user.role) {
    case Role.ADMIN:
      return EVERYTHING;
    case Role.COORDINATOR:
      return { sql: `${alias}.registered_by_id = :scopeUserId`, params: { scopeUserId: user.id } };
    case Role.PARTNER_STAFF:
      return user.organizationId
        ? {
            sql: `EXISTS (SELECT 1 FROM referral scope_r WHERE scope_r.applicant_id = ${alias}.id AND scope_r.organization_id = :scopeOrganizationId)`,
            params: { scopeOrganizationId: user.organizationId },
          }
        : NOTHING;
    default:
      return NOTHING;
  }
}

/**
 * Which referrals a user may see (alias `r`): ADMIN all; a coordinator those of the applicants they
 * registered (and those they sent); partner staff those sent to their organisation.
 */
export function referralScope(user: AuthUser, alias = 'r'): SqlCondition {
  switch (user.role) {
    case Role.ADMIN:
      return EVERYTHING;
    case Role.COORDINATOR:
      return {
        sql: `(${alias}.referred_by_id = :scopeUserId OR EXISTS (SELECT 1 FROM applicant scope_a WHERE scope_a.id = ${alias}.applicant_id AND scope_a.registered_by_id = :scopeUserId))`,
        params: { scopeUserId: user.id },
      };
    case Role.PARTNER_STAFF:
      return user.organizationId ? { sql: `${alias}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: user.organizationId } } : NOTHING;
    default:
      return NOTHING;
  }
}
