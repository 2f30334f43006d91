import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { text } from '../../../test/fixtures';
import { consortiaAnswer, emptyConnection, hadramoutConsortium, meeting } from '../../../test/meetings';
import { renderApp, testUser } from '../../../test/render';
import { CreateMeetingPage } from './MeetingFormPages';

const routes = [
  { path: '/meetings/new', element: <CreateMeetingPage /> },
  { path: '/meetings/:id', element: <p data-testid="meeting-page">page</p> },
];

const committeeMember = testUser({ role: Role.COMMITTEE_MEMBER, organization: { __typename: 'Organization', id: 'org-awn' } as never });

function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}

describe('CreateMeetingPage', () => {
  it('starts a follow-up meeting from a recommendation and sends the link with the attendees', async () => {
    const { requests } = renderApp(null, {
      routes,
      path: '/meetings/new?followUpOf=rec-3',
      user: committeeMember,
      handlers: {
        Consortia: () => consortiaAnswer([{ role: 'MEMBER', organizationId: 'org-awn' }]),
        Committees: () => emptyConnection('CommitteeConnection', 'committees'),
        OrganizationOptions: () => emptyConnection('OrganizationConnection', 'organizations'),
        FollowUpSource: () => ({
          data: {
            recommendation: {
              __typename: 'Recommendation',
              id: 'rec-3',
              number: 3,
              text: text('تشكيل لجنة لدراسة مسودة الشراكة', 'Form a committee to study the draft'),
              consortium: hadramoutConsortium,
              meeting: { __typename: 'Meeting', id: 'meet-mukalla', kind: 'PARTNERS_MEETING', committee: null, title: text('اجتماع الشركاء', null) },
            },
          },
        }),
        CreateMeeting: () => ({ data: { createMeeting: meeting({ id: 'meet-new' }) } }),
      },
    });

    expect((await screen.findByTestId('follow-up-note')).textContent).toContain('متابعة التوصية 3: تشكيل لجنة لدراسة مسودة الشراكة');
    expect((screen.getByTestId('meeting-title-ar') as HTMLInputElement).value).toBe('متابعة التوصية 3');
    expect((screen.getByTestId('meeting-title-en') as HTMLInputElement).value).toBe('Follow-up of recommendation 3');

    // Without a date and with an end before the start, nothing is sent.
    fireEvent.change(screen.getByTestId('meeting-starts-at'), { target: { value: '11:00' } });
    fireEvent.change(screen.getByTestId('meeting-ends-at'), { target: { value: '10:00' } });
    fireEvent.click(screen.getByTestId('person-add'));
    fireEvent.click(screen.getByTestId('meeting-submit'));
    await waitFor(() => expect(errorOf(screen.getByTestId('meeting-ends-at'))).toBe('يجب أن يكون وقت الانتهاء بعد وقت البدء.'));
    expect(errorOf(screen.getByTestId('person-name'))).toBe('هذا الحقل مطلوب.');
    expect(requests.some((request) => request.operationName === 'CreateMeeting')).toBe(false);

    fireEvent.change(screen.getByTestId('meeting-held-on'), { target: { value: '2018-01-22' } });
    fireEvent.blur(screen.getByTestId('meeting-held-on'));
    fireEvent.change(screen.getByTestId('meeting-ends-at'), { target: { value: '12:30' } });
    fireEvent.change(screen.getByTestId('person-name'), { target: { value: 'سالم باوزير' } });
    fireEvent.change(screen.getByTestId('person-title'), { target: { value: 'رئيس اللجنة' } });
    fireEvent.click(screen.getByTestId('person-add'));
    fireEvent.click(screen.getAllByTestId('person-link-me')[1]);
    fireEvent.change(screen.getByTestId('meeting-minutes'), { target: { value: 'اتُّفق على **تشكيل اللجنة**.' } });
    fireEvent.click(screen.getByTestId('meeting-submit'));

    await screen.findByTestId('meeting-page');
    expect(requests.find((request) => request.operationName === 'CreateMeeting')?.variables).toEqual({
      input: {
        consortiumId: 'cons-hadramout',
        kind: 'PARTNERS_MEETING',
        title: { ar: 'متابعة التوصية 3', en: 'Follow-up of recommendation 3' },
        heldOn: '2018-01-22',
        startsAt: '11:00',
        endsAt: '12:30',
        minutes: 'اتُّفق على **تشكيل اللجنة**.',
        attendees: [
          { name: 'سالم باوزير', title: 'رئيس اللجنة' },
          { name: committeeMember.displayName, userId: committeeMember.id },
        ],
        followUpOfRecommendationId: 'rec-3',
      },
    });
  });

  it('tells a reader who manages no consortium that they may not create meetings', async () => {
    renderApp(null, {
      routes,
      path: '/meetings/new',
      user: testUser({ role: Role.PARTNER_STAFF, organization: { __typename: 'Organization', id: 'org-awn' } as never }),
      handlers: { Consortia: () => consortiaAnswer([{ role: 'LEAD', organizationId: 'org-smeps' }, { role: 'MEMBER', organizationId: 'org-awn' }]) },
    });
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
