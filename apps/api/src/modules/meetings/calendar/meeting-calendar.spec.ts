import { parseCalendar } from '../../../../test/support/ical';
import { buildCalendar, type CalendarMeeting, vtimezoneId, zonedToUtc } from './meeting-calendar';

const stamp = new Date('2026-01-10T08:00:00Z');
const updatedAt = new Date('2026-01-09T12:00:00Z');

const meeting = (overrides: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  id: '00000000-0000-4000-8000-000000000001',
  title: { ar: 'اجتماع الشركاء، المكلا\nالجلسة الأولى; جدول الأعمال', en: 'Partners meeting, Mukalla' },
  heldOn: '2017-12-31',
  startsAt: '09:30',
  endsAt: '13:00',
  timeZone: 'Asia/Aden',
  location: 'فندق المكلا، قاعة ١',
  consortium: { ar: 'شركاء حضرموت', en: 'Hadramout partners' },
  version: 3,
  updatedAt,
  ...overrides,
});

describe('buildCalendar', () => {
  it('writes a timed meeting at its local time with TZID and the VTIMEZONE, text escaped and read back unchanged', () => {
    const text = buildCalendar({ name: 'شركاء', meetings: [meeting()], publicUrl: 'https://shuraka.example.org/', stamp, refreshSeconds: 3600 });
    expect(text).toMatch(/^DTSTART;TZID=Asia\/Aden:20171231T093000\r$/m);
    expect(text).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT1H\r$/m);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Aden');
    expect(text).toContain('\\, '); // commas escaped, as RFC 5545 wants
    const calendar = parseCalendar(text);
    expect(calendar.name).toBe('شركاء');
    expect(calendar.timezones).toEqual(['Asia/Aden']);
    expect(calendar.events).toEqual([
      {
        uid: 'meeting-00000000-0000-4000-8000-000000000001@shuraka',
        summary: 'اجتماع الشركاء، المكلا\nالجلسة الأولى; جدول الأعمال',
        description: 'Partners meeting, Mukalla\nشركاء حضرموت / Hadramout partners\nفندق المكلا، قاعة ١\nhttps://shuraka.example.org/meetings/00000000-0000-4000-8000-000000000001',
        location: 'فندق المكلا، قاعة ١',
        url: 'https://shuraka.example.org/meetings/00000000-0000-4000-8000-000000000001',
        start: '2017-12-31T09:30:00',
        end: '2017-12-31T13:00:00',
        allDay: false,
        tzid: 'Asia/Aden',
        startUtc: '2017-12-31T06:30:00.000Z',
        sequence: 3,
      },
    ]);
  });

  it('writes the wall-clock time as given, also one in a daylight saving gap elsewhere', () => {
    const text = buildCalendar({ name: 'x', meetings: [meeting({ heldOn: '2026-03-08', startsAt: '02:30', endsAt: null })], stamp });
    expect(text).toMatch(/^DTSTART;TZID=Asia\/Aden:20260308T023000\r$/m);
    expect(text).not.toMatch(/^DTEND/m);
  });

  it('writes a meeting without times as an all-day event, and no link without a public address', () => {
    const [event] = parseCalendar(buildCalendar({ name: 'x', meetings: [meeting({ startsAt: null, endsAt: null })], stamp })).events;
    expect(event).toMatchObject({ allDay: true, start: '2017-12-31', end: '2018-01-01', tzid: null, url: null });
    expect(event.description).not.toContain('http');
  });

  it('uses the English title as the summary when there is no Arabic one', () => {
    const [event] = parseCalendar(buildCalendar({ name: 'x', meetings: [meeting({ title: { ar: null, en: 'Workshop' } })], stamp })).events;
    expect(event.summary).toBe('Workshop');
    expect(event.description).toBe('شركاء حضرموت / Hadramout partners\nفندق المكلا، قاعة ١');
  });

  it('writes due dates as all-day, transparent events with a stable UID and both languages', () => {
    const text = buildCalendar({
      name: 'x',
      meetings: [],
      dueDates: [
        {
          id: 'r1',
          number: 2,
          text: { ar: 'تشكيل لجنة، لدراسة المسودة', en: 'Form a committee' },
          dueOn: '2018-01-22',
          meetingTitle: { ar: 'اجتماع الشركاء', en: 'Partners meeting' },
          version: 1,
          updatedAt,
        },
      ],
      publicUrl: 'https://p.example',
      stamp,
    });
    expect(text).toContain('TRANSP:TRANSPARENT');
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    expect(parseCalendar(text).events).toEqual([
      expect.objectContaining({
        uid: 'recommendation-r1@shuraka',
        summary: 'موعد التوصية 2: تشكيل لجنة، لدراسة المسودة',
        description: 'Recommendation 2 due: Form a committee\nاجتماع الشركاء / Partners meeting\nhttps://p.example/recommendations/r1',
        start: '2018-01-22',
        end: '2018-01-23',
        allDay: true,
      }),
    ]);
  });

  it('writes one VTIMEZONE per zone, with the TZID the zone data declares', () => {
    const text = buildCalendar({
      name: 'x',
      meetings: [meeting({ id: 'a' }), meeting({ id: 'b', timeZone: 'Asia/Riyadh' }), meeting({ id: 'c' }), meeting({ id: 'd', timeZone: 'UTC' })],
      stamp,
    });
    const calendar = parseCalendar(text);
    expect(calendar.timezones.sort()).toEqual(['Asia/Aden', 'Asia/Riyadh', 'Etc/UTC']);
    expect(calendar.events.map((event) => [event.tzid, event.startUtc])).toEqual([
      ['Asia/Aden', '2017-12-31T06:30:00.000Z'],
      ['Asia/Riyadh', '2017-12-31T06:30:00.000Z'],
      ['Asia/Aden', '2017-12-31T06:30:00.000Z'],
      ['Etc/UTC', '2017-12-31T09:30:00.000Z'],
    ]);
  });
});

describe('vtimezoneId and zonedToUtc', () => {
  it('name the declared TZID, or nothing for an unknown zone', () => {
    expect(vtimezoneId('Asia/Aden')).toBe('Asia/Aden');
    expect(vtimezoneId('UTC')).toBe('Etc/UTC');
    expect(vtimezoneId('Mars/Olympus')).toBeNull();
  });

  it('turn a wall-clock time into its instant, across daylight saving time', () => {
    expect(zonedToUtc('2017-12-31T09:30:00', 'Asia/Aden').toISOString()).toBe('2017-12-31T06:30:00.000Z');
    expect(zonedToUtc('2026-07-01T09:00:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedToUtc('2026-01-15T09:00:00', 'Europe/Berlin').toISOString()).toBe('2026-01-15T08:00:00.000Z');
  });
});
