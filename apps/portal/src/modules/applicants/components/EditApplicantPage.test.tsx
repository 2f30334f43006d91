import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applicantProfile } from '../../../test/fixtures';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { renderApp, testUser } from '../../../test/render';
import { EditApplicantPage } from './EditApplicantPage';

const routes = [
  { path: '/applicants/:id/edit', element: <EditApplicantPage /> },
  { path: '/applicants/:id', element: <p data-testid="applicant-page">page</p> },
];
const coordinator = testUser({ role: Role.COORDINATOR, organization: { id: 'org-smeps', name: { ar: 'سميبس', en: 'SMEPS' } } });
const WAIT = { timeout: 5000 };

const applicant = () => ({
  data: {
    applicant: {
      ...applicantProfile,
      fullName: 'احمد سالم بن على',
      nationalIdLastDigits: '3456',
      consentGivenAt: '2026-01-10T07:55:00.000Z',
      consentWithdrawnAt: null,
      consentWithdrawalReason: null,
      consortiumId: 'cons-hadramout',
      version: 3,
      createdAt: '2026-01-10T07:55:00.000Z',
      referrals: [],
    },
  },
});

const updated = (variables: Record<string, unknown>) => {
  const input = variables.input as Record<string, unknown>;
  return { data: { updateApplicant: { ...applicantProfile, fullName: input.fullName, nationalIdLastDigits: '3456', version: 4 } } };
};

function renderEdit(updateApplicant: OperationHandler = updated, language: 'ar' | 'en' = 'ar') {
  return renderApp(null, {
    language,
    routes,
    path: '/applicants/app-ahmed/edit',
    user: coordinator,
    handlers: {
      Applicant: applicant,
      Consortia: () => ({
        data: { consortia: { __typename: 'ConsortiumConnection', totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } },
      }),
      ApplicantDuplicates: () => ({ data: { applicantDuplicates: [] } }),
      UpdateApplicant: updateApplicant,
    },
  });
}

describe('correcting an applicant', () => {
  it('opens the registration form filled in, without the consent to tick again, and sends the correction with the version read', async () => {
    const { requests } = renderEdit();
    const name = await screen.findByTestId('applicant-full-name', {}, WAIT);
    expect((name as HTMLInputElement).value).toBe('احمد سالم بن على');
    expect((screen.getByTestId('applicant-phone') as HTMLInputElement).value).toBe('+967777123456');
    expect(screen.queryByTestId('applicant-consent')).toBeNull();
    expect(screen.queryByTestId('applicant-consortium')).toBeNull();
    expect(screen.getByTestId('applicant-submit').textContent).toBe('حفظ التغييرات');

    fireEvent.change(name, { target: { value: 'أحمد سالم بن علي' } });
    fireEvent.change(screen.getByTestId('applicant-district'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('applicant-submit'));

    expect(await screen.findByTestId('applicant-page', {}, WAIT)).toBeTruthy();
    const check = requests.find((request) => request.operationName === 'ApplicantDuplicates');
    expect(check?.variables.input).toMatchObject({ fullName: 'أحمد سالم بن علي', excludeApplicantId: 'app-ahmed' });
    const update = requests.find((request) => request.operationName === 'UpdateApplicant');
    expect(update?.variables.input).toEqual({
      id: 'app-ahmed',
      expectedVersion: 3,
      fullName: 'أحمد سالم بن علي',
      category: 'UNIVERSITY_GRADUATE',
      gender: 'MALE',
      governorate: 'YE-HD',
      needs: ['MICRO_LOAN', 'BUSINESS_TRAINING'],
      guaranteeOffered: 'GROUP',
      birthDate: '1998-03-14',
      district: null,
      phone: '+967777123456',
      projectSize: 'MICRO',
      sector: 'خياطة',
      requestedAmount: { amount: '500000', currency: 'YER' },
    });
  });

  it('applies the registration checks in the browser and shows the API’s refusals on the form', async () => {
    const { requests } = renderEdit(() => graphQLError('CONFLICT', 'The applicant has changed since you saw it (version 4, not 3); reload it', { reason: 'STALE_VERSION' }), 'en');
    const name = await screen.findByTestId('applicant-full-name', {}, WAIT);
    fireEvent.change(name, { target: { value: '  ' } });
    fireEvent.click(screen.getByTestId('applicant-submit'));
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.some((request) => request.operationName === 'UpdateApplicant')).toBe(false);

    fireEvent.change(name, { target: { value: 'Ahmed Salem' } });
    fireEvent.click(screen.getByTestId('applicant-submit'));
    const alert = await screen.findByTestId('form-error', {}, WAIT);
    expect(within(alert).getByText(/changed since you saw it/)).toBeTruthy();
  });

  it('is not offered to partner staff', async () => {
    renderApp(null, {
      routes,
      path: '/applicants/app-ahmed/edit',
      user: testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'x', en: null } } }),
      handlers: { Applicant: applicant },
    });
    expect(await screen.findByTestId('forbidden', {}, WAIT)).toBeTruthy();
  });
});
