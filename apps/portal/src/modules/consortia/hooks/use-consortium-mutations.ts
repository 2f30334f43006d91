import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  ADD_CONSORTIUM_MEMBER,
  CREATE_CONSORTIUM,
  REMOVE_CONSORTIUM_MEMBER,
  UPDATE_CONSORTIUM,
} from '../graphql/consortia.graphql';

function forgetConsortiumLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'consortia' });
  cache.gc();
}

/** Membership shows on the organisation's page and in the organisations filter by consortium. */
function forgetMembership(cache: ApolloCache, organizationId: string) {
  cache.evict({ id: cache.identify({ __typename: 'Organization', id: organizationId }), fieldName: 'consortia' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'organizations' });
  cache.gc();
}

export function useCreateConsortium() {
  return useMutation(CREATE_CONSORTIUM, {
    update: (cache, _result, { variables }) => {
      forgetConsortiumLists(cache);
      if (variables) forgetMembership(cache, variables.input.leadOrganizationId);
    },
  });
}

export function useUpdateConsortium() {
  return useMutation(UPDATE_CONSORTIUM);
}

export function useAddConsortiumMember() {
  return useMutation(ADD_CONSORTIUM_MEMBER, {
    update: (cache, _result, { variables }) => {
      if (variables) forgetMembership(cache, variables.input.organizationId);
    },
  });
}

export function useRemoveConsortiumMember() {
  return useMutation(REMOVE_CONSORTIUM_MEMBER, {
    update: (cache, _result, { variables }) => {
      if (variables) forgetMembership(cache, variables.input.organizationId);
    },
  });
}
