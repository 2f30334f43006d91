import { Role } from '@shuraka/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meeting } from '../../../test/meetings';
import { renderApp, testUser } from '../../../test/render';
import { MeetingPage } from './MeetingPage';

const routes = [{ path: '/meetings/:id', element: <MeetingPage /> }];

/** The recommendations section (the recommendations module's own component) answers with none here. */
const noRecommendations = (canManage: boolean) => () => ({
  data: {
    meeting: {
      __typename: 'Meeting',
      id: 'meet-mukalla',
      canManage,
      consortium: { __typename: 'Consortium', id: 'cons-hadramout', members: [] },
      recommendations: [],
    },
  },
});

const HOSTILE_MINUTES = [
  'Minutes of the day.',
  '<script>window.__pwned = true</script>',
  '<img src="x" onerror="window.__pwned = true">',
  '<a href="https://example.org" onclick="window.__pwned = true">inline html link</a>',
  '[a javascript link](javascript:window.__pwned=true) and [the fund](https://sfd-yemen.org)',
].join('\n\n');

afterEach(() => {
  vi.restoreAllMocks();
  delete (window as { __pwned?: boolean }).__pwned;
});

describe('MeetingPage', () => {
  it('shows the meeting: time in the consortium’s zone, attendees, Markdown minutes', async () => {
    renderApp(null, {
      routes,
      path: '/meetings/meet-mukalla',
      language: 'en',
      user: testUser({ role: Role.COMMITTEE_MEMBER }),
      handlers: { Meeting: () => ({ data: { meeting: meeting({ canManage: false }) } }), MeetingRecommendations: noRecommendations(false) },
    });
    expect((await screen.findByTestId('meeting-title')).textContent).toBe("Partners' meeting in Mukalla");
    expect(screen.getByTestId('meeting-time').textContent).toContain('09:00–12:30');
    expect(screen.getByTestId('meeting-time').textContent).toContain('Arabian Standard Time');
    const rows = within(screen.getByTestId('meeting-attendees')).getAllByTestId('attendee-row');
    expect(rows.map((row) => row.textContent)).toEqual(['سالم باوزيرSMEPSمدير البرامج', 'فاطمة العمودي']);
    expect(within(rows[0]).getByRole('link').getAttribute('href')).toBe('/organizations/org-smeps');
    expect(within(screen.getByTestId('meeting-minutes')).getByText('الاحتياجات الحقيقية').tagName).toBe('STRONG');
    // Arabic minutes keep their own direction inside the English page.
    expect(within(screen.getByTestId('meeting-minutes')).getByText('الاحتياجات الحقيقية').closest('p')?.getAttribute('dir')).toBe('auto');
    expect(within(screen.getByTestId('meeting-decisions')).getByText('Not written yet.')).toBeTruthy();
    // Readers get the file and the print view, not the edit button.
    expect(screen.queryByTestId('meeting-edit')).toBeNull();
    expect(screen.getByTestId('meeting-print-link').getAttribute('href')).toBe('/meetings/meet-mukalla/print');
  });

  it('never lets HTML written in the minutes reach the page', async () => {
    renderApp(null, {
      routes,
      path: '/meetings/meet-mukalla',
      handlers: { Meeting: () => ({ data: { meeting: meeting({ minutes: HOSTILE_MINUTES }) } }), MeetingRecommendations: noRecommendations(true) },
    });
    const minutes = await screen.findByTestId('meeting-minutes');
    await within(minutes).findByText('Minutes of the day.');
    expect(document.querySelector('script')).toBeNull();
    expect(minutes.querySelector('img')).toBeNull();
    expect(minutes.querySelector('[onerror], [onclick]')).toBeNull();
    expect(minutes.innerHTML).not.toContain('onerror');
    expect(minutes.innerHTML).not.toContain('<script');
    expect(minutes.innerHTML).not.toContain('javascript:');
    // Markdown links still work, opening apart from the portal.
    const links = within(minutes).getAllByRole('link');
    const fund = links.find((link) => link.textContent === 'the fund');
    expect(fund?.getAttribute('href')).toBe('https://sfd-yemen.org');
    expect(fund?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(fund?.getAttribute('target')).toBe('_blank');
    const unsafe = links.find((link) => link.textContent === 'a javascript link');
    expect(unsafe?.getAttribute('href') ?? '').toBe('');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('downloads the meeting as an .ics file', async () => {
    const createObjectURL = vi.fn(() => 'blob:ics');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    const { requests } = renderApp(null, {
      routes,
      path: '/meetings/meet-mukalla',
      handlers: {
        Meeting: () => ({ data: { meeting: meeting() } }),
        MeetingRecommendations: noRecommendations(true),
        MeetingIcs: () => ({
          data: {
            meeting: {
              __typename: 'Meeting',
              id: 'meet-mukalla',
              ics: { __typename: 'FileDownload', base64: btoa(ics), contentType: 'text/calendar', fileName: 'meeting-2017-12-31.ics' },
            },
          },
        }),
      },
    });
    fireEvent.click(await screen.findByTestId('meeting-ics'));
    await waitFor(() => expect(clicked).toEqual(['meeting-2017-12-31.ics']));
    expect(requests.find((request) => request.operationName === 'MeetingIcs')?.variables).toEqual({ id: 'meet-mukalla' });
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('text/calendar');
    const content = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    expect(content).toBe(ics);
    expect(screen.getByTestId('meeting-edit').getAttribute('href')).toBe('/meetings/meet-mukalla/edit');
  });
});
