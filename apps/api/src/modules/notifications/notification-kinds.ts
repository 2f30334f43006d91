/** The `kind` of each notification Shuraka sends; the portal translates and decorates by kind. */
export const NotificationKind = {
  QUESTIONNAIRE_ASSIGNED: 'QUESTIONNAIRE_ASSIGNED',
  QUESTIONNAIRE_DUE_SOON: 'QUESTIONNAIRE_DUE_SOON',
  QUESTIONNAIRE_OVERDUE: 'QUESTIONNAIRE_OVERDUE',
  QUESTIONNAIRE_REMINDER: 'QUESTIONNAIRE_REMINDER',
  QUESTIONNAIRE_REOPENED: 'QUESTIONNAIRE_REOPENED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
