import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { awn, awnMicroLoan } from '../../../test/fixtures';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { renderApp, testUser } from '../../../test/render';
import { EditServicePage } from './ServiceFormPages';

const routes = [
  { path: '/organizations/:id/services/:serviceId/edit', element: <EditServicePage /> },
  { path: '/organizations/:id', element: <p data-testid="org-page">page</p> },
];

function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}

function renderEdit(updateService: OperationHandler, organizationId = 'org-awn') {
  return renderApp(null, {
    routes,
    path: `/organizations/org-awn/services/svc-awn-loan/edit`,
    user: testUser({ role: Role.PARTNER_STAFF, organization: { id: organizationId, name: { ar: 'x', en: null } } }),
    handlers: { Organization: () => ({ data: { organization: awn } }), UpdateService: updateService },
  });
}

describe('service form', () => {
  it('takes amounts typed with Arabic digits and sends them as decimal strings', async () => {
    const { requests } = renderEdit(() => ({ data: { updateService: awnMicroLoan } }));
    const minAmount = (await screen.findByTestId('service-min-amount-amount')) as HTMLInputElement;
    expect(minAmount.value).toBe('100000');

    fireEvent.change(minAmount, { target: { value: '٢٠٠٬٠٠٠٫٥' } });
    expect(minAmount.value).toBe('200000.5');
    fireEvent.change(screen.getByTestId('service-capacity-input'), { target: { value: '١٥٠' } });
    fireEvent.change(screen.getByTestId('service-decision-days'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('service-submit'));

    expect(await screen.findByTestId('org-page')).toBeTruthy();
    const update = requests.find((request) => request.operationName === 'UpdateService');
    expect(update?.variables.id).toBe('svc-awn-loan');
    expect(update?.variables.input).toMatchObject({
      minAmount: { amount: '200000.5', currency: 'YER' },
      maxAmount: { amount: '1500000', currency: 'YER' },
      capacity: 150,
      decisionDays: null,
      gender: 'FEMALE',
      minAge: 18,
      maxAge: 45,
    });
  });

  it('refuses a minimum above the maximum before sending', async () => {
    const { requests } = renderEdit(() => ({ data: { updateService: awnMicroLoan } }));
    const minAmount = await screen.findByTestId('service-min-amount-amount');
    fireEvent.change(minAmount, { target: { value: '2000000' } });
    fireEvent.click(screen.getByTestId('service-submit'));
    await waitFor(() =>
      expect(errorOf(screen.getByTestId('service-max-amount-amount'))).toBe('يجب ألا يكون الحد الأدنى أكبر من الحد الأعلى.'),
    );
    expect(requests.some((request) => request.operationName === 'UpdateService')).toBe(false);
  });

  it('shows API errors on money and number fields', async () => {
    renderEdit(() =>
      graphQLError('BAD_USER_INPUT', 'Invalid input', {
        fieldErrors: [
          { field: 'minAmount.amount', message: 'amount must be a decimal string', constraint: 'isAmount' },
          { field: 'capacity', message: 'capacity must not be less than used places', constraint: 'min' },
        ],
      }),
    );
    fireEvent.click(await screen.findByTestId('service-submit'));
    await waitFor(() => expect(errorOf(screen.getByTestId('service-min-amount-amount'))).toBe('أدخل مبلغاً مثل 150000 أو 2500.50.'));
    expect(errorOf(screen.getByTestId('service-capacity-input'))).toBe('القيمة أصغر من المسموح.');
  });

  it('does not offer the form to staff of another organisation', async () => {
    renderEdit(() => ({ data: { updateService: awnMicroLoan } }), 'org-nahd');
    expect((await screen.findByTestId('forbidden')).textContent).toBe('لا يملك حسابك صلاحية القيام بهذا.');
    expect(screen.queryByTestId('service-form')).toBeNull();
  });
});
