import { graphql } from '../../../gql';

export const CALENDAR_FEED_QUERY = graphql(`
  query CalendarFeedStatus {
    calendarFeed {
      createdAt
      lastUsedAt
    }
  }
`);

export const CREATE_CALENDAR_FEED = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      createdAt
    }
  }
`);

export const REVOKE_CALENDAR_FEED = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
