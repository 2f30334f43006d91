import { graphql } from '../../../../gql';

/** Everything the editor round-trips: what it reads is what it sends back. */
export const EDITOR_QUESTION_FIELDS = graphql(`
  fragment EditorQuestionFields on Question {
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
    relevant
    constraint
    constraintMessage {
      ar
      en
    }
    calculation
    default
    readOnly
    choices {
      name
      label {
        ar
        en
      }
      filters
    }
    listName
    choiceFilter
    repeatCount
    maxRepeats
    capability
  }
`);

export const EDITOR_QUESTIONNAIRE_FIELDS = graphql(`
  fragment EditorQuestionnaireFields on Questionnaire {
    id
    familyId
    version
    latestVersion
    published
    publishedAt
    createdAt
    formId
    defaultLanguage
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
      members {
        role
        organization {
          id
          name {
            ar
            en
          }
        }
      }
    }
    questions {
      ...EditorQuestionFields
    }
  }
`);

export const EDITOR_QUESTIONNAIRE_QUERY = graphql(`
  query EditorQuestionnaire($id: ID!) {
    questionnaire(id: $id) {
      ...EditorQuestionnaireFields
    }
  }
`);

export const QUESTIONNAIRE_VERSIONS_QUERY = graphql(`
  query QuestionnaireVersions($familyId: ID!) {
    questionnaires(filter: { familyId: $familyId }, first: 100) {
      edges {
        node {
          id
          version
          published
          publishedAt
          createdAt
        }
      }
    }
  }
`);

export const CREATE_QUESTIONNAIRE = graphql(`
  mutation CreateQuestionnaire($input: CreateQuestionnaireInput!) {
    createQuestionnaire(input: $input) {
      ...EditorQuestionnaireFields
    }
  }
`);

export const UPDATE_QUESTIONNAIRE = graphql(`
  mutation UpdateQuestionnaire($input: UpdateQuestionnaireInput!) {
    updateQuestionnaire(input: $input) {
      ...EditorQuestionnaireFields
    }
  }
`);

export const PUBLISH_QUESTIONNAIRE = graphql(`
  mutation PublishQuestionnaire($id: ID!) {
    publishQuestionnaire(id: $id) {
      ...EditorQuestionnaireFields
    }
  }
`);

export const CREATE_QUESTIONNAIRE_VERSION = graphql(`
  mutation CreateQuestionnaireVersion($id: ID!) {
    createQuestionnaireVersion(id: $id) {
      ...EditorQuestionnaireFields
    }
  }
`);

export const ASSIGN_QUESTIONNAIRE = graphql(`
  mutation AssignQuestionnaire($input: AssignQuestionnaireInput!) {
    assignQuestionnaire(input: $input) {
      id
      dueOn
      organization {
        id
      }
    }
  }
`);
