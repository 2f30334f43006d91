import { graphql } from '../../../gql';

export const COMMITTEE_SUMMARY_FIELDS = graphql(`
  fragment CommitteeSummaryFields on Committee {
    id
    name {
      ar
      en
    }
    kind
    startsOn
    endsOn
    active
    consortium {
      id
      name {
        ar
        en
      }
    }
  }
`);

export const COMMITTEE_FIELDS = graphql(`
  fragment CommitteeFields on Committee {
    ...CommitteeSummaryFields
    mandate {
      ar
      en
    }
    members {
      name
      title
      organization {
        id
        name {
          ar
          en
        }
      }
      user {
        id
        displayName
      }
    }
    version
    canManage
  }
`);

export const COMMITTEES_QUERY = graphql(`
  query Committees($filter: CommitteeFilter, $first: Int, $after: String) {
    committees(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...CommitteeSummaryFields
          members {
            name
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

export const COMMITTEE_QUERY = graphql(`
  query Committee($id: ID!) {
    committee(id: $id) {
      ...CommitteeFields
      meetings {
        ...MeetingSummaryFields
      }
      recommendations {
        ...RecommendationRefFields
      }
    }
  }
`);

export const CREATE_COMMITTEE = graphql(`
  mutation CreateCommittee($input: CreateCommitteeInput!) {
    createCommittee(input: $input) {
      ...CommitteeFields
    }
  }
`);

export const UPDATE_COMMITTEE = graphql(`
  mutation UpdateCommittee($id: ID!, $input: UpdateCommitteeInput!) {
    updateCommittee(id: $id, input: $input) {
      ...CommitteeFields
    }
  }
`);
