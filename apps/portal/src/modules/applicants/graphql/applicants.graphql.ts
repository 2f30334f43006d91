import { graphql } from '../../../gql';

/** What a list row needs. */
export const APPLICANT_SUMMARY_FIELDS = graphql(`
  fragment ApplicantSummaryFields on Applicant {
    id
    fullName
    category
    gender
    governorate
    district
    needs
    createdAt
  }
`);

/** What a partner is shown about an applicant (the referral page), and the coordinator too. */
export const APPLICANT_PROFILE_FIELDS = graphql(`
  fragment ApplicantProfileFields on Applicant {
    id
    fullName
    category
    gender
    birthDate
    governorate
    district
    phone
    projectSize
    sector
    requestedAmount {
      amount
      currency
    }
    needs
    guaranteeOffered
  }
`);

/**
 * One page. The total is asked for with the first page only (`withCount`, default true): next pages pass
 * `withCount: false`, the cache keeps the first page's total (relayStylePagination merges the extras), and
 * the API does not count again what it already counted (over a million rows at a national programme's volume).
 */
export const APPLICANTS_QUERY = graphql(`
  query Applicants($filter: ApplicantFilter, $first: Int, $after: String, $withCount: Boolean! = true) {
    applicants(filter: $filter, first: $first, after: $after) {
      totalCount @include(if: $withCount)
      edges {
        cursor
        node {
          ...ApplicantSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const APPLICANT_QUERY = graphql(`
  query Applicant($id: ID!) {
    applicant(id: $id) {
      ...ApplicantProfileFields
      nationalIdLastDigits
      consentGivenAt
      consentWithdrawnAt
      consentWithdrawalReason
      consortiumId
      version
      createdAt
      referrals {
        ...ReferralSummaryFields
      }
    }
  }
`);

/** Who saw and changed the applicant and their referrals (the registering coordinator and ADMIN). */
export const APPLICANT_AUDIT_QUERY = graphql(`
  query ApplicantAudit($applicantId: ID!, $first: Int) {
    applicantAudit(applicantId: $applicantId, first: $first) {
      totalCount
      edges {
        node {
          id
          at
          action
          recordType
          user {
            id
            displayName
            role
          }
          changes {
            field
          }
        }
      }
    }
  }
`);

export const REGISTER_APPLICANT = graphql(`
  mutation RegisterApplicant($input: RegisterApplicantInput!) {
    registerApplicant(input: $input) {
      ...ApplicantSummaryFields
    }
  }
`);

export const UPDATE_APPLICANT = graphql(`
  mutation UpdateApplicant($input: UpdateApplicantInput!) {
    updateApplicant(input: $input) {
      ...ApplicantProfileFields
      nationalIdLastDigits
      version
    }
  }
`);

export const WITHDRAW_APPLICANT_CONSENT = graphql(`
  mutation WithdrawApplicantConsent($input: WithdrawApplicantConsentInput!) {
    withdrawApplicantConsent(input: $input) {
      id
      consentWithdrawnAt
      consentWithdrawalReason
      version
    }
  }
`);

/** Registered applicants (that the coordinator may see) who look like the one being typed. */
export const APPLICANT_DUPLICATES_QUERY = graphql(`
  query ApplicantDuplicates($input: ApplicantDuplicatesInput!) {
    applicantDuplicates(input: $input) {
      reasons
      applicant {
        id
        fullName
        birthDate
        district
        phone
      }
    }
  }
`);

export const MATCH_SERVICES_QUERY = graphql(`
  query MatchServices($applicantId: ID!, $first: Int, $includeIneligible: Boolean) {
    matchServices(applicantId: $applicantId, first: $first, includeIneligible: $includeIneligible) {
      score
      eligible
      meetsNeeds
      reasons {
        code
        message
        contribution
      }
      service {
        id
        name {
          ar
          en
        }
        kind
        capacity
        capacityUsed
        decisionDays
        organization {
          id
          name {
            ar
            en
          }
        }
      }
    }
  }
`);
