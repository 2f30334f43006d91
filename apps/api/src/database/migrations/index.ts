/** Migrations in the order they run; `npm run migration:generate -- Name` adds to this list. */
import { FoldSearchDigits1796200000000 } from './1796200000000-FoldSearchDigits';
import { ApplicantCorrectionsAndPhones1796200000001 } from './1796200000001-ApplicantCorrectionsAndPhones';
import { KeysetIndexesAndInvariants1796095106196 } from './1796095106196-KeysetIndexesAndInvariants';
import { AuditLog1796095098892 } from './1796095098892-AuditLog';
import { ApplicantsReferralsAllocation1795425254703 } from './1795425254703-ApplicantsReferralsAllocation';
import { InitialSchema1795423979147 } from './1795423979147-InitialSchema';
import { SharedRateLimitsTokenVersion1796095033831 } from './1796095033831-SharedRateLimitsTokenVersion';
import { ReferralDecisionsSeen1796098090927 } from './1796098090927-ReferralDecisionsSeen';
import { AllocationPlanSecondOfKindReasons1796200000002 } from './1796200000002-AllocationPlanSecondOfKindReasons';
import { Notifications1796104879436 } from './1796104879436-Notifications';
import { Questionnaires1796300000000 } from './1796300000000-Questionnaires';
import { Meetings1796400000000 } from './1796400000000-Meetings';
import { MatchingCatalogueVersion1796600000000 } from './1796600000000-MatchingCatalogueVersion';
import { VolumeIndexes1796800000000 } from './1796800000000-VolumeIndexes';
import { DashboardRollup1797200000000 } from './1797200000000-DashboardRollup';
import { CoordinatorSearchIndex1797300000000 } from './1797300000000-CoordinatorSearchIndex';
import { ApplicantTally1797300000001 } from './1797300000001-ApplicantTally';
import type { MigrationInterface } from 'typeorm';

export const MIGRATIONS: Array<new () => MigrationInterface> = [
  InitialSchema1795423979147,
  ApplicantsReferralsAllocation1795425254703,
  SharedRateLimitsTokenVersion1796095033831,
  AuditLog1796095098892,
  KeysetIndexesAndInvariants1796095106196,
  ReferralDecisionsSeen1796098090927,
  FoldSearchDigits1796200000000,
  ApplicantCorrectionsAndPhones1796200000001,
  AllocationPlanSecondOfKindReasons1796200000002,
  Notifications1796104879436,
  Questionnaires1796300000000,
  Meetings1796400000000,
  MatchingCatalogueVersion1796600000000,
  VolumeIndexes1796800000000,
  DashboardRollup1797200000000,
  CoordinatorSearchIndex1797300000000,
  ApplicantTally1797300000001,
];
