import { graphql } from '../../../gql';

export const ORGANIZATION_SUMMARY_FIELDS = graphql(`
  fragment OrganizationSummaryFields on Organization {
    id
    name {
      ar
      en
    }
    kind
    governorates
    branches {
      governorate
    }
  }
`);

export const ORGANIZATIONS_QUERY = graphql(`
  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...OrganizationSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Light list for pickers (lead organisation, new member, service filter). */
export const ORGANIZATION_OPTIONS_QUERY = graphql(`
  query OrganizationOptions($filter: OrganizationFilter, $first: Int) {
    organizations(filter: $filter, first: $first) {
      edges {
        cursor
        node {
          id
          name {
            ar
            en
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

export const ORGANIZATION_DETAIL_FIELDS = graphql(`
  fragment OrganizationDetailFields on Organization {
    id
    name {
      ar
      en
    }
    kind
    governorates
    branches {
      name {
        ar
        en
      }
      governorate
      district
    }
  }
`);

export const ORGANIZATION_QUERY = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrganizationDetailFields
      services {
        ...ServiceFields
      }
      consortia {
        id
        name {
          ar
          en
        }
        country
      }
    }
  }
`);

export const CREATE_ORGANIZATION = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...OrganizationDetailFields
    }
  }
`);

export const UPDATE_ORGANIZATION = graphql(`
  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      ...OrganizationDetailFields
    }
  }
`);
