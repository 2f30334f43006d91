export const notifications = {
  bell: {
    none: 'Notifications',
    unread: 'Notifications, unread: {{count}}',
  },
  page: {
    title: 'Notifications',
    unreadCount: 'Unread: {{count}}',
    allRead: 'You have read everything.',
    markAllRead: 'Mark all as read',
    show: 'Show',
    showAll: 'All',
    showUnread: 'Unread',
    empty: 'No notifications yet.',
    emptyUnread: 'Nothing unread.',
    emptyHint: 'Reminders about questionnaires and other news for you appear here.',
  },
  item: {
    new: 'New',
    markRead: 'Mark as read',
    open: 'Open',
  },
  kinds: {
    QUESTIONNAIRE_ASSIGNED: 'New questionnaire',
    QUESTIONNAIRE_DUE_SOON: 'Due soon',
    QUESTIONNAIRE_OVERDUE: 'Overdue',
    QUESTIONNAIRE_REMINDER: 'Reminder',
    QUESTIONNAIRE_REOPENED: 'Reopened',
    RECOMMENDATION_ASSIGNED: 'New recommendation',
    RECOMMENDATION_DUE_SOON: 'Recommendation due soon',
    RECOMMENDATION_OVERDUE: 'Recommendation overdue',
    OTHER: 'Notice',
  },
};
