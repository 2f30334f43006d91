import { Role } from '@shuraka/domain';
import type { Actor } from '../../auth/utils/permissions';

export interface ConsortiumWithMembers {
  id: string;
  members: ReadonlyArray<{ role: string; organization: { id: string } }>;
}

/**
 * Who manages a consortium's meetings and committees (docs/meetings.md): ADMIN, staff of its LEAD
 * member, and committee members whose organisation is a member. Offers only; the API decides.
 */
export function canManageMeetingsOf(actor: Actor, consortium: ConsortiumWithMembers | null | undefined): boolean {
  if (actor.role === Role.ADMIN) return true;
  if (!consortium || !actor.organization) return false;
  const organizationId = actor.organization.id;
  if (actor.role === Role.PARTNER_STAFF) {
    return consortium.members.some((member) => member.role === 'LEAD' && member.organization.id === organizationId);
  }
  if (actor.role === Role.COMMITTEE_MEMBER) {
    return consortium.members.some((member) => member.organization.id === organizationId);
  }
  return false;
}
