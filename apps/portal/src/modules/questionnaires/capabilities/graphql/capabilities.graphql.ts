import { graphql } from '../../../../gql';

export const CAPABILITY_DIFFERENCE_QUERY = graphql(`
  query CapabilityDifference($assignmentId: ID!) {
    capabilityDifference(assignmentId: $assignmentId) {
      fingerprint
      warnings {
        ar
        en
      }
      assignment {
        id
        status
        submittedAt
        appliedAt
        organization {
          id
          name {
            ar
            en
          }
        }
        questionnaire {
          id
          version
          title {
            ar
            en
          }
        }
      }
      changes {
        action
        entry
        name {
          ar
          en
        }
        service {
          ...ServiceFields
        }
        fields {
          field
          before
          after
        }
      }
    }
  }
`);

export const APPLY_CAPABILITY_DIFFERENCE = graphql(`
  mutation ApplyCapabilityDifference($input: ApplyCapabilityDifferenceInput!) {
    applyCapabilityDifference(input: $input) {
      id
    }
  }
`);
