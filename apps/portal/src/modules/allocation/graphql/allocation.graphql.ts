import { graphql } from '../../../gql';

/** What the review shows at once: the counts, never the whole lists (they are paged below). */
export const ALLOCATION_PLAN_SUMMARY_FIELDS = graphql(`
  fragment AllocationPlanSummaryFields on AllocationPlan {
    id
    committed
    totalScore
    applicantCount
    assignedCount
    unassignedCount
  }
`);

export const PLAN_ALLOCATION = graphql(`
  mutation PlanAllocation($input: PlanAllocationInput!) {
    planAllocation(input: $input) {
      ...AllocationPlanSummaryFields
    }
  }
`);

export const ALLOCATION_PLAN_QUERY = graphql(`
  query AllocationPlan($id: ID!) {
    allocationPlan(id: $id) {
      ...AllocationPlanSummaryFields
    }
  }
`);

/** The plan's placements, a page at a time, in plan order (best fit first). */
export const ALLOCATION_ASSIGNMENTS_QUERY = graphql(`
  query AllocationAssignments($id: ID!, $first: Int, $after: String) {
    allocationPlan(id: $id) {
      id
      assignmentPage(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            score
            applicant {
              ...ApplicantCellFields
            }
            service {
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
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** The applicants the plan leaves out, with why, a page at a time. */
export const ALLOCATION_UNASSIGNED_QUERY = graphql(`
  query AllocationUnassigned($id: ID!, $first: Int, $after: String) {
    allocationPlan(id: $id) {
      id
      unassignedPage(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            reason
            message
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
