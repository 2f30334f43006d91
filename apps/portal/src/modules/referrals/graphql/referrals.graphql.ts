import { graphql } from '../../../gql';

/** A referral in a list: who, to what, where it stands. */
export const REFERRAL_SUMMARY_FIELDS = graphql(`
  fragment ReferralSummaryFields on Referral {
    id
    status
    version
    createdAt
    updatedAt
    declineReason
    history {
      to
      reason
    }
    service {
      id
      name {
        ar
        en
      }
      kind
    }
    organization {
      id
      name {
        ar
        en
      }
    }
  }
`);

/**
 * One page. The total is asked for with the first page only (`withCount`, default true): next pages pass
 * `withCount: false`, the cache keeps the first page's total (relayStylePagination merges the extras), and
 * the API does not count again what it already counted (over a million rows at a national programme's volume).
 */
export const REFERRALS_QUERY = graphql(`
  query Referrals($filter: ReferralFilter, $first: Int, $after: String, $withCount: Boolean! = true) {
    referrals(filter: $filter, first: $first, after: $after) {
      totalCount @include(if: $withCount)
      edges {
        cursor
        node {
          ...ReferralSummaryFields
          applicant {
            ...ApplicantCellFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const REFERRAL_STATUS_COUNTS_QUERY = graphql(`
  query ReferralStatusCounts($filter: ReferralFilter) {
    referralStatusCounts(filter: $filter) {
      key
      count
    }
  }
`);

/** Everything the referral page shows; mutations answer with it so the page updates in place. */
export const REFERRAL_DETAIL_FIELDS = graphql(`
  fragment ReferralDetailFields on Referral {
    ...ReferralSummaryFields
    note
    decidedAt
    declineReason
    amountDisbursed {
      amount
      currency
    }
    jobsCreated
    trainingCompleted
    referredBy {
      id
      displayName
    }
    history {
      from
      to
      at
      reason
      declineReason
      by {
        id
        displayName
      }
    }
  }
`);

export const REFERRAL_QUERY = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralDetailFields
      applicant {
        ...ApplicantProfileFields
      }
    }
  }
`);

export const CREATE_REFERRAL = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      ...ReferralSummaryFields
    }
  }
`);

export const TRANSITION_REFERRAL = graphql(`
  mutation TransitionReferral($input: TransitionReferralInput!) {
    transitionReferral(input: $input) {
      ...ReferralDetailFields
    }
  }
`);

export const RECORD_REFERRAL_OUTCOME = graphql(`
  mutation RecordReferralOutcome($input: RecordReferralOutcomeInput!) {
    recordReferralOutcome(input: $input) {
      ...ReferralDetailFields
    }
  }
`);

export const REFERRAL_DECISIONS_UNREAD = graphql(`
  query ReferralDecisionsUnread {
    referralDecisionsUnread
  }
`);

export const MARK_REFERRAL_DECISIONS_SEEN = graphql(`
  mutation MarkReferralDecisionsSeen {
    markReferralDecisionsSeen
  }
`);
