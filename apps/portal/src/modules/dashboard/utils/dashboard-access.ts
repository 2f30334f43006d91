import { Role } from '@shuraka/domain';
import type { Actor } from '../../auth/utils/permissions';

interface ConsortiumMembers {
  members: ReadonlyArray<{ role: string; organization: { id: string } }>;
}

/**
 * The consortia whose dashboard the reader may open (the API's rule, to offer only those): administrators all;
 * committee members those their organisation belongs to; partner staff those their organisation leads.
 */
export function dashboardConsortia<C extends ConsortiumMembers>(actor: Actor, consortia: readonly C[]): C[] {
  if (actor.role === Role.ADMIN) return [...consortia];
  const organizationId = actor.organization?.id;
  if (!organizationId) return [];
  if (actor.role === Role.COMMITTEE_MEMBER) {
    return consortia.filter((consortium) => consortium.members.some((member) => member.organization.id === organizationId));
  }
  if (actor.role === Role.PARTNER_STAFF) {
    return consortia.filter((consortium) =>
      consortium.members.some((member) => member.role === 'LEAD' && member.organization.id === organizationId),
    );
  }
  return [];
}
