/** The contract's enums, shared by the API (registered once as GraphQL enums) and the portal. */

export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  PARTNER_STAFF = 'PARTNER_STAFF',
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
  VIEWER = 'VIEWER',
}

export enum OrganizationKind {
  NGO = 'NGO',
  MICROFINANCE_PROGRAM = 'MICROFINANCE_PROGRAM',
  DEVELOPMENT_FUND = 'DEVELOPMENT_FUND',
  SME_AGENCY = 'SME_AGENCY',
  BANK = 'BANK',
  COOPERATIVE = 'COOPERATIVE',
  GOVERNMENT = 'GOVERNMENT',
  PRIVATE_COMPANY = 'PRIVATE_COMPANY',
  DONOR = 'DONOR',
}

export enum MemberRole {
  LEAD = 'LEAD',
  MEMBER = 'MEMBER',
  FUNDER = 'FUNDER',
  OBSERVER = 'OBSERVER',
}

export enum ApplicantCategory {
  UNIVERSITY_GRADUATE = 'UNIVERSITY_GRADUATE',
  INSTITUTE_GRADUATE = 'INSTITUTE_GRADUATE',
  DROPOUT = 'DROPOUT',
  WOMAN_HEAD_OF_HOUSEHOLD = 'WOMAN_HEAD_OF_HOUSEHOLD',
  PRODUCTIVE_FAMILY = 'PRODUCTIVE_FAMILY',
}

export enum ServiceKind {
  MICRO_LOAN = 'MICRO_LOAN',
  SMALL_LOAN = 'SMALL_LOAN',
  GRANT = 'GRANT',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  BUSINESS_TRAINING = 'BUSINESS_TRAINING',
  MENTORING = 'MENTORING',
  MARKETING_OUTLET = 'MARKETING_OUTLET',
  INCUBATION = 'INCUBATION',
}

export enum ProjectSize {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
}

export enum GuaranteeType {
  NONE = 'NONE',
  PERSONAL_GUARANTOR = 'PERSONAL_GUARANTOR',
  GROUP = 'GROUP',
  COLLATERAL = 'COLLATERAL',
}

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

export enum ReferralStatus {
  SENT = 'SENT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ACCEPTED = 'ACCEPTED',
  IN_SERVICE = 'IN_SERVICE',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

export enum RecommendationStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

export enum MeetingKind {
  PARTNERS_MEETING = 'PARTNERS_MEETING',
  COMMITTEE = 'COMMITTEE',
  WORKSHOP = 'WORKSHOP',
  CONFERENCE = 'CONFERENCE',
}

/** A committee that stays, or one formed for a task until its end date. */
export enum CommitteeKind {
  STANDING = 'STANDING',
  TEMPORARY = 'TEMPORARY',
}

export enum QuestionType {
  TEXT = 'TEXT',
  INTEGER = 'INTEGER',
  DECIMAL = 'DECIMAL',
  BOOLEAN = 'BOOLEAN',
  DATE = 'DATE',
  SELECT_ONE = 'SELECT_ONE',
  SELECT_MULTIPLE = 'SELECT_MULTIPLE',
  // XLSForm additions (issue 8): no answer of their own, a computed one, and containers.
  NOTE = 'NOTE',
  CALCULATE = 'CALCULATE',
  GROUP = 'GROUP',
  REPEAT = 'REPEAT',
}
