import { graphql } from '../../../gql';

export const ALLOCATION_PLAN_FIELDS = graphql(`
  fragment AllocationPlanFields on AllocationPlan {
    id
    committed
    totalScore
    assignments {
      score
      applicant {
        id
        fullName
        category
        governorate
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
        organization {
          id
          name {
            ar
            en
          }
        }
      }
    }
    unassignedReasons {
      reason
      message
      applicant {
        id
        fullName
        category
        governorate
      }
    }
  }
`);

export const PLAN_ALLOCATION = graphql(`
  mutation PlanAllocation($input: PlanAllocationInput!) {
    planAllocation(input: $input) {
      ...AllocationPlanFields
    }
  }
`);

export const ALLOCATION_PLAN_QUERY = graphql(`
  query AllocationPlan($id: ID!) {
    allocationPlan(id: $id) {
      ...AllocationPlanFields
    }
  }
`);

export const COMMIT_ALLOCATION = graphql(`
  mutation CommitAllocation($planId: ID!) {
    commitAllocation(planId: $planId) {
      ...ReferralSummaryFields
      applicant {
        id
        fullName
      }
    }
  }
`);

/** Services a cohort may be restricted to (one page of the maximum size). */
export const SERVICE_OPTIONS_QUERY = graphql(`
  query ServiceOptions($first: Int) {
    services(first: $first) {
      edges {
        cursor
        node {
          id
          name {
            ar
            en
          }
          kind
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
  }
`);

/** The cohort picker: applicants with their open referrals (a second service of a kind is not planned). */
export const ALLOCATION_APPLICANTS_QUERY = graphql(`
  query AllocationApplicants($filter: ApplicantFilter, $first: Int, $after: String) {
    applicants(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ApplicantSummaryFields
          openReferrals {
            id
            status
            service {
              id
              kind
            }
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
