import { useMutation } from '@apollo/client/react';
import { forgetReferralLists } from '../../referrals/hooks/use-referral-mutations';
import { COMMIT_ALLOCATION, PLAN_ALLOCATION } from '../graphql/allocation.graphql';

export function usePlanAllocation() {
  return useMutation(PLAN_ALLOCATION);
}

/**
 * A commit sends referrals for many applicants: their referral lists and the matches change, and so do the
 * applicant lists (open referrals, "not yet referred"), which are read again.
 */
export function useCommitAllocation() {
  return useMutation(COMMIT_ALLOCATION, {
    update: (cache, result, { variables }) => {
      if (variables) {
        cache.modify({
          id: cache.identify({ __typename: 'AllocationPlan', id: variables.planId }),
          fields: { committed: () => true },
        });
      }
      const referred = (result.data?.commitAllocation ?? []).map((referral) => referral.applicant.id);
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applicants' });
      for (const id of referred) cache.evict({ id: cache.identify({ __typename: 'Applicant', id }), fieldName: 'openReferrals' });
      forgetReferralLists(cache, referred);
    },
  });
}
