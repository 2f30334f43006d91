import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { coordinatorUser, partnerUser, referralDetail } from '../../../test/fixtures';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { renderApp, testUser } from '../../../test/render';
import { ReferralPage } from './ReferralPage';

const routes = [{ path: '/referrals/:id', element: <ReferralPage /> }];
const mffStaff = testUser({
  id: 'user-khawla',
  role: Role.PARTNER_STAFF,
  organization: { id: 'org-mff', name: { ar: 'الصندوق', en: null } },
});
const coordinator = testUser({
  id: 'user-sara',
  role: Role.COORDINATOR,
  organization: { id: 'org-smeps', name: { ar: 'سميبس', en: null } },
});

const accepted = (version: number) =>
  referralDetail({
    status: 'ACCEPTED',
    version,
    decidedAt: '2026-01-11T09:00:00.000Z',
    history: [
      ...referralDetail().history,
      {
        __typename: 'ReferralEvent',
        from: 'SENT',
        to: 'ACCEPTED',
        at: '2026-01-11T09:00:00.000Z',
        reason: 'سيحضر يوم الأحد',
        declineReason: null,
        by: partnerUser,
      },
    ],
  });

function renderPage(handlers: Record<string, OperationHandler>, user = mffStaff, language: 'ar' | 'en' = 'ar') {
  return renderApp(null, { language, routes, path: '/referrals/ref-1', user, handlers });
}

function actionIds() {
  return within(screen.getByTestId('referral-actions'))
    .queryAllByRole('button')
    .map((button) => button.getAttribute('data-testid'));
}

describe('ReferralPage for the receiving partner', () => {
  it('shows what the partner needs to decide and the actions of a new referral', async () => {
    renderPage({ Referral: () => ({ data: { referral: referralDetail() } }) });
    expect((await screen.findByTestId('referral-title')).textContent).toBe('أحمد سالم بن علي');
    expect(screen.getByTestId('referral-page-status').textContent).toBe('مُرسلة');
    expect(actionIds()).toEqual(['action-ACKNOWLEDGE', 'action-ACCEPT', 'action-DECLINE']);
    const applicant = screen.getByTestId('referral-applicant');
    expect(within(applicant).getByText('خريج جامعة')).toBeTruthy();
    expect(within(applicant).getByTestId('fact-phone').textContent).toContain('+967777123456');
    expect(within(applicant).queryByTestId('fact-national-id')).toBeNull();
    // Partners do not open applicants' records.
    expect(within(applicant).queryByText('فتح سجل المتقدم')).toBeNull();
    expect(screen.getByTestId('referral-note').textContent).toBe('لديه خبرة سنتين في الخياطة.');
    expect(within(screen.getByTestId('referral-history')).getByText('أُرسلت الإحالة')).toBeTruthy();
  });

  it('accepts with the version it showed, then shows the new status and the change in the history', async () => {
    const { requests } = renderPage({
      Referral: () => ({ data: { referral: referralDetail() } }),
      TransitionReferral: () => ({ data: { transitionReferral: accepted(2) } }),
    });
    fireEvent.click(await screen.findByTestId('action-ACCEPT'));
    fireEvent.change(await screen.findByTestId('transition-reason'), { target: { value: 'سيحضر يوم الأحد' } });
    fireEvent.click(screen.getByTestId('transition-submit'));

    await waitFor(() => expect(screen.getByTestId('referral-page-status').textContent).toBe('مقبولة'));
    expect(requests.find((request) => request.operationName === 'TransitionReferral')?.variables).toEqual({
      input: { referralId: 'ref-1', to: 'ACCEPTED', expectedVersion: 1, reason: 'سيحضر يوم الأحد' },
    });
    expect(actionIds()).toEqual(['action-START', 'action-DECLINE']);
    const events = screen.getAllByTestId('history-event');
    expect(events).toHaveLength(2);
    expect(within(events[1]).getByTestId('history-title').textContent).toBe('مُرسلة ← مقبولة');
    expect(events[1].textContent).toContain('بواسطة خولة سالم سكارو');
    expect(within(events[1]).getByTestId('history-reason').textContent).toBe('سيحضر يوم الأحد');
  });

  it('tells the user when someone changed the referral meanwhile, and reloads it', async () => {
    let current = referralDetail();
    const { requests } = renderPage({
      Referral: () => ({ data: { referral: current } }),
      TransitionReferral: () => {
        current = accepted(3);
        return graphQLError('CONFLICT', 'The referral has changed since you saw it (version 3, not 1); reload it', {
          version: 3,
          status: 'ACCEPTED',
        });
      },
    });
    fireEvent.click(await screen.findByTestId('action-ACKNOWLEDGE'));
    fireEvent.click(await screen.findByTestId('transition-submit'));

    const alert = await screen.findByTestId('referral-conflict');
    expect(alert.textContent).toBe('غيّر شخص آخر هذه الإحالة بعد أن فتحتها. أُعيد تحميلها: راجع حالتها الآن ثم حاول مرة أخرى.');
    await waitFor(() => expect(screen.getByTestId('referral-page-status').textContent).toBe('مقبولة'));
    expect(requests.filter((request) => request.operationName === 'Referral')).toHaveLength(2);
    await waitFor(() => expect(screen.queryByTestId('transition-form')).toBeNull());
    expect(actionIds()).toEqual(['action-START', 'action-DECLINE']);
  });

  it('says the service is full when accepting would exceed its places', async () => {
    renderPage(
      {
        Referral: () => ({ data: { referral: referralDetail() } }),
        TransitionReferral: () => graphQLError('CONFLICT', 'The service has no places left', { reason: 'CAPACITY_FULL' }),
      },
      mffStaff,
      'en',
    );
    fireEvent.click(await screen.findByTestId('action-ACCEPT'));
    fireEvent.click(await screen.findByTestId('transition-submit'));
    expect((await screen.findByTestId('referral-conflict')).textContent).toContain('The service has no places left');
  });

  it('needs a reason to decline, and words when the reason is "other"', async () => {
    const { requests } = renderPage({
      Referral: () => ({ data: { referral: referralDetail() } }),
      TransitionReferral: () => ({
        data: { transitionReferral: referralDetail({ status: 'DECLINED', version: 2, declineReason: 'OTHER' }) },
      }),
    });
    fireEvent.click(await screen.findByTestId('action-DECLINE'));
    fireEvent.click(await screen.findByTestId('transition-submit'));
    const form = screen.getByTestId('transition-form');
    await waitFor(() => expect(within(form).getByText('اختر سبب الاعتذار عن الإحالة.')).toBeTruthy());

    fireEvent.click(screen.getByTestId('decline-reason'));
    fireEvent.click(await screen.findByRole('option', { name: 'سبب آخر', hidden: true }));
    fireEvent.click(screen.getByTestId('transition-submit'));
    await waitFor(() => expect(within(form).getByText('اكتب السبب.')).toBeTruthy());
    expect(requests.some((request) => request.operationName === 'TransitionReferral')).toBe(false);

    fireEvent.change(screen.getByTestId('transition-reason'), { target: { value: 'انتقل المتقدم إلى عدن' } });
    fireEvent.click(screen.getByTestId('transition-submit'));
    await waitFor(() => expect(screen.getByTestId('referral-page-status').textContent).toBe('مرفوضة'));
    expect(requests.find((request) => request.operationName === 'TransitionReferral')?.variables.input).toEqual({
      referralId: 'ref-1',
      to: 'DECLINED',
      expectedVersion: 1,
      declineReason: 'OTHER',
      reason: 'انتقل المتقدم إلى عدن',
    });
  });

  it('records the amount disbursed and jobs created once the service has started', async () => {
    const inService = referralDetail({ status: 'IN_SERVICE', version: 4 });
    const { requests } = renderPage({
      Referral: () => ({ data: { referral: inService } }),
      RecordReferralOutcome: () => ({
        data: {
          recordReferralOutcome: {
            ...inService,
            version: 5,
            amountDisbursed: { __typename: 'Money', amount: '450000', currency: 'YER' },
            jobsCreated: 2,
          },
        },
      }),
    });
    expect(await screen.findByTestId('action-COMPLETE')).toBeTruthy();
    fireEvent.click(screen.getByTestId('action-RECORD_OUTCOME'));
    // The currency of the amount asked for is proposed.
    expect(((await screen.findByTestId('outcome-amount-currency')) as HTMLInputElement).value).toContain('YER');
    fireEvent.change(screen.getByTestId('outcome-amount-amount'), { target: { value: '٤٥٠٠٠٠' } });
    fireEvent.change(screen.getByTestId('outcome-jobs'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('outcome-submit'));

    await waitFor(() => expect(screen.getByTestId('referral-outcome').textContent).toContain('450,000'));
    expect(requests.find((request) => request.operationName === 'RecordReferralOutcome')?.variables.input).toEqual({
      referralId: 'ref-1',
      expectedVersion: 4,
      amountDisbursed: { amount: '450000', currency: 'YER' },
      jobsCreated: 2,
    });
  });

  it('offers nothing to staff of another partner', async () => {
    renderPage(
      { Referral: () => ({ data: { referral: referralDetail() } }) },
      testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-awn', name: { ar: 'العون', en: null } } }),
    );
    expect((await screen.findByTestId('referral-no-actions')).textContent).toBe('الجهة المستقبِلة وحدها تردّ على هذه الإحالة.');
  });
});

describe('ReferralPage for the referring coordinator', () => {
  it('is read only except for withdrawing, which needs a reason', async () => {
    const { requests } = renderPage(
      {
        Referral: () => ({ data: { referral: accepted(2) } }),
        TransitionReferral: () => ({
          data: {
            transitionReferral: {
              ...accepted(3),
              status: 'WITHDRAWN',
              history: [
                ...accepted(2).history,
                {
                  __typename: 'ReferralEvent',
                  from: 'ACCEPTED',
                  to: 'WITHDRAWN',
                  at: '2026-01-12T09:00:00.000Z',
                  reason: 'حصل على عمل',
                  declineReason: null,
                  by: coordinatorUser,
                },
              ],
            },
          },
        }),
      },
      coordinator,
    );
    expect(await screen.findByTestId('action-WITHDRAW')).toBeTruthy();
    expect(actionIds()).toEqual(['action-WITHDRAW']);
    expect(screen.getByText('فتح سجل المتقدم').getAttribute('href')).toBe('/applicants/app-ahmed');

    fireEvent.click(screen.getByTestId('action-WITHDRAW'));
    fireEvent.click(await screen.findByTestId('transition-submit'));
    await waitFor(() => expect(within(screen.getByTestId('transition-form')).getByText('اكتب السبب.')).toBeTruthy());
    fireEvent.change(screen.getByTestId('transition-reason'), { target: { value: 'حصل على عمل' } });
    fireEvent.click(screen.getByTestId('transition-submit'));

    await waitFor(() => expect(screen.getByTestId('referral-page-status').textContent).toBe('مسحوبة'));
    expect(requests.find((request) => request.operationName === 'TransitionReferral')?.variables.input).toEqual({
      referralId: 'ref-1',
      to: 'WITHDRAWN',
      expectedVersion: 2,
      reason: 'حصل على عمل',
    });
    expect(screen.getByTestId('referral-no-actions').textContent).toBe('هذه الإحالة مغلقة.');
  });

  it('shows the not-found page for a referral the user may not see', async () => {
    renderPage({ Referral: () => graphQLError('NOT_FOUND', 'Referral not found') }, coordinator);
    expect(await screen.findByTestId('not-found')).toBeTruthy();
  });
});
