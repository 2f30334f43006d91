import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { MARK_REFERRAL_DECISIONS_SEEN, REFERRAL_DECISIONS_UNREAD } from '../graphql/referrals.graphql';

/** Checked again every minute, so a partner's decision shows up in the navigation without reloading. */
const POLL_MS = 60_000;

/** Partners' decisions a coordinator has not looked at yet (0 for other roles, who are not asked). */
export function useDecisionsUnread(enabled: boolean): number {
  const { data } = useQuery(REFERRAL_DECISIONS_UNREAD, { skip: !enabled, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  return enabled ? (data?.referralDecisionsUnread ?? 0) : 0;
}

/** Opening the referrals marks the decisions so far as seen, and the navigation's count drops at once. */
export function useMarkDecisionsSeen(enabled: boolean): void {
  const [mark] = useMutation(MARK_REFERRAL_DECISIONS_SEEN, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: REFERRAL_DECISIONS_UNREAD, data: { referralDecisionsUnread: data.markReferralDecisionsSeen } });
    },
  });
  useEffect(() => {
    // A failure only leaves the count up; the next visit tries again.
    if (enabled) mark().catch(() => undefined);
  }, [enabled, mark]);
}
