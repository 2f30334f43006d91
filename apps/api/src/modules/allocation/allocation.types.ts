import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/pagination';
import { ApplicantType } from '../applicants/applicant.type';
import { ServiceType } from '../services/service.type';

@ObjectType('Allocation', { description: 'One applicant placed with one service' })
export class AllocationType {
  applicantId: string;
  serviceId: string;

  @Field(() => ApplicantType)
  applicant?: ApplicantType;

  @Field(() => ServiceType)
  service?: ServiceType;

  @Field(() => Float)
  score: number;
}

@ObjectType('UnassignedApplicant', { description: 'An applicant the plan could not place, and why' })
export class UnassignedApplicantType {
  applicantId: string;

  @Field(() => ApplicantType)
  applicant?: ApplicantType;

  @Field({ description: 'NO_ELIGIBLE_SERVICE (no service fits, or none has places) CAPACITY (places went to better-fitting applicants) or OPEN_REFERRAL_OF_KIND (only services of a kind they have an open referral of)' })
  reason: string;

  @Field({ description: "In the request's language" })
  message: string;
}

@ObjectType('AllocationPlan', { description: 'A cohort spread over services, maximising the total score; commit it to send the referrals' })
export class AllocationPlanType {
  @Field(() => ID)
  id: string;

  @Field(() => [AllocationType], { description: 'Every assignment, in plan order (score descending); for big plans page through assignmentPage' })
  assignments?: AllocationType[];

  @Field(() => [ApplicantType], { description: 'Applicants left without a service (see unassignedReasons for why)' })
  unassigned?: ApplicantType[];

  @Field(() => [UnassignedApplicantType])
  unassignedReasons?: UnassignedApplicantType[];

  @Field(() => Float, { description: 'Sum of the assignments’ scores (the largest possible)' })
  totalScore: number;

  @Field({ description: 'Whether the plan was committed into referrals' })
  committed: boolean;

  @Field(() => Int, { description: 'Applicants in the cohort' })
  applicantCount: number;

  @Field(() => Int, { description: 'Applicants the plan places' })
  assignedCount: number;

  @Field(() => Int, { description: 'Applicants the plan leaves without a service' })
  unassignedCount: number;
}

export const AllocationConnection = Connection(AllocationType, 'Allocation');
export const UnassignedApplicantConnection = Connection(UnassignedApplicantType, 'UnassignedApplicant');
