import { ApplicantCategory, findGovernorate, pickLocalized, ReferralStatus } from '@shuraka/domain';
import { trimAmount } from '../../common/amount';
import { LocalizedText, Money } from '../../common/graphql/common.types';
import type { CountByKey } from '../referrals/referral.type';
import type { DashboardBreakdownType } from './dashboard.types';

/** Referral statuses that count as accepted: accepted, or further along after an acceptance. */
export const ACCEPTED_STATUSES: readonly ReferralStatus[] = [ReferralStatus.ACCEPTED, ReferralStatus.IN_SERVICE, ReferralStatus.COMPLETED];

export type Dimension = 'TOTAL' | 'STATUS' | 'CATEGORY' | 'GOVERNORATE' | 'PARTNER' | 'MONTH';

/** One row of the referral statement: the referrals of one key of one dimension. */
export interface ReferralGroupRow {
  dimension: Dimension;
  key: string;
  referrals: number;
  accepted: number;
  declined: number;
  completed: number;
  jobsCreated: number;
  medianDays: number | null;
  amountDisbursed: Array<{ currency: string; amount: string }>;
  nameAr: string | null;
  nameEn: string | null;
}

const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-01" → { ar: "يناير 2026", en: "January 2026" } (digits are the client's to localise). */
export function monthLabel(key: string): LocalizedText {
  const [year, month] = key.split('-');
  const index = Number(month) - 1;
  return { ar: `${MONTHS_AR[index]} ${year}`, en: `${MONTHS_EN[index]} ${year}` };
}

/** Months the month breakdown fills with empty rows at most; a longer span lists only the months with referrals. */
export const MAX_FILLED_MONTHS = 240;

function money(amounts: ReferralGroupRow['amountDisbursed']): Money[] {
  return amounts.map(({ currency, amount }) => ({ currency, amount: trimAmount(amount) }));
}

/** Every value of an enum with its count, zeros included, in the enum's order. */
function countsOf(values: readonly string[], rows: ReferralGroupRow[]): CountByKey[] {
  const counted = new Map(rows.map((row) => [row.key, row.referrals]));
  return values.map((key) => ({ key, count: counted.get(key) ?? 0 }));
}

function breakdown(row: ReferralGroupRow, label: LocalizedText | null): DashboardBreakdownType {
  return {
    key: row.key,
    label,
    referrals: row.referrals,
    accepted: row.accepted,
    declined: row.declined,
    completed: row.completed,
    amountDisbursed: money(row.amountDisbursed),
    jobsCreated: row.jobsCreated,
  };
}

const arabic = new Intl.Collator('ar');
/** Most referrals first; ties by Arabic name (the primary language), then by key. */
const byReferralsThenName = (a: DashboardBreakdownType, b: DashboardBreakdownType) =>
  b.referrals - a.referrals || arabic.compare(pickLocalized(a.label, 'ar'), pickLocalized(b.label, 'ar')) || a.key.localeCompare(b.key);

export interface ReferralFigures {
  referralsTotal: number;
  referralsByStatus: CountByKey[];
  referralsByCategory: CountByKey[];
  acceptanceRate: number | null;
  medianDaysToDecision: number | null;
  amountDisbursed: Money[];
  jobsCreated: number;
  byGovernorate: DashboardBreakdownType[];
  byPartner: DashboardBreakdownType[];
  byMonth: DashboardBreakdownType[];
}

/** Shapes the rows of the referral statement (already aggregated in SQL) into the dashboard's figures. */
export function referralFigures(rows: ReferralGroupRow[]): ReferralFigures {
  const of = (dimension: Dimension) => rows.filter((row) => row.dimension === dimension);
  const total = of('TOTAL')[0];
  const decided = total ? total.accepted + total.declined : 0;
  return {
    referralsTotal: total?.referrals ?? 0,
    referralsByStatus: countsOf(Object.values(ReferralStatus), of('STATUS')),
    referralsByCategory: countsOf(Object.values(ApplicantCategory), of('CATEGORY')),
    acceptanceRate: decided > 0 ? total.accepted / decided : null,
    medianDaysToDecision: total?.medianDays ?? null,
    amountDisbursed: total ? money(total.amountDisbursed) : [],
    jobsCreated: total?.jobsCreated ?? 0,
    byGovernorate: of('GOVERNORATE')
      .map((row) => breakdown(row, findGovernorate(row.key)?.name ?? null))
      .sort(byReferralsThenName),
    byPartner: of('PARTNER')
      .map((row) => breakdown(row, { ar: row.nameAr, en: row.nameEn }))
      .sort(byReferralsThenName),
    byMonth: of('MONTH')
      .map((row) => breakdown(row, monthLabel(row.key)))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}
