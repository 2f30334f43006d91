import { APPLICANT_CATEGORY_LABELS, REFERRAL_STATUS_LABELS, pickLocalized, type Locale } from '@shuraka/domain';
import type { DashboardQuery, DashboardTable } from '../../../gql/graphql';
import { governorateName } from '../../../shared/utils/options';
import { formatAmount, formatCount, formatMonth } from './dashboard-format';

type Dashboard = DashboardQuery['dashboard'];

/** Numbers of a breakdown row, in column order. */
export const BREAKDOWN_MEASURES = ['referrals', 'accepted', 'declined', 'completed', 'jobsCreated'] as const;
export type BreakdownMeasure = (typeof BREAKDOWN_MEASURES)[number];

export interface DashboardRow {
  key: string;
  /** What the row is (a status, a category, a governorate, a partner, a month) in the reader's language. */
  label: string;
  /** Short label for a chart axis (months: the month alone). */
  axisLabel: string;
  values: Partial<Record<BreakdownMeasure | 'count', number>>;
  /** Amount disbursed, per currency, formatted. */
  amounts?: string;
}

export interface DashboardTableModel {
  table: DashboardTable;
  /** The measures it shows: `count` for status and category, the breakdown's for the others. */
  measures: ReadonlyArray<BreakdownMeasure | 'count'>;
  withAmounts: boolean;
  rows: DashboardRow[];
}

export const DASHBOARD_TABLES: readonly DashboardTable[] = ['STATUS', 'CATEGORY', 'GOVERNORATE', 'PARTNER', 'MONTH'];

/** The rows of one table of the dashboard, labelled in the reader's language (shared by its chart and its table). */
export function dashboardTable(dashboard: Dashboard, table: DashboardTable, locale: Locale): DashboardTableModel {
  switch (table) {
    case 'STATUS':
      return {
        table,
        measures: ['count'],
        withAmounts: false,
        rows: dashboard.referralsByStatus.map(({ key, count }) => {
          const label = REFERRAL_STATUS_LABELS[key as keyof typeof REFERRAL_STATUS_LABELS]?.[locale] ?? key;
          return { key, label, axisLabel: label, values: { count } };
        }),
      };
    case 'CATEGORY':
      return {
        table,
        measures: ['count'],
        withAmounts: false,
        rows: dashboard.referralsByCategory.map(({ key, count }) => {
          const label = APPLICANT_CATEGORY_LABELS[key as keyof typeof APPLICANT_CATEGORY_LABELS]?.[locale] ?? key;
          return { key, label, axisLabel: label, values: { count } };
        }),
      };
    case 'GOVERNORATE':
    case 'PARTNER':
    case 'MONTH': {
      const rows = table === 'GOVERNORATE' ? dashboard.byGovernorate : table === 'PARTNER' ? dashboard.byPartner : dashboard.byMonth;
      return {
        table,
        measures: BREAKDOWN_MEASURES,
        withAmounts: true,
        rows: rows.map((row) => {
          const label =
            table === 'MONTH'
              ? formatMonth(row.key, locale)
              : table === 'GOVERNORATE'
                ? pickLocalized(row.label, locale) || governorateName(row.key, locale)
                : pickLocalized(row.label, locale) || row.key;
          return {
            key: row.key,
            label,
            axisLabel: table === 'MONTH' ? formatMonth(row.key, locale, true) : label,
            values: {
              referrals: row.referrals,
              accepted: row.accepted,
              declined: row.declined,
              completed: row.completed,
              jobsCreated: row.jobsCreated,
            },
            amounts: row.amountDisbursed.map((money) => formatAmount(money, locale)).join(' · '),
          };
        }),
      };
    }
  }
}

/** A table cell: the figure with the dashboard's digits. */
export function formatCell(value: number | undefined, locale: Locale): string {
  return value === undefined ? '' : formatCount(value, locale);
}
