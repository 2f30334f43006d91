import { useQuery } from '@apollo/client/react';
import { LIMITS, pickLocalized } from '@shuraka/domain';
import { useMemo } from 'react';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { CONSORTIA_QUERY } from '../../consortia/graphql/consortia.graphql';
import { useLocale } from '../../../shared/hooks/use-locale';
import type { Option } from '../../../shared/utils/options';
import { COMMITTEES_QUERY } from '../graphql/committees.graphql';
import { canManageMeetingsOf } from '../utils/access';

export interface MeetingConsortia {
  /** Consortia the user belongs to (administrators: all), for filters. */
  options: Option[];
  /** Those whose meetings and committees the user may create. */
  managed: Option[];
  loading: boolean;
}

/** The consortia as options, and those the signed-in user manages meetings of. */
export function useMeetingConsortia(): MeetingConsortia {
  const user = useCurrentUser();
  const locale = useLocale();
  const { data, loading } = useQuery(CONSORTIA_QUERY, {
    variables: { first: LIMITS.pageSizeMax },
    fetchPolicy: 'cache-and-network',
  });
  return useMemo(() => {
    const nodes = (data?.consortia.edges ?? []).map((edge) => edge.node);
    const organizationId = user.organization?.id;
    const mine = user.role === 'ADMIN' ? nodes : nodes.filter((node) => node.members.some((member) => member.organization.id === organizationId));
    const toOption = (node: (typeof nodes)[number]) => ({ value: node.id, label: pickLocalized(node.name, locale) });
    return { options: mine.map(toOption), managed: nodes.filter((node) => canManageMeetingsOf(user, node)).map(toOption), loading };
  }, [data, user, locale, loading]);
}

/** A consortium's committees as options (few per consortium: one page holds them). */
export function useCommitteeOptions(consortiumId: string | null | undefined): { options: Option[]; loading: boolean } {
  const locale = useLocale();
  const { data, loading } = useQuery(COMMITTEES_QUERY, {
    variables: { filter: consortiumId ? { consortiumId } : {}, first: LIMITS.pageSizeMax },
    fetchPolicy: 'cache-and-network',
  });
  const options = useMemo(
    () =>
      (data?.committees.edges ?? [])
        .filter(({ node }) => !consortiumId || node.consortium.id === consortiumId)
        .map(({ node }) => ({ value: node.id, label: pickLocalized(node.name, locale) })),
    [data, consortiumId, locale],
  );
  return { options, loading };
}
