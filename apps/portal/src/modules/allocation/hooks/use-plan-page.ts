import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useNotify } from '../../../shared/hooks/use-notify';

/** Review lists are read a page at a time: a plan of thousands is never loaded whole. */
export const PLAN_PAGE_SIZE = 50;

/** The plan's paged lists (they sit under `allocationPlan`, where no cache policy merges pages). */
type PlanPageField = 'assignmentPage' | 'unassignedPage';

interface PlanConnection {
  totalCount: number;
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

type PlanPageQuery<F extends PlanPageField> = { allocationPlan: { [K in F]: PlanConnection } };

interface PlanPageVariables {
  id: string;
  first?: number | null;
  after?: string | null;
}

/**
 * One of a plan's lists, read `PLAN_PAGE_SIZE` at a time: `page` is what is shown so far (undefined until the
 * first page arrives), `loadMore` appends the page after it (a failure is notified; what is shown stays).
 */
export function usePlanPage<TData extends PlanPageQuery<F>, F extends PlanPageField>(
  document: TypedDocumentNode<TData, PlanPageVariables>,
  planId: string,
  field: F,
) {
  const notify = useNotify();
  const { data, loading, error, refetch, fetchMore } = useQuery(document, {
    variables: { id: planId, first: PLAN_PAGE_SIZE },
  });
  // TypeScript does not narrow an index by a generic key: the field read is the field typed.
  const page = data?.allocationPlan[field] as TData['allocationPlan'][F] | undefined;

  const loadMore = () => {
    if (!page) return;
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (shown, { fetchMoreResult }) => ({
        ...shown,
        allocationPlan: {
          ...shown.allocationPlan,
          [field]: appendPage(shown.allocationPlan[field], fetchMoreResult.allocationPlan[field]),
        },
      }),
    }).catch(notify.failure);
  };

  return { page, loading, error, retry: () => void refetch(), loadMore };
}

/** The next page's edges after the ones shown (its total and page info replace theirs). */
function appendPage<C extends PlanConnection>(shown: C, next: C): C {
  return { ...next, edges: [...shown.edges, ...next.edges] };
}
