import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CREATE_SERVICE, UPDATE_SERVICE } from '../graphql/services.graphql';

/** A new service belongs in its organisation's page and in filtered service lists: drop both so they reload. */
function forgetServiceLists(cache: ApolloCache, organizationId: string) {
  cache.evict({ id: cache.identify({ __typename: 'Organization', id: organizationId }), fieldName: 'services' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'services' });
  cache.gc();
}

export function useCreateService(organizationId: string) {
  return useMutation(CREATE_SERVICE, { update: (cache) => forgetServiceLists(cache, organizationId) });
}

/** The updated service is normalised by id; only list filters (kind, governorate…) may have changed. */
export function useUpdateService() {
  return useMutation(UPDATE_SERVICE, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'services' });
      cache.gc();
    },
  });
}
