import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText, Money } from '../../common/graphql/common.types';
import { DateScalar } from '../../common/graphql/scalars';
import { CountByKey } from '../referrals/referral.type';

/** The dashboard's tables, one per breakdown, each exportable. */
export enum DashboardTable {
  STATUS = 'STATUS',
  CATEGORY = 'CATEGORY',
  GOVERNORATE = 'GOVERNORATE',
  PARTNER = 'PARTNER',
  MONTH = 'MONTH',
}
registerEnumType(DashboardTable, {
  name: 'DashboardTable',
  description: 'STATUS and CATEGORY: referralsByStatus/referralsByCategory; GOVERNORATE, PARTNER, MONTH: the breakdowns',
});

@ObjectType('DashboardBreakdown', { description: 'The referrals of one governorate, partner or month of the period' })
export class DashboardBreakdownType {
  @Field({ description: 'Governorate code, receiving organisation id, or month YYYY-MM' })
  key: string;

  @Field(() => LocalizedText, { nullable: true, description: 'Governorate name, organisation name, or month name with year' })
  label: LocalizedText | null;

  @Field(() => Int)
  referrals: number;

  @Field(() => Int, { description: 'ACCEPTED, IN_SERVICE or COMPLETED' })
  accepted: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int)
  completed: number;

  @Field(() => [Money], { description: 'Sum per currency, currencies in alphabetical order' })
  amountDisbursed: Money[];

  @Field(() => Int)
  jobsCreated: number;
}

@ObjectType('Dashboard', { description: "A consortium's indicators for a period (docs/dashboard.md defines each figure)" })
export class DashboardType {
  consortiumId: string;

  @Field(() => DateScalar, { nullable: true })
  from: string | null;

  @Field(() => DateScalar, { nullable: true })
  to: string | null;

  @Field(() => Int, { description: "Referrals of the consortium's applicants sent in the period" })
  referralsTotal: number;

  @Field(() => [CountByKey], { description: 'Every referral status, zeros included' })
  referralsByStatus: CountByKey[];

  @Field(() => [CountByKey], { description: 'Every applicant category, zeros included' })
  referralsByCategory: CountByKey[];

  @Field(() => Float, { nullable: true, description: 'Accepted (or later) / (accepted or later + declined); null when none was decided' })
  acceptanceRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Median of (decision time − sending time) in days, over the referrals with a decision time' })
  medianDaysToDecision: number | null;

  @Field(() => [Money], { description: 'Sum per currency, currencies in alphabetical order' })
  amountDisbursed: Money[];

  @Field(() => Int)
  jobsCreated: number;

  @Field(() => Float, { nullable: true, description: "Submitted / assigned, over assignments of the consortium's questionnaires due in the period" })
  questionnaireCompletionRate: number | null;

  @Field(() => Int, { description: 'OPEN or IN_PROGRESS recommendations of meetings held in the period' })
  recommendationsOpen: number;

  @Field(() => Int, { description: "Of those, the ones past their due date by the consortium's today" })
  recommendationsOverdue: number;

  @Field(() => [DashboardBreakdownType], { description: "By the applicant's governorate, most referrals first" })
  byGovernorate: DashboardBreakdownType[];

  @Field(() => [DashboardBreakdownType], { description: 'By receiving organisation, most referrals first' })
  byPartner: DashboardBreakdownType[];

  @Field(() => [DashboardBreakdownType], {
    description: "By month of sending (consortium's calendar), oldest first; every month of a bounded period, empty ones included",
  })
  byMonth: DashboardBreakdownType[];
}
