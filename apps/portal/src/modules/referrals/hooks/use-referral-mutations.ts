import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CREATE_REFERRAL, RECORD_REFERRAL_OUTCOME, TRANSITION_REFERRAL } from '../graphql/referrals.graphql';

/**
 * Referral lists, counts and matches (places left) are worked out on the server: after a change,
 * drop them so whatever is on screen reloads.
 */
export function forgetReferralLists(cache: ApolloCache, applicantIds: readonly string[] = []) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'referrals' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'referralStatusCounts' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'matchServices' });
  for (const id of applicantIds) cache.evict({ id: cache.identify({ __typename: 'Applicant', id }), fieldName: 'referrals' });
  cache.gc();
}

/** The new referral joins its applicant's referrals at once (the applicant's page shows it without reloading). */
export function useCreateReferral() {
  return useMutation(CREATE_REFERRAL, {
    update: (cache, { data }, { variables }) => {
      if (data && variables) {
        cache.modify({
          id: cache.identify({ __typename: 'Applicant', id: variables.input.applicantId }),
          fields: {
            referrals: (existing: readonly Reference[] = [], { toReference }) => {
              const added = toReference({ __typename: 'Referral', id: data.createReferral.id });
              return added ? [...existing, added] : existing;
            },
          },
        });
      }
      forgetReferralLists(cache);
    },
  });
}

export function useTransitionReferral() {
  return useMutation(TRANSITION_REFERRAL, { update: (cache) => forgetReferralLists(cache) });
}

export function useRecordReferralOutcome() {
  return useMutation(RECORD_REFERRAL_OUTCOME);
}
