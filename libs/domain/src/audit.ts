/** What an audit entry records. */
export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  /** Partner staff were shown an applicant's personal data. */
  READ_PERSONAL_DATA = 'READ_PERSONAL_DATA',
  /** A registration was refused because the national id (or phone and birth date) is already registered. */
  DUPLICATE_PROBE = 'DUPLICATE_PROBE',
}

/** The kind of record an audit entry is about. */
export enum AuditRecordType {
  USER = 'USER',
  ORGANIZATION = 'ORGANIZATION',
  SERVICE = 'SERVICE',
  CONSORTIUM = 'CONSORTIUM',
  CONSORTIUM_MEMBER = 'CONSORTIUM_MEMBER',
  APPLICANT = 'APPLICANT',
  REFERRAL = 'REFERRAL',
  ALLOCATION_PLAN = 'ALLOCATION_PLAN',
  QUESTIONNAIRE = 'QUESTIONNAIRE',
  QUESTIONNAIRE_ASSIGNMENT = 'QUESTIONNAIRE_ASSIGNMENT',
  MEETING = 'MEETING',
  COMMITTEE = 'COMMITTEE',
  RECOMMENDATION = 'RECOMMENDATION',
}
