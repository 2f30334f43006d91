import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ADD_RECOMMENDATION, IMPORT_RECOMMENDATION_UPDATES, UPDATE_RECOMMENDATION } from '../graphql/recommendations.graphql';

/** The board, counts and dashboard figures are worked out on the server: after a change, drop them so they reload. */
export function forgetRecommendationLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'recommendations' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'dashboard' });
  cache.gc();
}

/** The new recommendation joins its meeting's list at once (numbers are given in creation order, so it goes last). */
export function useAddRecommendation() {
  return useMutation(ADD_RECOMMENDATION, {
    update: (cache, { data }, { variables }) => {
      if (data && variables) {
        cache.modify({
          id: cache.identify({ __typename: 'Meeting', id: variables.input.meetingId }),
          fields: {
            recommendations: (existing: readonly Reference[] = [], { toReference, readField }) => {
              const added = toReference({ __typename: 'Recommendation', id: data.addRecommendation.id });
              if (!added || existing.some((item) => readField('id', item) === data.addRecommendation.id)) return existing;
              return [...existing, added];
            },
          },
        });
      }
      forgetRecommendationLists(cache);
    },
  });
}

export function useUpdateRecommendation() {
  return useMutation(UPDATE_RECOMMENDATION, { update: (cache) => forgetRecommendationLists(cache) });
}

export function useImportRecommendationUpdates() {
  return useMutation(IMPORT_RECOMMENDATION_UPDATES, { update: (cache) => forgetRecommendationLists(cache) });
}
