import { useMutation } from '@apollo/client/react';
import { REGISTER_APPLICANT, UPDATE_APPLICANT, WITHDRAW_APPLICANT_CONSENT } from '../graphql/applicants.graphql';

/** The list is filtered and counted on the server: after a registration, drop it so it reloads. */
export function useRegisterApplicant() {
  return useMutation(REGISTER_APPLICANT, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applicants' });
      cache.gc();
    },
  });
}

/** A correction changes what the list shows and searches; the history gains an entry. */
export function useUpdateApplicant() {
  return useMutation(UPDATE_APPLICANT, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applicants' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applicantAudit' });
      cache.gc();
    },
  });
}

/** The history gains an entry, and the matches stop offering referrals. */
export function useWithdrawApplicantConsent() {
  return useMutation(WITHDRAW_APPLICANT_CONSENT, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applicantAudit' });
      cache.gc();
    },
  });
}
