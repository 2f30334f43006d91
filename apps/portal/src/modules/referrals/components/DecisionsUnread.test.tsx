import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../../app/shell/AppLayout';
import { referralSummary } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { ReferralsPage } from './ReferralsPage';

const coordinator = testUser({ role: Role.COORDINATOR, organization: { id: 'org-smeps', name: { ar: 'سميبس', en: null } } });

const declined = {
  cursor: 'r9',
  node: {
    ...referralSummary({
      id: 'r9',
      status: 'DECLINED',
      declineReason: 'COULD_NOT_CONTACT',
      history: [
        { __typename: 'ReferralEvent', to: 'SENT', reason: null },
        { __typename: 'ReferralEvent', to: 'DECLINED', reason: 'الهاتف مغلق منذ أسبوع' },
      ],
    }),
    applicant: { __typename: 'Applicant', id: 'app-r9', fullName: 'مريم ناصر', category: 'DROPOUT', governorate: 'YE-HD' },
  },
};

const handlers = (unread: { value: number }) => ({
  ReferralDecisionsUnread: () => ({ data: { referralDecisionsUnread: unread.value } }),
  MarkReferralDecisionsSeen: () => {
    unread.value = 0;
    return { data: { markReferralDecisionsSeen: 0 } };
  },
  Referrals: () => ({
    data: { referrals: { __typename: 'ReferralConnection', totalCount: 1, edges: [declined], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } },
  }),
  ReferralStatusCounts: () => ({ data: { referralStatusCounts: [{ __typename: 'CountByKey', key: 'DECLINED', count: 1 }] } }),
});

describe('partners’ decisions the coordinator has not seen', () => {
  it('counts them in the navigation, and opening the referrals marks them seen and shows why one was declined', async () => {
    const unread = { value: 3 };
    const { requests } = renderApp(null, {
      routes: [
        {
          path: '/',
          element: <AppLayout />,
          children: [
            { path: 'applicants', element: <div /> },
            { path: 'referrals', element: <ReferralsPage /> },
          ],
        },
      ],
      path: '/applicants',
      user: coordinator,
      handlers: handlers(unread),
    });
    const badge = await screen.findByTestId('nav-referrals-unread');
    expect(badge.textContent).toBe('3');
    expect(requests.some((request) => request.operationName === 'MarkReferralDecisionsSeen')).toBe(false);

    fireEvent.click(screen.getAllByTestId('nav-referrals')[0]);
    await waitFor(() => expect(requests.some((request) => request.operationName === 'MarkReferralDecisionsSeen')).toBe(true));
    await waitFor(() => expect(screen.queryByTestId('nav-referrals-unread')).toBeNull());
    const row = await screen.findByTestId('referral-row');
    expect(within(row).getByTestId('decline-explanation').textContent).toBe('الهاتف مغلق منذ أسبوع');
  }, 20_000);

  it('asks nothing for partner staff', async () => {
    const staff = testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'الصندوق', en: null } } });
    const { requests } = renderApp(null, {
      routes: [{ path: '/', element: <AppLayout />, children: [{ path: 'referrals', element: <ReferralsPage /> }] }],
      path: '/referrals',
      user: staff,
      handlers: handlers({ value: 5 }),
    });
    await screen.findAllByTestId('referral-row');
    expect(screen.queryByTestId('nav-referrals-unread')).toBeNull();
    expect(requests.some((request) => request.operationName === 'ReferralDecisionsUnread' || request.operationName === 'MarkReferralDecisionsSeen')).toBe(false);
  }, 20_000);
});
