import { graphql } from '../../../gql';

export const MEETING_SUMMARY_FIELDS = graphql(`
  fragment MeetingSummaryFields on Meeting {
    id
    kind
    title {
      ar
      en
    }
    heldOn
    startsAt
    endsAt
    location
    consortium {
      id
      name {
        ar
        en
      }
    }
    committee {
      id
      name {
        ar
        en
      }
    }
    recommendations {
      id
      status
      overdue
    }
  }
`);

export const ATTENDEE_FIELDS = graphql(`
  fragment AttendeeFields on Attendee {
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
`);

/** A recommendation named from elsewhere (a follow-up, a link, a committee page): number, text, state, its meeting. */
export const RECOMMENDATION_REF_FIELDS = graphql(`
  fragment RecommendationRefFields on Recommendation {
    id
    number
    status
    overdue
    dueOn
    text {
      ar
      en
    }
    meeting {
      id
      title {
        ar
        en
      }
    }
  }
`);

export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on Meeting {
    ...MeetingSummaryFields
    consortium {
      id
      timeZone
    }
    attendees {
      ...AttendeeFields
    }
    agenda
    minutes
    decisions
    version
    canManage
    createdAt
    updatedAt
    followUpOf {
      ...RecommendationRefFields
    }
    relatedRecommendations {
      ...RecommendationRefFields
    }
  }
`);

export const MEETINGS_QUERY = graphql(`
  query Meetings($filter: MeetingFilter, $first: Int, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...MeetingSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Due dates for the month calendar; the page keeps those the user manages or reports on (as the calendar feed does). */
export const CALENDAR_RECOMMENDATIONS_QUERY = graphql(`
  query CalendarRecommendations($filter: RecommendationFilter, $first: Int, $after: String) {
    recommendations(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          number
          dueOn
          status
          overdue
          canManage
          canReport
          text {
            ar
            en
          }
          meeting {
            id
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

export const MEETING_QUERY = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

/** Everything the print view shows, recommendations with their owners included. */
export const MEETING_PRINT_QUERY = graphql(`
  query MeetingPrint($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
      recommendations {
        id
        number
        text {
          ar
          en
        }
        dueOn
        status
        overdue
        owners {
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

export const MEETING_ICS_QUERY = graphql(`
  query MeetingIcs($id: ID!) {
    meeting(id: $id) {
      id
      ics {
        base64
        contentType
        fileName
      }
    }
  }
`);

/** The recommendation a follow-up meeting is created from (prefills the form). */
export const FOLLOW_UP_SOURCE_QUERY = graphql(`
  query FollowUpSource($id: ID!) {
    recommendation(id: $id) {
      id
      number
      text {
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
      meeting {
        id
        kind
        committee {
          id
        }
        title {
          ar
          en
        }
      }
    }
  }
`);

export const CREATE_MEETING = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      ...MeetingFields
    }
  }
`);

export const UPDATE_MEETING = graphql(`
  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      ...MeetingFields
    }
  }
`);
