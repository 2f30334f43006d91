import { graphql } from '../../../gql';

export const BOARD_QUERY = graphql(`
  query BoardCompletion($questionnaireId: ID!) {
    questionnaire(id: $questionnaireId) {
      id
      version
      published
      title {
        ar
        en
      }
    }
    questionnaireCompletion(questionnaireId: $questionnaireId) {
      assigned
      submitted
      drafts
      pending {
        id
        name {
          ar
          en
        }
      }
      overdue {
        id
        name {
          ar
          en
        }
      }
      assignments {
        id
        status
        dueOn
        overdue
        submittedAt
        lastSavedAt
        reopenedAt
        appliedAt
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

export const BOARD_REMIND = graphql(`
  mutation BoardRemind($questionnaireId: ID!) {
    remindQuestionnaireAssignees(questionnaireId: $questionnaireId)
  }
`);
