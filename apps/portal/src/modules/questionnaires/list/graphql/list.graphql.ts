import { graphql } from '../../../../gql';

export const QUESTIONNAIRE_LIST_QUERY = graphql(`
  query QuestionnaireList($first: Int, $after: String) {
    questionnaires(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          familyId
          version
          latestVersion
          published
          createdAt
          title {
            ar
            en
          }
          consortium {
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

export const MY_ASSIGNMENTS_QUERY = graphql(`
  query MyQuestionnaireAssignments($organizationId: ID!, $first: Int, $after: String) {
    questionnaireAssignments(filter: { organizationId: $organizationId }, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          dueOn
          status
          overdue
          submittedAt
          questionnaire {
            id
            version
            title {
              ar
              en
            }
            consortium {
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
`);
