import { useMutation } from '@apollo/client/react';
import { CREATE_ORGANIZATION, UPDATE_ORGANIZATION } from '../graphql/organizations.graphql';

/** Lists are filtered and counted on the server: after a change, drop them so they reload. */
function forgetOrganizationLists(cache: { evict: (options: { id: string; fieldName: string }) => boolean; gc: () => unknown }) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
  cache.gc();
}

export function useCreateOrganization() {
  return useMutation(CREATE_ORGANIZATION, { update: forgetOrganizationLists });
}

export function useUpdateOrganization() {
  return useMutation(UPDATE_ORGANIZATION, { update: forgetOrganizationLists });
}
