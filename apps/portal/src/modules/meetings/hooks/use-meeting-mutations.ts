import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { CREATE_COMMITTEE, UPDATE_COMMITTEE } from '../graphql/committees.graphql';
import { CREATE_MEETING, UPDATE_MEETING } from '../graphql/meetings.graphql';

/** Lists and the pages that embed meetings (committees, recommendations' links) load again. */
function forget(cache: ApolloCache, ...fields: string[]) {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

export function useCreateMeeting() {
  return useMutation(CREATE_MEETING, {
    update: (cache) => forget(cache, 'meetings', 'committee', 'committees', 'recommendation', 'recommendations'),
  });
}

export function useUpdateMeeting() {
  return useMutation(UPDATE_MEETING, { update: (cache) => forget(cache, 'meetings', 'committee') });
}

export function useCreateCommittee() {
  return useMutation(CREATE_COMMITTEE, { update: (cache) => forget(cache, 'committees') });
}

export function useUpdateCommittee() {
  return useMutation(UPDATE_COMMITTEE, { update: (cache) => forget(cache, 'committees', 'meetings') });
}
