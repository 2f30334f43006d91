import ICAL from 'ical.js';

/** One VEVENT as a calendar client reads it (ical.js, an independent parser). */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  /** `YYYY-MM-DD` for all-day events, `YYYY-MM-DDTHH:MM:SS` (wall clock in `tzid`, or UTC when `tzid` is null) otherwise. */
  start: string;
  end: string | null;
  allDay: boolean;
  /** The TZID parameter of DTSTART, null for dates and UTC times. */
  tzid: string | null;
  /** The instant DTSTART means, resolved through the calendar's VTIMEZONE (null for all-day events). */
  startUtc: string | null;
  sequence: number | null;
}

export interface ParsedCalendar {
  name: string | null;
  /** TZIDs of the VTIMEZONE components. */
  timezones: string[];
  events: ParsedEvent[];
}

/** Parses iCalendar text the way a client would; throws on text that is not iCalendar. */
export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of timezones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const dtstart = component.getFirstProperty('dtstart');
    const start = event.startDate;
    const tzid = dtstart?.getParameter('tzid');
    const text = (name: string) => {
      const value = component.getFirstPropertyValue(name);
      return value === null || value === undefined ? null : String(value);
    };
    return {
      uid: event.uid,
      summary: event.summary,
      description: text('description'),
      location: text('location'),
      url: text('url'),
      start: start.toString(),
      end: event.endDate ? event.endDate.toString() : null,
      allDay: start.isDate,
      tzid: typeof tzid === 'string' ? tzid : null,
      startUtc: start.isDate ? null : new Date(start.toUnixTime() * 1000).toISOString(),
      sequence: event.sequence ?? null,
    };
  });
  return {
    name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null,
    timezones: timezones.map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events,
  };
}
