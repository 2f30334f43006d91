import { useQuery } from '@apollo/client/react';
import { LIMITS, pickLocalized } from '@shuraka/domain';
import { useMemo } from 'react';
import { useLocale } from '../../../shared/hooks/use-locale';
import type { Option } from '../../../shared/utils/options';
import { CONSORTIA_QUERY } from '../graphql/consortia.graphql';

/** Consortia as select options (there are few: one page of the maximum size is enough), with each one's calling code for phones. */
export function useConsortiumOptions(): { options: Option[]; callingCodes: ReadonlyMap<string, string | null>; loading: boolean } {
  const locale = useLocale();
  const { data, loading } = useQuery(CONSORTIA_QUERY, {
    variables: { first: LIMITS.pageSizeMax },
    // The list page may have cached a shorter first page under the same field.
    fetchPolicy: 'cache-and-network',
  });
  const options = useMemo(
    () => (data?.consortia.edges ?? []).map(({ node }) => ({ value: node.id, label: pickLocalized(node.name, locale) })),
    [data, locale],
  );
  const callingCodes = useMemo(() => new Map((data?.consortia.edges ?? []).map(({ node }) => [node.id, node.defaultCallingCode ?? null])), [data]);
  return { options, callingCodes, loading };
}
