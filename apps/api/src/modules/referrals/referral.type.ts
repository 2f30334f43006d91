import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReferralStatus } from '@shuraka/domain';
import { Money, toMoney } from '../../common/graphql/common.types';
import { Connection } from '../../common/graphql/pagination';
import { DeclineReason } from './referral-lifecycle';
import type { ReferralEventEntity } from './referral-event.entity';
import type { ReferralEntity } from './referral.entity';
import type { ApplicantEntity } from '../applicants/applicant.entity';
import type { OrganizationEntity } from '../organizations/organization.entity';
import type { ServiceEntity } from '../services/service.entity';

registerEnumType(DeclineReason, { name: 'DeclineReason', description: 'Why a partner declined a referral' });

@ObjectType('Referral', { description: 'An applicant sent to a service, followed to its outcome' })
export class ReferralType {
  @Field(() => ID)
  id: string;

  applicantId: string;
  serviceId: string;
  referredById: string;

  @Field(() => ID, { description: 'The receiving partner' })
  organizationId: string;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => Int, { description: 'Send it back as expectedVersion to change the referral' })
  version: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the partner accepted or declined, or the referral expired' })
  decidedAt: Date | null;

  @Field(() => DeclineReason, { nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => Money, { nullable: true })
  amountDisbursed: Money | null;

  @Field(() => Int, { nullable: true })
  jobsCreated: number | null;

  @Field(() => Boolean, { nullable: true })
  trainingCompleted: boolean | null;

  /** What a list page read with the referral in its own statement: the field resolvers answer from it without a loader. */
  preloaded?: PreloadedOfReferral;
}

/**
 * The rows a referral page read with each referral (raw rows, as the loaders would give them), with the
 * columns the request's selection needs only (see referral-page-columns.ts): partial objects, never
 * handed to a loader or to code outside that request's field resolvers.
 */
export interface PreloadedOfReferral {
  service: ServiceEntity;
  organization: OrganizationEntity;
  applicant: ApplicantEntity;
  /** Undefined when the request does not select it (the resolver then loads it, if ever asked). */
  history?: ReferralEventEntity[];
  /** Shown without recording it again: the page's statement recorded it, or this user's reads are not recorded. */
  applicantReadRecorded: boolean;
}

@ObjectType('ReferralEvent', { description: 'One change of a referral' })
export class ReferralEventType {
  @Field(() => ReferralStatus, { nullable: true })
  from: ReferralStatus | null;

  @Field(() => ReferralStatus)
  to: ReferralStatus;

  @Field(() => GraphQLISODateTime)
  at: Date;

  byId: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => DeclineReason, { nullable: true })
  declineReason: DeclineReason | null;
}

@ObjectType('CountByKey')
export class CountByKey {
  @Field()
  key: string;

  @Field(() => Int)
  count: number;
}

export const ReferralConnection = Connection(ReferralType, 'Referral');

export function toReferralType(entity: ReferralEntity): ReferralType {
  return {
    id: entity.id,
    applicantId: entity.applicantId,
    serviceId: entity.serviceId,
    referredById: entity.referredById,
    organizationId: entity.organizationId,
    status: entity.status,
    version: entity.version,
    note: entity.note,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    decidedAt: entity.decidedAt,
    declineReason: entity.declineReason,
    amountDisbursed: toMoney(entity.amountDisbursed, entity.disbursedCurrency),
    jobsCreated: entity.jobsCreated,
    trainingCompleted: entity.trainingCompleted,
  };
}

export function toReferralEventType(entity: ReferralEventEntity): ReferralEventType {
  return {
    from: entity.fromStatus,
    to: entity.toStatus,
    at: entity.at,
    byId: entity.byId,
    reason: entity.reason,
    declineReason: entity.declineReason,
  };
}
