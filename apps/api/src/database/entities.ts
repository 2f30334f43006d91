import { ApplicantEntity } from '../modules/applicants/applicant.entity';
import { ConsortiumMemberEntity } from '../modules/consortia/consortium-member.entity';
import { ConsortiumEntity } from '../modules/consortia/consortium.entity';
import { BranchEntity } from '../modules/organizations/branch.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { ServiceEntity } from '../modules/services/service.entity';
import { UserEntity } from '../modules/users/user.entity';
import { ReferralEventEntity } from '../modules/referrals/referral-event.entity';
import { ReferralEntity } from '../modules/referrals/referral.entity';
import { AllocationPlanEntity } from '../modules/allocation/allocation-plan.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { ReferralDecisionsSeenEntity } from '../modules/referrals/referral-decisions-seen.entity';
import { QuestionnaireEntity } from '../modules/questionnaires/questionnaire.entity';
import { QuestionnaireAssignmentEntity } from '../modules/questionnaires/questionnaire-assignment.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { NotificationDispatchEntity } from '../modules/notifications/notification-dispatch.entity';
import { CommitteeEntity, CommitteeMemberEntity } from '../modules/meetings/committee.entity';
import { MeetingAttendeeEntity, MeetingEntity } from '../modules/meetings/meeting.entity';
import { RecommendationEntity, RecommendationNoteEntity, RecommendationOwnerEntity } from '../modules/meetings/recommendation.entity';
import { CalendarFeedEntity } from '../modules/meetings/calendar-feed.entity';

/** Every TypeORM entity; the drift test compares them with the migrations. */
export const ENTITIES = [
  UserEntity,
  OrganizationEntity,
  BranchEntity,
  ConsortiumEntity,
  ConsortiumMemberEntity,
  ServiceEntity,
  ApplicantEntity,
  ReferralEntity,
  ReferralEventEntity,
  AllocationPlanEntity,
  AuditEntryEntity,
  ReferralDecisionsSeenEntity,
  QuestionnaireEntity,
  QuestionnaireAssignmentEntity,
  NotificationEntity,
  NotificationDispatchEntity,
  CommitteeEntity,
  CommitteeMemberEntity,
  MeetingEntity,
  MeetingAttendeeEntity,
  RecommendationEntity,
  RecommendationOwnerEntity,
  RecommendationNoteEntity,
  CalendarFeedEntity,
];
