import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { referralDetail } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { exceedsRequested } from '../utils/referral-forms';
import { ReferralPage } from './ReferralPage';

const mffStaff = testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'الصندوق', en: null } } });
const inService = referralDetail({ status: 'IN_SERVICE', version: 4 });

function renderOutcome() {
  return renderApp(null, {
    routes: [{ path: '/referrals/:id', element: <ReferralPage /> }],
    path: '/referrals/ref-1',
    user: mffStaff,
    handlers: {
      Referral: () => ({ data: { referral: inService } }),
      RecordReferralOutcome: (variables) => ({
        data: { recordReferralOutcome: { ...inService, version: 5, amountDisbursed: { __typename: 'Money', ...(variables.input as { amountDisbursed: object }).amountDisbursed } } },
      }),
    },
  });
}

async function enterAmount(amount: string) {
  expect(await screen.findByTestId('action-COMPLETE')).toBeTruthy();
  fireEvent.click(screen.getByTestId('action-RECORD_OUTCOME'));
  expect(((await screen.findByTestId('outcome-amount-currency')) as HTMLInputElement).value).toContain('YER');
  fireEvent.change(screen.getByTestId('outcome-amount-amount'), { target: { value: amount } });
}

describe('an outcome amount above the amount asked for', () => {
  it('compares amounts of the same currency only', () => {
    const requested = { amount: '500000', currency: 'YER' };
    expect(exceedsRequested({ amount: '٥٠٠٠٠٠٠', currency: 'YER' }, requested)).toBe(true);
    expect(exceedsRequested({ amount: '500000', currency: 'YER' }, requested)).toBe(false);
    expect(exceedsRequested({ amount: '900', currency: 'USD' }, requested)).toBe(false);
    expect(exceedsRequested({ amount: '900', currency: 'YER' }, null)).toBe(false);
  });

  it('asks before saving, and saves only after "save anyway"', async () => {
    const { requests } = renderOutcome();
    // The applicant asked for 500,000 YER (fixture); an extra zero is typed.
    await enterAmount('5000000');
    fireEvent.click(screen.getByTestId('outcome-submit'));
    const question = await screen.findByTestId('outcome-above-requested');
    expect(question.textContent).toContain('أكبر من المبلغ الذي طلبه المتقدم');
    expect(requests.some((request) => request.operationName === 'RecordReferralOutcome')).toBe(false);

    fireEvent.click(screen.getByTestId('outcome-confirm-above'));
    await waitFor(() => expect(requests.some((request) => request.operationName === 'RecordReferralOutcome')).toBe(true));
    expect(requests.find((request) => request.operationName === 'RecordReferralOutcome')?.variables.input).toMatchObject({
      amountDisbursed: { amount: '5000000', currency: 'YER' },
    });
  });

  it('saves an amount within the request without asking', async () => {
    const { requests } = renderOutcome();
    await enterAmount('450000');
    fireEvent.click(screen.getByTestId('outcome-submit'));
    await waitFor(() => expect(requests.some((request) => request.operationName === 'RecordReferralOutcome')).toBe(true));
    expect(screen.queryByTestId('outcome-above-requested')).toBeNull();
  });
});
