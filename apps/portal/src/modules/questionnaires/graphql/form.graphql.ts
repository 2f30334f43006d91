import { graphql } from '../../../gql';

// Operation and fragment names carry "Fill"/"Board" so that they never collide with the editor's documents.

/** Everything the form engine needs of a question (the model's FormQuestion). */
export const FILL_QUESTION_FIELDS = graphql(`
  fragment FillQuestionFields on Question {
    name
    type
    parent
    label {
      ar
      en
    }
    hint {
      ar
      en
    }
    required
    requiredIf
    requiredMessage {
      ar
      en
    }
    constraint
    constraintMessage {
      ar
      en
    }
    relevant
    calculation
    default
    readOnly
    choiceFilter
    repeatCount
    maxRepeats
    capability
    listName
    choices {
      name
      label {
        ar
        en
      }
      filters
    }
  }
`);

/** An assignment as its page shows it: the exact questionnaire version it was given, and where it stands. */
export const FILL_ASSIGNMENT_FIELDS = graphql(`
  fragment FillAssignmentFields on QuestionnaireAssignment {
    id
    status
    revision
    dueOn
    overdue
    submittedAt
    lastSavedAt
    reopenedAt
    reopenReason
    appliedAt
    answers {
      question
      value
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

export const FILL_ASSIGNMENT_QUERY = graphql(`
  query FillAssignment($id: ID!) {
    questionnaireAssignment(id: $id) {
      ...FillAssignmentFields
      questionnaire {
        id
        version
        published
        formId
        defaultLanguage
        title {
          ar
          en
        }
        consortium {
          id
          timeZone
        }
        questions {
          ...FillQuestionFields
        }
      }
    }
  }
`);

export const FILL_SAVE_ANSWERS = graphql(`
  mutation FillSaveAnswers($input: SaveQuestionnaireAnswersInput!) {
    saveQuestionnaireAnswers(input: $input) {
      ...FillAssignmentFields
    }
  }
`);

export const FILL_SUBMIT = graphql(`
  mutation FillSubmit($assignmentId: ID!) {
    submitQuestionnaireResponse(assignmentId: $assignmentId) {
      ...FillAssignmentFields
    }
  }
`);

/** The partner's home card: their organisation's assignments (the API lists only those for partner staff). */
export const FILL_MY_ASSIGNMENTS_QUERY = graphql(`
  query FillMyAssignments($first: Int) {
    questionnaireAssignments(first: $first) {
      totalCount
      edges {
        node {
          id
          status
          dueOn
          overdue
          reopenedAt
          questionnaire {
            id
            version
            title {
              ar
              en
            }
          }
        }
      }
    }
  }
`);
