import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { renderApp, testUser } from '../../../test/render';
import { RegisterApplicantPage } from './RegisterApplicantPage';

const routes = [
  { path: '/applicants/new', element: <RegisterApplicantPage /> },
  { path: '/applicants/:id', element: <p data-testid="applicant-page">page</p> },
];

const coordinator = testUser({ role: Role.COORDINATOR, organization: { id: 'org-smeps', name: { ar: 'سميبس', en: 'SMEPS' } } });

/** The error text Mantine links to an input through aria-describedby. */
/** The field's error text (Mantine's `<id>-error`), not its description. */
function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

const noDuplicates: OperationHandler = () => ({ data: { applicantDuplicates: [] } });

function renderForm(registerApplicant: OperationHandler, language: 'ar' | 'en' = 'ar', applicantDuplicates: OperationHandler = noDuplicates) {
  return renderApp(null, {
    language,
    routes,
    path: '/applicants/new',
    user: coordinator,
    handlers: {
      Consortia: () => ({
        data: {
          consortia: {
            __typename: 'ConsortiumConnection',
            totalCount: 0,
            edges: [],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      }),
      RegisterApplicant: registerApplicant,
      ApplicantDuplicates: applicantDuplicates,
    },
  });
}

async function choose(testId: string, option: string) {
  fireEvent.click(screen.getByTestId(testId));
  fireEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

async function fillAhmed() {
  fireEvent.change(await screen.findByTestId('applicant-full-name'), { target: { value: 'أحمد سالم بن علي' } });
  await choose('applicant-category', 'خريج جامعة');
  await choose('applicant-gender', 'ذكر');
  fireEvent.change(screen.getByTestId('applicant-birth-date'), { target: { value: '1998-03-14' } });
  fireEvent.change(screen.getByTestId('applicant-phone'), { target: { value: '٧٧٧١٢٣٤٥٦' } });
  await choose('applicant-governorate', 'حضرموت');
  fireEvent.change(screen.getByTestId('applicant-amount-amount'), { target: { value: '٥٠٠٠٠٠' } });
  fireEvent.click(
    screen.getByTestId('applicant-need-MICRO_LOAN').querySelector('input') ?? screen.getByTestId('applicant-need-MICRO_LOAN'),
  );
  await choose('applicant-guarantee', 'ضمان جماعي');
}

describe('registering an applicant', () => {
  it('will not send anything until the applicant’s consent is ticked', async () => {
    const { requests } = renderForm(() => ({ data: { registerApplicant: { __typename: 'Applicant', id: 'app-1' } } }));
    await fillAhmed();
    fireEvent.click(screen.getByTestId('applicant-submit'));

    const consent = screen.getByTestId('applicant-consent');
    await waitFor(() => expect(errorOf(consent)).toContain('يجب أن يوافق المتقدم قبل تسجيله.'));
    expect(requests.some((request) => request.operationName === 'RegisterApplicant')).toBe(false);
  });

  it('sends the applicant with ASCII digits, the local currency filled in and the consent, then opens their page', async () => {
    const { requests } = renderForm(() => ({
      data: {
        registerApplicant: {
          __typename: 'Applicant',
          id: 'app-1',
          fullName: 'أحمد سالم بن علي',
          category: 'UNIVERSITY_GRADUATE',
          gender: 'MALE',
          governorate: 'YE-HD',
          district: null,
          needs: ['MICRO_LOAN'],
          createdAt: '2026-01-10T08:00:00.000Z',
        },
      },
    }));
    await fillAhmed();
    fireEvent.click(screen.getByTestId('applicant-consent'));
    fireEvent.click(screen.getByTestId('applicant-submit'));

    expect(await screen.findByTestId('applicant-page', {}, { timeout: 5000 })).toBeTruthy();
    const register = requests.find((request) => request.operationName === 'RegisterApplicant');
    expect(register?.variables.input).toEqual({
      fullName: 'أحمد سالم بن علي',
      category: 'UNIVERSITY_GRADUATE',
      gender: 'MALE',
      birthDate: '1998-03-14',
      governorate: 'YE-HD',
      phone: '777123456',
      requestedAmount: { amount: '500000', currency: 'YER' },
      needs: ['MICRO_LOAN'],
      guaranteeOffered: 'GROUP',
      consentGiven: true,
    });
  });

  it('puts the API’s field errors under their fields, in Arabic even where the API’s constraint is generic', async () => {
    renderForm(() =>
      graphQLError('BAD_USER_INPUT', 'Invalid input', {
        fieldErrors: [
          { field: 'phone', constraint: 'matches', message: 'must be a phone number of 7 to 15 digits' },
          { field: 'birthDate', constraint: 'ageRange', message: 'gives an age of 8; applicants are 10 to 100' },
          { field: 'needs', constraint: 'arrayMinSize', message: 'name at least one need' },
        ],
      }),
    );
    await fillAhmed();
    fireEvent.click(screen.getByTestId('applicant-consent'));
    fireEvent.click(screen.getByTestId('applicant-submit'));

    await waitFor(() =>
      expect(errorOf(screen.getByTestId('applicant-phone'))).toContain(
        'أدخل رقم هاتف من 7 إلى 15 رقماً (يمكن استخدام المسافات والشرطات وعلامة + في البداية).',
      ),
    );
    expect(errorOf(screen.getByTestId('applicant-birth-date'))).toBe('تاريخ الميلاد هذا يعطي عمراً خارج المدى من 10 إلى 100 سنة.');
    expect(within(screen.getByTestId('applicant-needs')).getByText('اختر عنصراً واحداً على الأقل.')).toBeTruthy();
    expect(within(screen.getByTestId('form-error')).getByText('بعض الحقول تحتاج إلى تصحيح.')).toBeTruthy();
  });

  it('says the applicant is already registered and links to them when the API names them', async () => {
    renderForm(() =>
      graphQLError('CONFLICT', 'An applicant with this national id is already registered: أحمد سالم بن علي', {
        existingApplicantId: 'app-existing',
      }),
    );
    await fillAhmed();
    fireEvent.click(screen.getByTestId('applicant-consent'));
    fireEvent.click(screen.getByTestId('applicant-submit'));

    const alert = await screen.findByTestId('applicant-duplicate');
    expect(within(alert).getByText('هذا المتقدم مسجّل من قبل')).toBeTruthy();
    expect(screen.getByTestId('applicant-duplicate-link').getAttribute('href')).toBe('/applicants/app-existing');
  });

  it('says so without a link when the applicant belongs to another coordinator', async () => {
    renderForm(() => graphQLError('CONFLICT', 'An applicant with this phone number and birth date is already registered'), 'en');
    fireEvent.change(await screen.findByTestId('applicant-full-name'), { target: { value: 'Ahmed' } });
    await choose('applicant-category', 'University graduate');
    await choose('applicant-gender', 'Male');
    await choose('applicant-governorate', 'Hadramout');
    fireEvent.click(
      screen.getByTestId('applicant-need-MICRO_LOAN').querySelector('input') ?? screen.getByTestId('applicant-need-MICRO_LOAN'),
    );
    await choose('applicant-guarantee', 'No guarantee');
    fireEvent.click(screen.getByTestId('applicant-consent'));
    fireEvent.click(screen.getByTestId('applicant-submit'));

    const alert = await screen.findByTestId('applicant-duplicate');
    expect(alert.textContent).toContain('They were registered by another coordinator');
    expect(screen.queryByTestId('applicant-duplicate-link')).toBeNull();
  });

  it('warns about likely duplicates before saving, links to them, and saves only when told it is another person', async () => {
    const { requests } = renderForm(
      () => ({ data: { registerApplicant: { __typename: 'Applicant', id: 'app-new', fullName: 'أحمد سالم بن علي', category: 'UNIVERSITY_GRADUATE', gender: 'MALE', governorate: 'YE-HD', district: null, needs: ['MICRO_LOAN'], createdAt: '2026-01-10T08:00:00.000Z' } } }),
      'ar',
      () => ({
        data: {
          applicantDuplicates: [
            {
              __typename: 'ApplicantDuplicate',
              reasons: ['SAME_PHONE', 'SIMILAR_NAME_IN_DISTRICT'],
              applicant: { __typename: 'Applicant', id: 'app-existing', fullName: 'احمد سالم بن على', birthDate: null, district: 'المكلا', phone: '+967777123456' },
            },
          ],
        },
      }),
    );
    await fillAhmed();
    fireEvent.click(screen.getByTestId('applicant-consent'));
    fireEvent.click(screen.getByTestId('applicant-submit'));

    const warning = await screen.findByTestId('applicant-possible-duplicates', {}, { timeout: 5000 });
    expect(within(warning).getByText('قد يكون هذا الشخص مسجلًا من قبل')).toBeTruthy();
    expect(warning.textContent).toContain('رقم الهاتف نفسه · اسم شبه مطابق في المديرية نفسها');
    expect(within(warning).getByTestId('applicant-possible-duplicate-link').getAttribute('href')).toBe('/applicants/app-existing');
    const check = requests.find((request) => request.operationName === 'ApplicantDuplicates');
    expect(check?.variables.input).toEqual({ fullName: 'أحمد سالم بن علي', birthDate: '1998-03-14', phone: '777123456', governorate: 'YE-HD' });
    expect(requests.some((request) => request.operationName === 'RegisterApplicant')).toBe(false);

    fireEvent.click(within(warning).getByTestId('applicant-duplicates-continue'));
    expect(await screen.findByTestId('applicant-page', {}, { timeout: 5000 })).toBeTruthy();
    expect(requests.filter((request) => request.operationName === 'RegisterApplicant')).toHaveLength(1);
    expect(requests.filter((request) => request.operationName === 'ApplicantDuplicates')).toHaveLength(1);
  });

  it('is not offered to partner staff', async () => {
    renderApp(null, {
      routes,
      path: '/applicants/new',
      user: testUser({ role: Role.PARTNER_STAFF, organization: { id: 'org-mff', name: { ar: 'x', en: null } } }),
    });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(screen.queryByTestId('applicant-form')).toBeNull();
  });
});
