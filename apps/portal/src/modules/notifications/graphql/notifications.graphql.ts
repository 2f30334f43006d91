import { graphql } from '../../../gql';

export const NOTIFICATION_FIELDS = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title {
      ar
      en
    }
    body {
      ar
      en
    }
    link
    createdAt
    readAt
  }
`);

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);
