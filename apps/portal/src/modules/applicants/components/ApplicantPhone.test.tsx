import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testUser } from '../../../test/render';
import { RegisterApplicantPage } from './RegisterApplicantPage';

const coordinator = testUser({ role: Role.COORDINATOR, organization: { id: 'org-smeps', name: { ar: 'سميبس', en: 'SMEPS' } } });

const consortium = (id: string, name: string, country: string, defaultCallingCode: string | null) => ({
  __typename: 'Consortium',
  id,
  name: { __typename: 'LocalizedText', ar: name, en: null },
  country,
  defaultCallingCode,
  purpose: null,
  members: [],
});

function renderForm(consortia: Array<ReturnType<typeof consortium>>, language: 'ar' | 'en' = 'ar') {
  return renderApp(null, {
    language,
    routes: [{ path: '/applicants/new', element: <RegisterApplicantPage /> }],
    path: '/applicants/new',
    user: coordinator,
    handlers: {
      Consortia: () => ({
        data: {
          consortia: {
            __typename: 'ConsortiumConnection',
            totalCount: consortia.length,
            edges: consortia.map((node) => ({ __typename: 'ConsortiumEdge', cursor: node.id, node })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      }),
    },
  });
}

const normalised = () => screen.queryByTestId('applicant-phone-normalised')?.textContent ?? null;
const phoneError = () => {
  const input = screen.getByTestId('applicant-phone');
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
};

describe('the phone field of the applicant form', () => {
  it('shows the number as the API will store it, with the consortium’s calling code, as it is typed', async () => {
    renderForm([consortium('cons-ye', 'اتحاد حضرموت', 'YE', '967')]);
    const phone = await screen.findByTestId('applicant-phone');
    await waitFor(() => expect((screen.getByTestId('applicant-consortium') as HTMLInputElement).disabled).toBe(false));
    for (const typed of ['777123456', '0777 123 456', '+967 777-123-456', '٠٠٩٦٧٧٧٧١٢٣٤٥٦']) {
      fireEvent.change(phone, { target: { value: typed } });
      expect([typed, normalised()]).toEqual([typed, 'سيُحفظ هكذا: +967 777 123 456']);
    }
    fireEvent.change(phone, { target: { value: '+966 50 123 4567' } });
    expect(normalised()).toContain('+966501234567');
  });

  it('says in the chosen language when the number cannot be normalised', async () => {
    renderForm([consortium('cons-ye', 'Hadramout', 'YE', '967')], 'en');
    const phone = await screen.findByTestId('applicant-phone');
    await waitFor(() => expect((screen.getByTestId('applicant-consortium') as HTMLInputElement).disabled).toBe(false));
    fireEvent.change(phone, { target: { value: '+1234567890123456' } });
    expect(normalised()).toBeNull();
    expect(phoneError()).toContain('Enter a phone number');
  });

  it('asks for the country code when the consortium has none to complete a local number with', async () => {
    renderForm([consortium('cons-x', 'اتحاد', 'XX', null)]);
    const phone = await screen.findByTestId('applicant-phone');
    await waitFor(() => expect((screen.getByTestId('applicant-consortium') as HTMLInputElement).disabled).toBe(false));
    fireEvent.change(phone, { target: { value: '777123456' } });
    expect(normalised()).toBeNull();
    expect(phoneError()).toContain('اكتب الرقم مع رمز الدولة');
    fireEvent.change(phone, { target: { value: '+967777123456' } });
    expect(normalised()).toContain('+967777123456');
  });
});
