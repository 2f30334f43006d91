import { useMutation } from '@apollo/client/react';
import { REGISTER_APPLICANT } from '../graphql/applicants.graphql';

/** The list is filtered and counted on the server: after a registration, drop it so it reloads. */
export function useRegisterApplicant() {
  return useMutation(REGISTER_APPLICANT, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applicants' });
      cache.gc();
    },
  });
}
