import { APPLICANT_CATEGORY_LABELS, pickLocalized, REFERRAL_STATUS_LABELS, type Labels, type Locale } from '@shuraka/domain';
import type { CountByKey } from '../referrals/referral.type';
import { DashboardTable, type DashboardBreakdownType, type DashboardType } from './dashboard.types';

type Cell = string | number;

const HEADERS = {
  STATUS: { ar: 'الحالة', en: 'Status' },
  CATEGORY: { ar: 'فئة المتقدم', en: 'Applicant category' },
  GOVERNORATE: { ar: 'المحافظة', en: 'Governorate' },
  PARTNER: { ar: 'الجهة المستقبِلة', en: 'Receiving partner' },
  MONTH: { ar: 'الشهر', en: 'Month' },
  code: { ar: 'الرمز', en: 'Code' },
  referrals: { ar: 'الإحالات', en: 'Referrals' },
  accepted: { ar: 'المقبولة', en: 'Accepted' },
  declined: { ar: 'المرفوضة', en: 'Declined' },
  completed: { ar: 'المكتملة', en: 'Completed' },
  amount: { ar: 'المبلغ المصروف', en: 'Amount disbursed' },
  jobs: { ar: 'فرص العمل', en: 'Jobs created' },
} as const;

/** Sheet titles of the exported tables. */
export const TABLE_TITLES: Record<DashboardTable, Record<Locale, string>> = {
  STATUS: { ar: 'الإحالات حسب الحالة', en: 'Referrals by status' },
  CATEGORY: { ar: 'الإحالات حسب الفئة', en: 'Referrals by category' },
  GOVERNORATE: { ar: 'حسب المحافظة', en: 'By governorate' },
  PARTNER: { ar: 'حسب الجهة', en: 'By partner' },
  MONTH: { ar: 'حسب الشهر', en: 'By month' },
};

function counts(rows: CountByKey[], labels: Labels<string>, title: Record<Locale, string>, locale: Locale): Cell[][] {
  return [
    [HEADERS.code[locale], title[locale], HEADERS.referrals[locale]],
    ...rows.map((row) => [row.key, labels[row.key]?.[locale] ?? row.key, row.count]),
  ];
}

/** Amounts are exact decimals: numbers in the sheet only while a double holds them exactly. */
function amountCell(amount: string | undefined): Cell {
  if (amount === undefined) return 0;
  return String(Number(amount)) === amount ? Number(amount) : amount;
}

function breakdowns(rows: DashboardBreakdownType[], title: Record<Locale, string>, locale: Locale): Cell[][] {
  const currencies = [...new Set(rows.flatMap((row) => row.amountDisbursed.map((money) => money.currency)))].sort();
  return [
    [
      HEADERS.code[locale],
      title[locale],
      HEADERS.referrals[locale],
      HEADERS.accepted[locale],
      HEADERS.declined[locale],
      HEADERS.completed[locale],
      ...currencies.map((currency) => `${HEADERS.amount[locale]} (${currency})`),
      HEADERS.jobs[locale],
    ],
    ...rows.map((row) => [
      row.key,
      pickLocalized(row.label, locale) || row.key,
      row.referrals,
      row.accepted,
      row.declined,
      row.completed,
      ...currencies.map((currency) => amountCell(row.amountDisbursed.find((money) => money.currency === currency)?.amount)),
      row.jobsCreated,
    ]),
  ];
}

/** One table of the dashboard as rows (header first), as the export writes it: code, label, figures. */
export function dashboardTable(dashboard: DashboardType, table: DashboardTable, locale: Locale): Cell[][] {
  switch (table) {
    case DashboardTable.STATUS:
      return counts(dashboard.referralsByStatus, REFERRAL_STATUS_LABELS, HEADERS.STATUS, locale);
    case DashboardTable.CATEGORY:
      return counts(dashboard.referralsByCategory, APPLICANT_CATEGORY_LABELS, HEADERS.CATEGORY, locale);
    case DashboardTable.GOVERNORATE:
      return breakdowns(dashboard.byGovernorate, HEADERS.GOVERNORATE, locale);
    case DashboardTable.PARTNER:
      return breakdowns(dashboard.byPartner, HEADERS.PARTNER, locale);
    case DashboardTable.MONTH:
      return breakdowns(dashboard.byMonth, HEADERS.MONTH, locale);
  }
}
