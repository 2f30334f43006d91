import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { referralSummary } from '../../../test/fixtures';
import { recommendationDetail } from '../../../test/recommendations';
import { renderApp, testUser } from '../../../test/render';
import { ReferralsPage } from './ReferralsPage';

const routes = [{ path: '/referrals', element: <ReferralsPage /> }];
const mffStaff = testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'الصندوق', en: null } } });

const counts = { SENT: 2, ACKNOWLEDGED: 0, ACCEPTED: 1, IN_SERVICE: 0, COMPLETED: 0, DECLINED: 1, WITHDRAWN: 0, EXPIRED: 0 };

const row = (id: string, status: string, fullName: string, category: string) => ({
  cursor: id,
  node: {
    ...referralSummary({ id, status }),
    applicant: { __typename: 'Applicant', id: `app-${id}`, fullName, category, governorate: 'YE-HD' },
  },
});

const ALL = [
  row('r1', 'SENT', 'أحمد سالم بن علي', 'UNIVERSITY_GRADUATE'),
  row('r2', 'SENT', 'فاطمة عوض باحميد', 'WOMAN_HEAD_OF_HOUSEHOLD'),
  row('r3', 'ACCEPTED', 'سالم عمر الكثيري', 'INSTITUTE_GRADUATE'),
  row('r4', 'DECLINED', 'مريم ناصر', 'DROPOUT'),
];

function referrals(variables: Record<string, unknown>) {
  const status = (variables.filter as { status?: string } | undefined)?.status;
  const edges = ALL.filter((edge) => !status || edge.node.status === status);
  return {
    data: {
      referrals: {
        __typename: 'ReferralConnection',
        totalCount: edges.length,
        edges,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

const statusCounts = () => ({
  data: { referralStatusCounts: Object.entries(counts).map(([key, count]) => ({ __typename: 'CountByKey', key, count })) },
});

describe('ReferralsPage (partner inbox)', () => {
  it('shows the counts by status and the referrals received, with what a partner needs at a glance', async () => {
    renderApp(null, { routes, path: '/referrals', user: mffStaff, handlers: { Referrals: referrals, ReferralStatusCounts: statusCounts } });
    expect(await screen.findByRole('heading', { name: 'الإحالات الواردة' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('referral-row')).toHaveLength(4));
    const filter = screen.getByTestId('referral-status-filter');
    await waitFor(() => expect(within(filter).getByTestId('referral-status-SENT').textContent).toBe('مُرسلة 2'));
    // Statuses nobody is in are not offered.
    expect(within(filter).queryByTestId('referral-status-EXPIRED')).toBeNull();
    expect(within(filter).getByTestId('referral-status-ALL').textContent).toBe('الكل 4');

    const first = screen.getAllByTestId('referral-row')[0];
    expect(first.getAttribute('href')).toBe('/referrals/r1');
    expect(within(first).getByTestId('referral-applicant').textContent).toBe('أحمد سالم بن علي');
    expect(within(first).getByText('خريج جامعة')).toBeTruthy();
    expect(within(first).getByText('حضرموت')).toBeTruthy();
    expect(within(first).getByText('قرض المشروع متناهي الصغر')).toBeTruthy();
    expect(within(first).getByTestId('referral-status').textContent).toBe('مُرسلة');
    expect(first.textContent).toContain('أُرسلت في');
    // The partner knows who it is: its own name is not repeated on every row.
    expect(within(first).queryByText(/^إلى /)).toBeNull();
  });

  it('filters by status through the API', async () => {
    const { requests } = renderApp(null, {
      routes,
      path: '/referrals',
      user: mffStaff,
      handlers: { Referrals: referrals, ReferralStatusCounts: statusCounts },
    });
    await waitFor(() => expect(screen.getAllByTestId('referral-row')).toHaveLength(4));
    fireEvent.click(within(await screen.findByTestId('referral-status-ACCEPTED')).getByRole('radio', { hidden: true }));
    await waitFor(() => expect(screen.getAllByTestId('referral-row')).toHaveLength(1));
    expect(screen.getByTestId('referral-row').dataset.status).toBe('ACCEPTED');
    expect(requests.filter((request) => request.operationName === 'Referrals').at(-1)?.variables.filter).toEqual({ status: 'ACCEPTED' });
  });

  it('shows the panels, the status filter and the list together, so that nothing is pushed down when an answer arrives', async () => {
    let answerRecommendations: () => void = () => undefined;
    const recommendations = new Promise<void>((resolve) => (answerRecommendations = resolve));
    const recommendationsPage = (variables: Record<string, unknown>) => {
      const open = (variables.filter as { status: string }).status === 'OPEN';
      const nodes = open ? [recommendationDetail({ id: 'rec-1', number: 1, status: 'OPEN', dueOn: '2018-02-01', overdue: false })] : [];
      return {
        data: {
          recommendations: {
            __typename: 'RecommendationConnection',
            totalCount: nodes.length,
            edges: nodes.map((node, index) => ({ __typename: 'RecommendationEdge', cursor: `c${index}`, node })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      };
    };
    const { requests } = renderApp(null, {
      routes,
      path: '/referrals',
      user: mffStaff,
      handlers: {
        Referrals: referrals,
        ReferralStatusCounts: statusCounts,
        FillMyAssignments: () => ({ data: { questionnaireAssignments: { __typename: 'QuestionnaireAssignmentConnection', totalCount: 0, edges: [] } } }),
        Recommendations: async (variables) => {
          await recommendations;
          return recommendationsPage(variables);
        },
      },
    });
    expect(await screen.findByRole('heading', { name: 'الإحالات الواردة' })).toBeTruthy();
    // The list and the counts have answered; the recommendations (above them) have not: one skeleton, nothing else.
    await waitFor(() => expect(requests.filter((request) => request.operationName === 'Referrals')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('referral-row')).toBeNull();
    expect(screen.queryByTestId('referral-status-filter')).toBeNull();
    expect(screen.getByLabelText('جارٍ التحميل…')).toBeTruthy();

    answerRecommendations();
    await waitFor(() => expect(screen.getAllByTestId('referral-row')).toHaveLength(4));
    const panel = screen.getByTestId('our-recommendations');
    const filter = screen.getByTestId('referral-status-filter');
    // The panel stands above the filter, which stands above the list, as before.
    expect(panel.compareDocumentPosition(filter) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(filter.compareDocumentPosition(screen.getAllByTestId('referral-row')[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByLabelText('جارٍ التحميل…')).toBeNull();
  });

  it('is not offered to viewers', async () => {
    renderApp(null, { routes, path: '/referrals', user: testUser({ role: Role.VIEWER }) });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
