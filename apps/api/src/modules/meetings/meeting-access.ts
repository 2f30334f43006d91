import type { EntityManager } from 'typeorm';
import { MemberRole, Role } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { ConsortiumMemberEntity } from '../consortia/consortium-member.entity';
import { ConsortiumEntity } from '../consortia/consortium.entity';

/**
 * What a user may do with the meetings, committees and recommendations of consortia (docs/meetings.md):
 * - managers: ADMIN (`all`), PARTNER_STAFF of a consortium's LEAD member, COMMITTEE_MEMBERs of any member
 *   organisation: create and change everything of the consortium;
 * - owners' staff (PARTNER_STAFF or COMMITTEE_MEMBER of an organisation owning a recommendation): read it and
 *   its meeting, add progress notes, move its status;
 * - readers: any other user of a member organisation: read;
 * - everyone else: nothing (NOT_FOUND, absent from lists).
 */
export interface ConsortiumAccess {
  /** ADMIN: everything. */
  all: boolean;
  /** Consortia the user manages. */
  manage: string[];
  /** Consortia whose meetings, committees and recommendations the user reads (every membership; includes `manage`). */
  read: string[];
  /** The organisation whose recommendations the user reports on (PARTNER_STAFF and COMMITTEE_MEMBER); null otherwise. */
  organizationId: string | null;
}

/** Roles whose users report progress on their organisation's recommendations. */
const REPORTING_ROLES: readonly Role[] = [Role.PARTNER_STAFF, Role.COMMITTEE_MEMBER];

/** The rules above for one user; one query (none for ADMIN). */
export async function consortiumAccess(manager: EntityManager, user: AuthUser): Promise<ConsortiumAccess> {
  if (user.role === Role.ADMIN) return { all: true, manage: [], read: [], organizationId: null };
  if (!user.organizationId) return { all: false, manage: [], read: [], organizationId: null };
  const memberships = await manager.getRepository(ConsortiumMemberEntity).findBy({ organizationId: user.organizationId });
  return accessFrom(user, memberships);
}

/** The pure part of `consortiumAccess`: the user's organisation's memberships decide. */
export function accessFrom(user: AuthUser, memberships: Array<Pick<ConsortiumMemberEntity, 'consortiumId' | 'role'>>): ConsortiumAccess {
  if (user.role === Role.ADMIN) return { all: true, manage: [], read: [], organizationId: null };
  if (!user.organizationId) return { all: false, manage: [], read: [], organizationId: null };
  const manage =
    user.role === Role.COMMITTEE_MEMBER
      ? memberships.map((m) => m.consortiumId)
      : user.role === Role.PARTNER_STAFF
        ? memberships.filter((m) => m.role === MemberRole.LEAD).map((m) => m.consortiumId)
        : [];
  return {
    all: false,
    manage,
    read: memberships.map((m) => m.consortiumId),
    organizationId: REPORTING_ROLES.includes(user.role) ? user.organizationId : null,
  };
}

export function canManageConsortium(access: ConsortiumAccess, consortiumId: string): boolean {
  return access.all || access.manage.includes(consortiumId);
}

export function canReadConsortium(access: ConsortiumAccess, consortiumId: string): boolean {
  return access.all || access.read.includes(consortiumId);
}

/** Manages the consortium, or works for one of the owners. */
export function canReportOn(access: ConsortiumAccess, consortiumId: string, ownerIds: readonly string[]): boolean {
  return canManageConsortium(access, consortiumId) || (access.organizationId !== null && ownerIds.includes(access.organizationId));
}

/** Reads the recommendation: a reader of its consortium, or an owner's staff (even after the owner left it). */
export function canReadRecommendation(access: ConsortiumAccess, consortiumId: string, ownerIds: readonly string[]): boolean {
  return canReadConsortium(access, consortiumId) || (access.organizationId !== null && ownerIds.includes(access.organizationId));
}

/**
 * The consortium a user creates something in: NOT_FOUND (on `field`) when it does not exist or the user is no
 * member of it, FORBIDDEN when they only read it.
 */
export async function consortiumToManage(manager: EntityManager, user: AuthUser, consortiumId: string, field = 'consortiumId') {
  const consortium = await manager.getRepository(ConsortiumEntity).findOneBy({ id: consortiumId });
  const access = await consortiumAccess(manager, user);
  if (!consortium || !canReadConsortium(access, consortiumId)) throw AppError.notFound('Consortium', field);
  if (!canManageConsortium(access, consortiumId)) throw forbiddenToManage();
  return { consortium, access };
}

export function forbiddenToManage(): AppError {
  return AppError.forbidden("Only an administrator, the consortium lead's staff and its committee members manage its meetings, committees and recommendations");
}
