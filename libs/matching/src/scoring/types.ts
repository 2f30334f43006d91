import type { ApplicantCategory, Gender, GuaranteeType, ProjectSize, ServiceKind } from '@shuraka/domain';

/** What matching needs to know of an applicant. */
export interface MatchApplicant {
  category: ApplicantCategory;
  gender: Gender;
  /** Whole years on the day of matching; null when the birth date is unknown. */
  age: number | null;
  governorate: string;
  district: string | null;
  projectSize: ProjectSize | null;
  requestedAmount: { amount: string; currency: string } | null;
  needs: readonly ServiceKind[];
  guaranteeOffered: GuaranteeType;
}

/** The partner's record in Shuraka, from its decided referrals. */
export interface TrackRecord {
  /** Referrals the partner accepted or declined (or let expire). */
  decided: number;
  accepted: number;
  /** Of the accepted ones, those completed. */
  completed: number;
  medianDaysToDecision: number | null;
}

/** What matching needs to know of a service. */
export interface MatchService {
  id: string;
  kind: ServiceKind;
  /** Empty: every category. */
  categories: readonly ApplicantCategory[];
  /** Empty: every governorate. */
  governorates: readonly string[];
  /** Empty: every project size. */
  projectSizes: readonly ProjectSize[];
  gender: Gender | null;
  minAge: number | null;
  maxAge: number | null;
  minAmount: string | null;
  maxAmount: string | null;
  currency: string | null;
  guaranteeRequired: GuaranteeType;
  capacity: number;
  /** Places taken (ACCEPTED, IN_SERVICE) plus referrals waiting for an answer. */
  placesTaken: number;
  /** Branches of the offering organisation, for the district bonus. */
  branches: ReadonlyArray<{ governorate: string; district: string | null }>;
  trackRecord: TrackRecord | null;
}

/** Hard rules; each excludes a service with its own reason. */
export type ExclusionCode = 'CATEGORY' | 'GOVERNORATE' | 'PROJECT_SIZE' | 'AGE' | 'GENDER' | 'AMOUNT' | 'GUARANTEE' | 'CAPACITY';

/** Parts of the score of an eligible service. */
export type ContributionCode = 'NEED' | 'GOVERNORATE_MATCH' | 'DISTRICT_BRANCH' | 'AMOUNT_FIT' | 'CAPACITY_HEADROOM' | 'TRACK_RECORD';

export interface Reason {
  code: ExclusionCode | ContributionCode;
  /** Points added to the score, in hundredths (integers keep sums exact); 0 for exclusions. */
  centiPoints: number;
  /** Values the localised message mentions. */
  params: Record<string, string | number>;
}

export interface ServiceMatchResult {
  serviceId: string;
  eligible: boolean;
  /** 0–10000 hundredths of a point; 0 when not eligible. */
  scoreCentiPoints: number;
  reasons: Reason[];
}

/** Points per part of the score; they add up to 100. */
export interface MatchWeights {
  need: number;
  governorate: number;
  district: number;
  amountFit: number;
  capacityHeadroom: number;
  trackRecord: number;
}
