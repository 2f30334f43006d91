import { dashboardTable } from './dashboard-tables';
import { DashboardTable, type DashboardType } from './dashboard.types';

const dashboard = {
  referralsByStatus: [{ key: 'SENT', count: 2 }],
  referralsByCategory: [],
  byGovernorate: [],
  byPartner: [
    {
      key: 'p1', label: { ar: 'الجهة', en: null }, referrals: 2, accepted: 1, declined: 0, completed: 0, jobsCreated: 1,
      amountDisbursed: [{ currency: 'YER', amount: '1500.5' }],
    },
    {
      key: 'p2', label: null, referrals: 1, accepted: 1, declined: 0, completed: 1, jobsCreated: 0,
      amountDisbursed: [{ currency: 'USD', amount: '999999999999999.123' }],
    },
  ],
  byMonth: [],
} as unknown as DashboardType;

describe('dashboardTable', () => {
  it('labels in the language asked for, falling back to the other one and then to the code', () => {
    expect(dashboardTable(dashboard, DashboardTable.STATUS, 'en')).toEqual([['Code', 'Status', 'Referrals'], ['SENT', 'Sent', 2]]);
    const rows = dashboardTable(dashboard, DashboardTable.PARTNER, 'en');
    expect(rows[1].slice(0, 2)).toEqual(['p1', 'الجهة']);
    expect(rows[2].slice(0, 2)).toEqual(['p2', 'p2']);
  });

  it('gives one amount column per currency, zero where a row has none, and keeps amounts a double would round as text', () => {
    const rows = dashboardTable(dashboard, DashboardTable.PARTNER, 'ar');
    expect(rows[0].slice(6)).toEqual(['المبلغ المصروف (USD)', 'المبلغ المصروف (YER)', 'فرص العمل']);
    expect(rows[1].slice(6)).toEqual([0, 1500.5, 1]);
    expect(rows[2].slice(6)).toEqual(['999999999999999.123', 0, 0]);
  });
});
