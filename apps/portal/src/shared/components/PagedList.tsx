import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNotify } from '../hooks/use-notify';
import { LoadMoreFooter } from './LoadMoreFooter';
import { ErrorState, ListSkeleton } from './states';

export interface Page<Node> {
  /** Absent when the list was asked for without its total (see `withCount` in the list queries). */
  totalCount?: number | null;
  edges: ReadonlyArray<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface PagedListProps<Node> {
  /** The connection shown (the current answer, or the previous one while a new filter loads). */
  result: Page<Node> | undefined;
  error: unknown;
  loading: boolean;
  onRetry: () => void;
  /** Loads the page after `endCursor`. */
  onLoadMore: (after: string | null) => Promise<unknown>;
  /** Shown when the list is empty. */
  empty: ReactNode;
  renderItem: (node: Node) => ReactNode;
}

/** A server-paged list: skeleton while loading, the failure with a retry, the empty state, the items and "load more". */
export function PagedList<Node>({ result, error, loading, onRetry, onLoadMore, empty, renderItem }: PagedListProps<Node>) {
  const notify = useNotify();
  if (error && !result) return <ErrorState error={error} onRetry={onRetry} />;
  if (!result) return <ListSkeleton />;
  if (result.edges.length === 0) return <>{empty}</>;
  return (
    <>
      {error ? <ErrorState error={error} onRetry={onRetry} /> : null}
      <Stack gap="sm" aria-busy={loading}>
        {result.edges.map(({ node }) => renderItem(node))}
      </Stack>
      <LoadMoreFooter
        shown={result.edges.length}
        total={result.totalCount ?? null}
        hasNextPage={result.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() => void onLoadMore(result.pageInfo.endCursor).catch(notify.failure)}
      />
    </>
  );
}
