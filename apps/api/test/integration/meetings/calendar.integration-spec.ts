import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '@shuraka/domain';
import { Clock } from '../../../src/common/time/clock';
import { createUser } from '../../factories';
import { parseCalendar } from '../../support/ical';
import { errorCode, operation, startTestApp, type TestApp } from '../../support/test-app';
import { meetingWithRecommendations } from './files-setting';
import { createMeeting, UPDATE } from './setting';

const ICS = operation<{ meeting: { ics: { fileName: string; contentType: string; base64: string } } }>(
  'query I($id: ID!) { meeting(id: $id) { ics { fileName contentType base64 } } }',
);
const CREATE_FEED = operation<{ createCalendarFeed: { url: string; createdAt: string } }>('mutation { createCalendarFeed { url createdAt } }');
const REVOKE_FEED = operation<{ revokeCalendarFeed: boolean }>('mutation { revokeCalendarFeed }');
const FEED_STATUS = operation<{ calendarFeed: { createdAt: string; lastUsedAt: string | null } | null }>('{ calendarFeed { createdAt lastUsedAt } }');
const DEACTIVATE = operation<{ deactivateUser: { id: string } }>('mutation D($id: ID!) { deactivateUser(id: $id) { id } }');

describe('calendars (Meeting.ics and per-user feeds)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /**
   * Recommendation 1 is partner A's (due 2031-02-01), 2 partner B's (due 2031-02-02), 3 partner A's without a due date,
   * 4 partner A's and DONE; a second, all-day workshop; and a meeting of another consortium.
   */
  const setup = async () => {
    const setting = await meetingWithRecommendations(api, [
      { owners: ['partnerA'], dueOn: '2031-02-01', text: { ar: 'توقيع الاتفاقية، مع البنك\nوالصندوق', en: 'Sign the agreement' } },
      { owners: ['partnerB'], dueOn: '2031-02-02' },
      { owners: ['partnerA'] },
      { owners: ['partnerA'], dueOn: '2031-02-03' },
    ]);
    await api.gql(UPDATE, { id: setting.recommendationIds[3], input: { status: 'DONE', progressNote: 'done' } }, setting.leadStaff.token);
    const workshop = await createMeeting(api, setting, { kind: 'WORKSHOP', title: { ar: null, en: 'Training workshop' }, heldOn: '2031-03-01' });
    const other = await meetingWithRecommendations(api, [{ owners: ['partnerA'], dueOn: '2031-02-05' }]);
    return { ...setting, workshopId: workshop.id, otherMeetingId: other.meetingId, otherRecommendationId: other.recommendationIds[0] };
  };

  const fetchFeed = (url: string, accept = 'text/calendar, */*') => fetch(url, { headers: { accept } });

  it('downloads one meeting as .ics: its local time with TZID and VTIMEZONE, Arabic text with commas read back intact', async () => {
    const setting = await setup();
    const response = await api.gql(ICS, { id: setting.meetingId }, setting.staffB.token);
    const file = response.data!.meeting.ics;
    expect(file).toMatchObject({ contentType: 'text/calendar; charset=utf-8', fileName: 'meeting-2031-01-15-Partners-meeting-Mukalla.ics' });
    const calendar = parseCalendar(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(calendar.timezones).toEqual(['Asia/Aden']);
    expect(calendar.events).toEqual([
      expect.objectContaining({
        uid: `meeting-${setting.meetingId}@shuraka`,
        summary: 'اجتماع الشركاء، المكلا',
        location: 'المكلا، فندق الشرق',
        start: '2031-01-15T10:00:00',
        end: '2031-01-15T12:30:00',
        tzid: 'Asia/Aden',
        startUtc: '2031-01-15T07:00:00.000Z',
        allDay: false,
      }),
    ]);
    expect(calendar.events[0].description).toContain('Partners meeting, Mukalla');
    expect(errorCode(await api.gql(ICS, { id: setting.meetingId }, setting.outsiderStaff.token))).toBe('NOT_FOUND');
  });

  it("serves a partner's feed over HTTP: the consortium's meetings and the due dates of its own open recommendations", async () => {
    const setting = await setup();
    expect((await api.gql(FEED_STATUS, {}, setting.staffA.token)).data?.calendarFeed).toBeNull();
    const created = (await api.gql(CREATE_FEED, {}, setting.staffA.token)).data!.createCalendarFeed;
    expect(created.url).toMatch(new RegExp(`^${api.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));

    const response = await fetchFeed(created.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const calendar = parseCalendar(await response.text());
    const byUid = new Map(calendar.events.map((event) => [event.uid, event]));
    expect(byUid.get(`meeting-${setting.meetingId}@shuraka`)).toMatchObject({ start: '2031-01-15T10:00:00', tzid: 'Asia/Aden' });
    expect(byUid.get(`meeting-${setting.workshopId}@shuraka`)).toMatchObject({ summary: 'Training workshop', allDay: true, start: '2031-03-01', end: '2031-03-02' });
    expect(byUid.get(`recommendation-${setting.recommendationIds[0]}@shuraka`)).toMatchObject({
      summary: 'موعد التوصية 1: توقيع الاتفاقية، مع البنك\nوالصندوق',
      allDay: true,
      start: '2031-02-01',
    });
    // Partner B's recommendation, the done one and another consortium's meeting and recommendation are not partner A's.
    expect(byUid.has(`recommendation-${setting.recommendationIds[1]}@shuraka`)).toBe(false);
    expect(byUid.has(`recommendation-${setting.recommendationIds[3]}@shuraka`)).toBe(false);
    expect(byUid.has(`meeting-${setting.otherMeetingId}@shuraka`)).toBe(false);
    expect(byUid.has(`recommendation-${setting.otherRecommendationId}@shuraka`)).toBe(false);
    expect(calendar.events).toHaveLength(3);

    const status = (await api.gql(FEED_STATUS, {}, setting.staffA.token)).data?.calendarFeed;
    expect(status?.createdAt).toBe(created.createdAt);
    expect(status?.lastUsedAt).not.toBeNull();
    const [stored] = await api.dataSource.query('SELECT token_hash FROM calendar_feed WHERE user_id = $1', [setting.staffA.user.id]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(created.url).not.toContain(stored.token_hash);
  });

  it('marks the feed used at most once a minute', async () => {
    const setting = await setup();
    const clock = api.app.get(Clock);
    const { url } = (await api.gql(CREATE_FEED, {}, setting.staffB.token)).data!.createCalendarFeed;
    const lastUsed = async () => (await api.gql(FEED_STATUS, {}, setting.staffB.token)).data?.calendarFeed?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await fetchFeed(url);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    try {
      clock.advance(30_000);
      await fetchFeed(url);
      expect(await lastUsed()).toBe(first);
      clock.advance(31_000);
      await fetchFeed(url);
      const later = await lastUsed();
      expect(new Date(later!).getTime() - new Date(first!).getTime()).toBeGreaterThanOrEqual(61_000);
    } finally {
      clock.reset();
    }
  });

  it("gives the lead's staff every due date of the consortium's open recommendations", async () => {
    const setting = await setup();
    const { url } = (await api.gql(CREATE_FEED, {}, setting.leadStaff.token)).data!.createCalendarFeed;
    const uids = parseCalendar(await (await fetchFeed(url)).text()).events.map((event) => event.uid);
    expect(uids).toEqual(
      expect.arrayContaining([`recommendation-${setting.recommendationIds[0]}@shuraka`, `recommendation-${setting.recommendationIds[1]}@shuraka`]),
    );
    expect(uids).not.toContain(`recommendation-${setting.recommendationIds[3]}@shuraka`);
    expect(uids).not.toContain(`meeting-${setting.otherMeetingId}@shuraka`);
  });

  it('stops serving a feed when it is replaced, revoked, or its user deactivated; 404 for any other token', async () => {
    const setting = await setup();
    const first = (await api.gql(CREATE_FEED, {}, setting.staffA.token)).data!.createCalendarFeed.url;
    const second = (await api.gql(CREATE_FEED, {}, setting.staffA.token)).data!.createCalendarFeed.url;
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await api.gql(REVOKE_FEED, {}, setting.staffA.token)).data?.revokeCalendarFeed).toBe(true);
    expect((await api.gql(REVOKE_FEED, {}, setting.staffA.token)).data?.revokeCalendarFeed).toBe(false);
    const gone = await fetchFeed(second);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('private, no-store');
    expect((await api.gql(FEED_STATUS, {}, setting.staffA.token)).data?.calendarFeed).toBeNull();

    const third = (await api.gql(CREATE_FEED, {}, setting.staffA2.token)).data!.createCalendarFeed.url;
    expect((await fetchFeed(third)).status).toBe(200);
    await api.gql(DEACTIVATE, { id: setting.staffA2.user.id }, setting.admin.token);
    expect((await fetchFeed(third)).status).toBe(404);
    expect(await api.dataSource.query('SELECT 1 FROM calendar_feed WHERE user_id = $1', [setting.staffA2.user.id])).toEqual([]);

    for (const path of ['/calendar/nope.ics', `/calendar/${'A'.repeat(43)}.ics`, `/calendar/${'A'.repeat(43)}`]) {
      expect((await fetchFeed(`${api.url}${path}`)).status).toBe(404);
    }
  });

  it('shows an administrator every consortium in the feed, and a user without an organisation nothing but the calendar', async () => {
    const setting = await setup();
    const { url } = (await api.gql(CREATE_FEED, {}, setting.admin.token)).data!.createCalendarFeed;
    const uids = parseCalendar(await (await fetchFeed(url)).text()).events.map((event) => event.uid);
    expect(uids).toEqual(expect.arrayContaining([`meeting-${setting.meetingId}@shuraka`, `meeting-${setting.otherMeetingId}@shuraka`]));
    const loner = await createUser(api.dataSource, Role.VIEWER);
    const lonerFeed = (await api.gql(CREATE_FEED, {}, api.tokenFor(loner.id))).data!.createCalendarFeed;
    const empty = parseCalendar(await (await fetchFeed(lonerFeed.url)).text());
    expect(empty.events).toEqual([]);
    expect(empty.name).toBe('شركاء — Shuraka');
  });
});

describe('calendar feeds next to the built portal', () => {
  let api: TestApp;
  let portalDir: string;
  const logLines: string[] = [];
  beforeAll(async () => {
    portalDir = mkdtempSync(join(tmpdir(), 'portal-'));
    writeFileSync(join(portalDir, 'index.html'), '<!doctype html><title>portal</title>');
    api = await startTestApp({
      env: { PORTAL_DIR: portalDir, PUBLIC_URL: 'https://shuraka.example.org', LOG_LEVEL: 'info' },
      logStream: { write: (line: string) => void logLines.push(line) },
    });
  });
  afterAll(async () => {
    await api.close();
    rmSync(portalDir, { recursive: true, force: true });
  });

  it('answers /calendar/<token>.ics with the feed even when the client accepts HTML, and /calendar with the portal', async () => {
    const user = await createUser(api.dataSource, Role.VIEWER);
    const { url } = (await api.gql(CREATE_FEED, {}, api.tokenFor(user.id))).data!.createCalendarFeed;
    expect(url).toMatch(/^https:\/\/shuraka\.example\.org\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const local = `${api.url}${new URL(url).pathname}`;
    const feed = await fetch(local, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
    const page = await fetch(`${api.url}/calendar`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>portal</title>');

    // The address is the secret: the request log names the feed without it.
    const token = new URL(url).pathname.slice('/calendar/'.length, -'.ics'.length);
    const requests = logLines.filter((line) => line.includes('/calendar/'));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.join('\n')).toContain('/calendar/…redacted….ics');
    expect(logLines.some((line) => line.includes(token))).toBe(false);
  });
});
