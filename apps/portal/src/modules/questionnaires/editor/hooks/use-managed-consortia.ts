import { useQuery } from '@apollo/client/react';
import { Role, type LocalizedText } from '@shuraka/domain';
import { useMemo } from 'react';
import { useCurrentUser } from '../../../auth/hooks/use-current-user';
import type { Actor } from '../../../auth/utils/permissions';
import { CONSORTIA_QUERY } from '../../../consortia/graphql/consortia.graphql';

interface ConsortiumWithMembers {
  id: string;
  members: ReadonlyArray<{ role: string; organization: { id: string } }>;
}

/** ADMIN, or staff of the consortium's LEAD member: who writes, assigns and follows up its questionnaires. */
export function canManageQuestionnaires(actor: Actor, consortium: ConsortiumWithMembers | null | undefined): boolean {
  if (actor.role === Role.ADMIN) return true;
  if (actor.role !== Role.PARTNER_STAFF || !actor.organization || !consortium) return false;
  const organizationId = actor.organization.id;
  return consortium.members.some((member) => member.role === 'LEAD' && member.organization.id === organizationId);
}

/** The consortia whose questionnaires the signed-in user may write (empty for committee members and others). */
export function useManagedConsortia(): {
  consortia: Array<{ id: string; name: LocalizedText }>;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
} {
  const user = useCurrentUser();
  const mayManageSome = user.role === Role.ADMIN || user.role === Role.PARTNER_STAFF;
  const { data, loading, error, refetch } = useQuery(CONSORTIA_QUERY, { variables: { first: 100 }, skip: !mayManageSome });
  const consortia = useMemo(
    () => (data?.consortia.edges ?? []).map((edge) => edge.node).filter((consortium) => canManageQuestionnaires(user, consortium)),
    [data, user],
  );
  return { consortia, loading, error, refetch };
}
