import { graphql } from '../../../gql';

export const SERVICE_FIELDS = graphql(`
  fragment ServiceFields on Service {
    id
    name {
      ar
      en
    }
    description {
      ar
      en
    }
    kind
    categories
    governorates
    projectSizes
    gender
    minAge
    maxAge
    minAmount {
      amount
      currency
    }
    maxAmount {
      amount
      currency
    }
    guaranteeRequired
    capacity
    capacityUsed
    decisionDays
  }
`);

export const SERVICES_QUERY = graphql(`
  query Services($filter: ServiceFilter, $first: Int, $after: String) {
    services(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ServiceFields
          organization {
            id
            name {
              ar
              en
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

export const CREATE_SERVICE = graphql(`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      ...ServiceFields
      organization {
        id
      }
    }
  }
`);

export const UPDATE_SERVICE = graphql(`
  mutation UpdateService($id: ID!, $input: UpdateServiceInput!) {
    updateService(id: $id, input: $input) {
      ...ServiceFields
    }
  }
`);
