import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testUser } from '../../../test/render';
import { DashboardPage } from './DashboardPage';

const text = (ar: string, en: string) => ({ __typename: 'LocalizedText' as const, ar, en });

function breakdown(key: string, label: ReturnType<typeof text> | null, referrals: number, accepted: number) {
  return {
    __typename: 'DashboardBreakdown' as const,
    key,
    label,
    referrals,
    accepted,
    declined: 1,
    completed: 1,
    jobsCreated: 2,
    amountDisbursed: [{ __typename: 'Money' as const, amount: '250000', currency: 'YER' }],
  };
}

const dashboard = {
  __typename: 'Dashboard',
  from: null,
  to: null,
  referralsTotal: 12,
  referralsByStatus: [
    { __typename: 'CountByKey', key: 'SENT', count: 5 },
    { __typename: 'CountByKey', key: 'ACCEPTED', count: 7 },
  ],
  referralsByCategory: [{ __typename: 'CountByKey', key: 'GRADUATE', count: 12 }],
  acceptanceRate: 0.75,
  medianDaysToDecision: 3.5,
  amountDisbursed: [{ __typename: 'Money', amount: '1500000', currency: 'YER' }],
  jobsCreated: 14,
  questionnaireCompletionRate: 0.5,
  recommendationsOpen: 3,
  recommendationsOverdue: 1,
  byGovernorate: [breakdown('YE-HD', text('حضرموت', 'Hadramout'), 12, 7)],
  byPartner: [breakdown('org-mff', text('صندوق تنمية المهارات', 'Skills Fund'), 12, 7)],
  byMonth: [breakdown('2017-12', text('ديسمبر 2017', 'December 2017'), 4, 2), breakdown('2018-01', text('يناير 2018', 'January 2018'), 8, 5)],
};

const committeeMember = testUser({ role: Role.COMMITTEE_MEMBER, organization: { id: 'org-smeps', name: { ar: 'سميبس', en: null } } });

function renderDashboard(language: 'ar' | 'en') {
  return renderApp(null, {
    language,
    user: committeeMember,
    routes: [{ path: '/dashboard', element: <DashboardPage /> }],
    path: '/dashboard',
    handlers: {
      DashboardConsortia: () => ({
        data: {
          consortia: {
            __typename: 'ConsortiumConnection',
            edges: [
              {
                __typename: 'ConsortiumEdge',
                node: {
                  __typename: 'Consortium',
                  id: 'cons-1',
                  name: text('شركاء حضرموت', 'Hadramout partners'),
                  members: [{ __typename: 'ConsortiumMember', role: 'LEAD', organization: { __typename: 'Organization', id: 'org-smeps' } }],
                },
              },
              {
                __typename: 'ConsortiumEdge',
                node: { __typename: 'Consortium', id: 'cons-2', name: text('آخر', 'Other'), members: [] },
              },
            ],
          },
        },
      }),
      Dashboard: () => ({ data: { dashboard } }),
    },
  });
}

describe('DashboardPage', () => {
  it('shows the figures with Arabic digits and Arabic month names, for a consortium the member belongs to', async () => {
    const { requests } = renderDashboard('ar');
    expect((await screen.findByTestId('kpi-referrals-value')).textContent).toBe('١٢');
    expect(screen.getByTestId('kpi-median-days-value').textContent).toBe('٣٫٥');
    expect(screen.getByTestId('kpi-recommendations-open').textContent).toBe('٣');
    expect(screen.getByTestId('kpi-recommendations-overdue').textContent).toBe('المتأخرة: ١');
    const months = within(screen.getByTestId('dashboard-table-MONTH')).getAllByTestId('dashboard-row');
    expect(months.map((row) => row.querySelector('th')?.textContent)).toEqual(['ديسمبر ٢٠١٧', 'يناير ٢٠١٨']);
    expect(months[1]?.textContent).toContain('٨');
    expect(requests.find((request) => request.operationName === 'Dashboard')?.variables).toEqual({ consortiumId: 'cons-1', from: null, to: null });
  });

  it('writes English figures and month names in English', async () => {
    renderDashboard('en');
    expect((await screen.findByTestId('kpi-acceptance-value')).textContent).toBe('75%');
    const months = within(screen.getByTestId('dashboard-table-MONTH')).getAllByTestId('dashboard-row');
    expect(months.map((row) => row.querySelector('th')?.textContent)).toEqual(['December 2017', 'January 2018']);
  });

  it('gives every chart a table alternative: the chart hidden from screen readers, the table readable, shown on request', async () => {
    renderDashboard('ar');
    await screen.findByTestId('dashboard');
    for (const table of ['STATUS', 'CATEGORY', 'GOVERNORATE', 'PARTNER', 'MONTH']) {
      expect(screen.getByTestId(`dashboard-chart-${table}`).getAttribute('aria-hidden')).toBe('true');
      expect(screen.getByTestId(`dashboard-chart-${table}`).hasAttribute('inert')).toBe(true);
      const alternative = screen.getByTestId(`dashboard-table-${table}`);
      expect(alternative.tagName).toBe('TABLE');
      expect(within(alternative).getAllByTestId('dashboard-row').length).toBeGreaterThan(0);
    }
    expect(within(screen.getByTestId('dashboard-table-STATUS')).getByText('مقبولة')).toBeTruthy();
    fireEvent.click(screen.getByTestId('dashboard-toggle-STATUS'));
    await waitFor(() => expect(screen.queryByTestId('dashboard-chart-STATUS')).toBeNull());
    expect(screen.getByTestId('dashboard-toggle-STATUS').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('dashboard-table-STATUS')).toBeTruthy();
  });
});
