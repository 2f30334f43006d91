import { graphql } from '../../../gql';

export const CONSORTIUM_FIELDS = graphql(`
  fragment ConsortiumFields on Consortium {
    id
    name {
      ar
      en
    }
    country
    purpose {
      ar
      en
    }
    members {
      role
      organization {
        id
        name {
          ar
          en
        }
        kind
        governorates
      }
    }
  }
`);

export const CONSORTIA_QUERY = graphql(`
  query Consortia($first: Int, $after: String) {
    consortia(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ConsortiumFields
          defaultCallingCode
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CONSORTIUM_QUERY = graphql(`
  query Consortium($id: ID!) {
    consortium(id: $id) {
      ...ConsortiumFields
    }
  }
`);

export const CREATE_CONSORTIUM = graphql(`
  mutation CreateConsortium($input: CreateConsortiumInput!) {
    createConsortium(input: $input) {
      ...ConsortiumFields
    }
  }
`);

export const UPDATE_CONSORTIUM = graphql(`
  mutation UpdateConsortium($id: ID!, $input: UpdateConsortiumInput!) {
    updateConsortium(id: $id, input: $input) {
      ...ConsortiumFields
    }
  }
`);

export const ADD_CONSORTIUM_MEMBER = graphql(`
  mutation AddConsortiumMember($input: AddConsortiumMemberInput!) {
    addConsortiumMember(input: $input) {
      ...ConsortiumFields
    }
  }
`);

export const REMOVE_CONSORTIUM_MEMBER = graphql(`
  mutation RemoveConsortiumMember($input: RemoveConsortiumMemberInput!) {
    removeConsortiumMember(input: $input) {
      ...ConsortiumFields
    }
  }
`);
