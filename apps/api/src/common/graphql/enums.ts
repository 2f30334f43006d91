import { registerEnumType } from '@nestjs/graphql';
import {
  ApplicantCategory,
  AuditAction,
  AuditRecordType,
  CommitteeKind,
  Gender,
  GuaranteeType,
  MeetingKind,
  MemberRole,
  OrganizationKind,
  ProjectSize,
  QuestionType,
  RecommendationStatus,
  ReferralStatus,
  Role,
  ServiceKind,
} from '@shuraka/domain';

/** The contract's enums, registered once from libs/domain. */
const ENUMS: Array<[object, string, string]> = [
  [Role, 'Role', 'What a user may do'],
  [OrganizationKind, 'OrganizationKind', 'What kind of body a partner is'],
  [MemberRole, 'MemberRole', "An organisation's role in a consortium; LEAD is the supportive organisation"],
  [ApplicantCategory, 'ApplicantCategory', 'Groups of applicants the consortium serves'],
  [ServiceKind, 'ServiceKind', 'What a service offers'],
  [ProjectSize, 'ProjectSize', 'Micro (متناهي الصغر) or small (صغير) project'],
  [GuaranteeType, 'GuaranteeType', 'Guarantee a lender requires or an applicant can offer'],
  [Gender, 'Gender', 'Gender'],
  [ReferralStatus, 'ReferralStatus', 'Where a referral stands in its lifecycle'],
  [RecommendationStatus, 'RecommendationStatus', 'Progress of a meeting recommendation'],
  [MeetingKind, 'MeetingKind', 'Kind of meeting'],
  [CommitteeKind, 'CommitteeKind', 'STANDING: a lasting committee; TEMPORARY: formed for a task until its end date'],
  [QuestionType, 'QuestionType', 'Answer type of a questionnaire question'],
  [AuditAction, 'AuditAction', 'What an audit entry records'],
  [AuditRecordType, 'AuditRecordType', 'The kind of record an audit entry is about'],
];

for (const [enumRef, name, description] of ENUMS) registerEnumType(enumRef, { name, description });
