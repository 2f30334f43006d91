import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { useCallback, useEffect, useRef } from 'react';
import { MARK_NOTIFICATIONS_READ, UNREAD_NOTIFICATION_COUNT } from '../graphql/notifications.graphql';

/** Checked every minute while the page is visible, and when the user comes back to it. */
export const UNREAD_POLL_MS = 60_000;
/** Focus and visibilitychange arrive together when a tab is shown again: one request for both. */
const REFOCUS_GAP_MS = 5_000;

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** The signed-in user's unread notifications, for the bell. No polling while the tab is hidden. */
export function useUnreadNotificationCount(): number {
  const { data, refetch } = useQuery(UNREAD_NOTIFICATION_COUNT, {
    pollInterval: UNREAD_POLL_MS,
    skipPollAttempt: hidden,
    fetchPolicy: 'cache-and-network',
  });
  const last = useRef(0);
  useEffect(() => {
    const onReturn = () => {
      if (hidden() || Date.now() - last.current < REFOCUS_GAP_MS) return;
      last.current = Date.now();
      // A failure keeps the last count; the next poll tries again.
      refetch().catch(() => undefined);
    };
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', onReturn);
    return () => {
      window.removeEventListener('focus', onReturn);
      document.removeEventListener('visibilitychange', onReturn);
    };
  }, [refetch]);
  return data?.unreadNotificationCount ?? 0;
}

function markInCache(cache: ApolloCache, ids: readonly string[] | 'all', marked: number) {
  const readAt = new Date().toISOString();
  const keys =
    ids === 'all'
      ? Object.keys(cache.extract() as Record<string, unknown>).filter((key) => key.startsWith('Notification:'))
      : ids.map((id) => cache.identify({ __typename: 'Notification', id })).filter((key): key is string => Boolean(key));
  for (const id of keys) cache.modify({ id, fields: { readAt: (current: string | null) => current ?? readAt } });
  cache.updateQuery({ query: UNREAD_NOTIFICATION_COUNT }, (data) =>
    data ? { unreadNotificationCount: ids === 'all' ? 0 : Math.max(0, data.unreadNotificationCount - marked) } : data,
  );
}

/** Marks notifications read (some, or all) and updates the bell and the lists at once. */
export function useMarkNotificationsRead() {
  const [mutate, { loading }] = useMutation(MARK_NOTIFICATIONS_READ);
  const mark = useCallback(
    async (ids: readonly string[] | 'all') => {
      await mutate({
        variables: { input: ids === 'all' ? { all: true } : { ids: [...ids] } },
        update: (cache, { data }) => {
          if (data) markInCache(cache, ids, data.markNotificationsRead);
        },
      });
    },
    [mutate],
  );
  return { mark, loading };
}
