import { graphql } from '../../../gql';

/** A recommendation in a list: its number and meeting, owners, due date and where it stands. */
export const RECOMMENDATION_SUMMARY_FIELDS = graphql(`
  fragment RecommendationSummaryFields on Recommendation {
    id
    number
    text {
      ar
      en
    }
    status
    overdue
    dueOn
    percent
    version
    owners {
      id
      name {
        ar
        en
      }
    }
    meeting {
      id
      heldOn
      title {
        ar
        en
      }
    }
  }
`);

/** The meeting page's part: its recommendations, who may add them, and the consortium's members to pick owners from. */
export const MEETING_RECOMMENDATIONS_QUERY = graphql(`
  query MeetingRecommendations($id: ID!) {
    meeting(id: $id) {
      id
      canManage
      consortium {
        id
        members {
          organization {
            id
            name {
              ar
              en
            }
          }
        }
      }
      recommendations {
        ...RecommendationSummaryFields
        canReport
      }
    }
  }
`);

export const MEETING_PROGRESS_TEMPLATE = graphql(`
  query MeetingProgressTemplate($id: ID!, $format: ExportFormat!) {
    meeting(id: $id) {
      id
      progressTemplate(format: $format) {
        fileName
        contentType
        base64
      }
    }
  }
`);

export const RECOMMENDATIONS_QUERY = graphql(`
  query Recommendations($filter: RecommendationFilter, $first: Int, $after: String) {
    recommendations(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...RecommendationSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Everything the recommendation page shows; mutations answer with it so the page updates in place. */
export const RECOMMENDATION_DETAIL_FIELDS = graphql(`
  fragment RecommendationDetailFields on Recommendation {
    ...RecommendationSummaryFields
    statusReason
    createdAt
    updatedAt
    closedAt
    canManage
    canReport
    consortium {
      id
      name {
        ar
        en
      }
      members {
        organization {
          id
          name {
            ar
            en
          }
        }
      }
    }
    aboutQuestionnaire {
      id
      title {
        ar
        en
      }
    }
    aboutMeeting {
      id
      heldOn
      title {
        ar
        en
      }
    }
    aboutCommittee {
      id
      name {
        ar
        en
      }
    }
    aboutService {
      id
      name {
        ar
        en
      }
      organization {
        id
      }
    }
    progress {
      id
      at
      note
      percent
      statusFrom
      statusTo
      by {
        id
        displayName
      }
    }
  }
`);

export const RECOMMENDATION_QUERY = graphql(`
  query Recommendation($id: ID!) {
    recommendation(id: $id) {
      ...RecommendationDetailFields
    }
  }
`);

export const ADD_RECOMMENDATION = graphql(`
  mutation AddRecommendation($input: AddRecommendationInput!) {
    addRecommendation(input: $input) {
      ...RecommendationSummaryFields
      canReport
    }
  }
`);

export const UPDATE_RECOMMENDATION = graphql(`
  mutation UpdateRecommendation($id: ID!, $input: UpdateRecommendationInput!) {
    updateRecommendation(id: $id, input: $input) {
      ...RecommendationDetailFields
    }
  }
`);

export const IMPORT_RECOMMENDATION_UPDATES = graphql(`
  mutation ImportRecommendationUpdates($input: ImportRecommendationUpdatesInput!) {
    importRecommendationUpdates(input: $input) {
      updated
      recommendations {
        ...RecommendationSummaryFields
        canReport
      }
    }
  }
`);

/** What a recommendation may point at, within its consortium (loaded when the links part of the form is opened). */
export const RECOMMENDATION_LINK_OPTIONS = graphql(`
  query RecommendationLinkOptions($consortiumId: ID!) {
    questionnaires(filter: { consortiumId: $consortiumId }, first: 100) {
      edges {
        node {
          id
          familyId
          version
          title {
            ar
            en
          }
        }
      }
    }
    meetings(filter: { consortiumId: $consortiumId }, first: 100) {
      edges {
        node {
          id
          heldOn
          title {
            ar
            en
          }
        }
      }
    }
    committees(filter: { consortiumId: $consortiumId }, first: 100) {
      edges {
        node {
          id
          name {
            ar
            en
          }
        }
      }
    }
    services(first: 100) {
      edges {
        node {
          id
          name {
            ar
            en
          }
          organization {
            id
          }
        }
      }
    }
  }
`);

/** The board's filter choices: the consortia the reader sees, and the meetings (of the chosen consortium). */
export const RECOMMENDATION_FILTER_OPTIONS = graphql(`
  query RecommendationFilterOptions($meetingFilter: MeetingFilter) {
    consortia(first: 100) {
      edges {
        node {
          id
          name {
            ar
            en
          }
        }
      }
    }
    meetings(filter: $meetingFilter, first: 100) {
      edges {
        node {
          id
          heldOn
          title {
            ar
            en
          }
        }
      }
    }
  }
`);

/** Linked records show their recommendations back: a questionnaire's (only the ones the reader may see). */
export const QUESTIONNAIRE_RECOMMENDATIONS_QUERY = graphql(`
  query QuestionnaireRecommendations($id: ID!) {
    questionnaire(id: $id) {
      id
      recommendations {
        ...RecommendationSummaryFields
      }
    }
  }
`);
