import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { text } from '../../../test/fixtures';
import { consortiaAnswer, draftCommittee, emptyConnection, meeting, recommendation } from '../../../test/meetings';
import { renderApp, testUser } from '../../../test/render';
import { MeetingsPage } from './MeetingsPage';

const routes = [{ path: '/meetings', element: <MeetingsPage /> }];

const connection = (typename: string, nodes: unknown[]) => ({
  __typename: typename,
  totalCount: nodes.length,
  edges: nodes.map((node, index) => ({ __typename: typename.replace('Connection', 'Edge'), cursor: String(index), node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
});

const committeeMeeting = meeting({
  id: 'meet-committee',
  kind: 'COMMITTEE',
  title: text('اجتماع لجنة دراسة المسودة', 'Draft committee meeting'),
  heldOn: '2018-01-22',
  startsAt: null,
  endsAt: null,
  committee: draftCommittee,
  recommendations: [],
});

function renderMeetings(path: string, language: 'ar' | 'en' = 'ar') {
  return renderApp(null, {
    routes,
    path,
    language,
    user: testUser({ role: Role.PARTNER_STAFF, organization: { __typename: 'Organization', id: 'org-smeps' } as never }),
    handlers: {
      Consortia: () => consortiaAnswer([{ role: 'LEAD', organizationId: 'org-smeps' }]),
      Committees: () => emptyConnection('CommitteeConnection', 'committees'),
      Meetings: () => ({ data: { meetings: connection('MeetingConnection', [committeeMeeting, meeting()]) } }),
      CalendarRecommendations: () => ({
        data: {
          recommendations: connection('RecommendationConnection', [
            { ...recommendation(4, { dueOn: '2018-01-31', overdue: true, canManage: false, canReport: true }), meeting: { __typename: 'Meeting', id: 'meet-mukalla' } },
            { ...recommendation(5, { dueOn: null, canManage: true, canReport: true }), meeting: { __typename: 'Meeting', id: 'meet-mukalla' } },
            // Another organisation's, in a consortium the user only reads: not theirs to follow.
            { ...recommendation(6, { dueOn: '2018-01-15', canManage: false, canReport: false }), meeting: { __typename: 'Meeting', id: 'meet-mukalla' } },
          ]),
        },
      }),
    },
  });
}

describe('MeetingsPage', () => {
  it('lists meetings with their kind, date and how their recommendations stand', async () => {
    renderMeetings('/meetings');
    const rows = await screen.findAllByTestId('meeting-row');
    expect(rows.map((row) => within(row).getByTestId('meeting-row-title').textContent)).toEqual(['اجتماع لجنة دراسة المسودة', 'اجتماع الشركاء في المكلا']);
    expect(within(rows[0]).getByText('لجنة')).toBeTruthy();
    expect(within(rows[0]).getByText('لا توصيات')).toBeTruthy();
    expect(within(rows[1]).getByTestId('meeting-row-counts').textContent).toBe('التوصيات: 2مفتوحة: 1متأخرة: 1');
    expect(within(rows[1]).getByTestId('meeting-row-date').textContent).toBe('31 ديسمبر 2017 · 09:00–12:30');
    // The lead's staff may create meetings.
    expect(screen.getByTestId('meeting-create').getAttribute('href')).toBe('/meetings/new');
  });

  it('places meetings and recommendation due dates on their days of the month, weeks starting on Saturday', async () => {
    const { requests } = renderMeetings('/meetings?view=calendar&month=2018-01');
    expect((await screen.findByTestId('calendar-month')).textContent).toBe('يناير 2018');
    await screen.findAllByTestId('calendar-meeting');

    const cell = (date: string) => document.querySelector(`[data-testid="calendar-day"][data-date="${date}"]`) as HTMLElement;
    const days = screen.getAllByTestId('calendar-day');
    expect(days[0].getAttribute('data-date')).toBe('2017-12-30');
    expect(within(cell('2018-01-22')).getByTestId('calendar-meeting').textContent).toBe('اجتماع لجنة دراسة المسودة');
    expect(within(cell('2018-01-22')).getByTestId('calendar-meeting').getAttribute('href')).toBe('/meetings/meet-committee');
    // The 31 December meeting shows in the leading days of the first week.
    expect(within(cell('2017-12-31')).getByTestId('calendar-meeting').textContent).toBe('اجتماع الشركاء في المكلا');
    const due = within(cell('2018-01-31')).getByTestId('calendar-due');
    expect(due.textContent).toBe('موعد التوصية 4');
    expect(due.getAttribute('href')).toBe('/recommendations/rec-4');
    expect(screen.getAllByTestId('calendar-due')).toHaveLength(1);

    const meetingsRequest = requests.filter((request) => request.operationName === 'Meetings').at(-1);
    expect(meetingsRequest?.variables).toMatchObject({ filter: { from: '2017-12-30', to: '2018-02-02' } });

    fireEvent.click(screen.getByTestId('calendar-next'));
    await waitFor(() => expect(screen.getByTestId('calendar-month').textContent).toBe('فبراير 2018'));
  });

  it('names months in English and starts weeks on Monday for English readers', async () => {
    renderMeetings('/meetings?view=calendar&month=2018-01', 'en');
    expect((await screen.findByTestId('calendar-month')).textContent).toBe('January 2018');
    expect(screen.getAllByTestId('calendar-day')[0].getAttribute('data-date')).toBe('2018-01-01');
  });
});
