import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { awn } from '../../../test/fixtures';
import { graphQLError, type OperationHandler } from '../../../test/graphql-fetch';
import { renderApp, testUser } from '../../../test/render';
import { EditOrganizationPage } from './OrganizationFormPages';

const routes = [
  { path: '/organizations/:id/edit', element: <EditOrganizationPage /> },
  { path: '/organizations/:id', element: <p data-testid="org-page">page</p> },
];

/** The error text Mantine links to an input through aria-describedby. */
function errorOf(input: HTMLElement): string {
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}

function renderEdit(updateOrganization: OperationHandler, language: 'ar' | 'en' = 'ar') {
  return renderApp(null, {
    language,
    routes,
    path: '/organizations/org-awn/edit',
    user: testUser({ role: Role.ADMIN }),
    handlers: { Organization: () => ({ data: { organization: awn } }), UpdateOrganization: updateOrganization },
  });
}

describe('organisation form and API field errors', () => {
  it('puts each API field error under its field, translated, and the rest in the general alert', async () => {
    renderEdit(() =>
      graphQLError('BAD_USER_INPUT', 'Invalid input', {
        fieldErrors: [
          { field: 'name', message: 'name must have ar or en', constraint: 'atLeastOneLanguage' },
          { field: 'branches.0.governorate', message: 'must be an ISO 3166-2 code', constraint: 'isGovernorate' },
          { field: 'branches.0.district', message: 'district contains a forbidden word', constraint: 'noSuchConstraint' },
          { field: 'website', message: 'property website should not exist', constraint: 'whitelistValidation' },
        ],
      }),
    );

    const nameAr = await screen.findByTestId('org-name-ar');
    expect((nameAr as HTMLInputElement).value).toBe('مؤسسة العون للتنمية');
    fireEvent.click(screen.getByTestId('org-submit'));

    await waitFor(() => expect(nameAr.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(nameAr)).toBe('أدخله بالعربية أو بالإنجليزية (واحدة على الأقل).');
    expect(errorOf(screen.getByTestId('branch-0-governorate'))).toBe('اختر محافظة من القائمة.');
    // An unknown constraint falls back on the API's own message.
    expect(errorOf(screen.getByTestId('branch-0-district'))).toBe('district contains a forbidden word');

    const alert = screen.getByTestId('form-error');
    expect(within(alert).getByText('بعض الحقول تحتاج إلى تصحيح.')).toBeTruthy();
    expect(within(alert).getByText('هذا الحقل غير مقبول.')).toBeTruthy();
    expect(within(alert).queryByText('اختر محافظة من القائمة.')).toBeNull();
  });

  it('translates the same errors into English in the English interface', async () => {
    renderEdit(
      () =>
        graphQLError('BAD_USER_INPUT', 'Invalid input', {
          fieldErrors: [{ field: 'name.en', message: 'too long', constraint: 'maxLength' }],
        }),
      'en',
    );
    fireEvent.click(await screen.findByTestId('org-submit'));
    await waitFor(() => expect(errorOf(screen.getByTestId('org-name-en'))).toBe('This text is too long.'));
  });

  it('shows a CONFLICT with the API message, and a lost connection in plain words', async () => {
    let answer: 'conflict' | 'offline' = 'conflict';
    renderEdit(() => {
      if (answer === 'offline') throw new TypeError('Failed to fetch');
      return graphQLError('CONFLICT', 'An organisation with this name already exists');
    });
    fireEvent.click(await screen.findByTestId('org-submit'));
    const alert = await screen.findByTestId('form-error');
    expect(within(alert).getByText('يتعارض هذا مع بيانات موجودة.')).toBeTruthy();
    expect(within(alert).getByText('An organisation with this name already exists')).toBeTruthy();

    answer = 'offline';
    fireEvent.click(screen.getByTestId('org-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('form-error').textContent).toContain('لا يوجد اتصال. تحقق من الإنترنت ثم حاول مرة أخرى.'),
    );
  });

  it('checks the form before sending, then sends the whole organisation and returns to its page', async () => {
    const { requests } = renderEdit(() => ({ data: { updateOrganization: awn } }));
    const nameAr = await screen.findByTestId('org-name-ar');
    fireEvent.change(nameAr, { target: { value: '' } });
    fireEvent.change(screen.getByTestId('org-name-en'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('org-submit'));
    await waitFor(() => expect(errorOf(nameAr)).toBe('أدخله بالعربية أو بالإنجليزية (واحدة على الأقل).'));
    expect(requests.some((request) => request.operationName === 'UpdateOrganization')).toBe(false);

    fireEvent.change(nameAr, { target: { value: '  مؤسسة العون  ' } });
    fireEvent.click(screen.getByTestId('branch-0-remove'));
    fireEvent.click(screen.getByTestId('org-submit'));
    expect(await screen.findByTestId('org-page')).toBeTruthy();
    const update = requests.find((request) => request.operationName === 'UpdateOrganization');
    expect(update?.variables).toEqual({
      id: 'org-awn',
      input: { name: { ar: 'مؤسسة العون', en: null }, kind: 'NGO', governorates: ['YE-HD', 'YE-AB'], branches: [] },
    });
  });
});
