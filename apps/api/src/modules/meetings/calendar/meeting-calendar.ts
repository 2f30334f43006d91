import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, type ICalDayJsStub, ICalEventTransparency } from 'ical-generator';

type Bilingual = { ar: string | null; en: string | null };

/** A meeting as a calendar shows it; times are wall-clock "HH:MM" in `timeZone` (the consortium's). */
export interface CalendarMeeting {
  id: string;
  title: Bilingual;
  heldOn: string;
  startsAt: string | null;
  endsAt: string | null;
  timeZone: string;
  location: string | null;
  /** The consortium's name, said in the description. */
  consortium?: Bilingual | null;
  version: number;
  updatedAt: Date;
}

/** The due date of a recommendation, an all-day event. */
export interface CalendarDueDate {
  id: string;
  number: number;
  text: Bilingual;
  dueOn: string;
  meetingTitle: Bilingual;
  version: number;
  updatedAt: Date;
}

export interface CalendarContent {
  name: string;
  meetings: CalendarMeeting[];
  dueDates?: CalendarDueDate[];
  /** The portal's address (PUBLIC_URL): events link to their page. Unset: no links. */
  publicUrl?: string | null;
  /** DTSTAMP of every event: when the calendar was made. */
  stamp: Date;
  /** For feeds: how often clients should fetch again (seconds). */
  refreshSeconds?: number;
}

/** The domain of every UID: UIDs stay the same for a record, so that clients update an event instead of adding one. */
const UID_DOMAIN = 'shuraka';

/**
 * An iCalendar (RFC 5545) text of meetings and recommendation due dates, made with ical-generator. A meeting with a
 * start time has DTSTART;TZID=<its consortium's zone> and that zone's VTIMEZONE (from @touch4it/ical-timezones), so
 * a client anywhere shows it at the consortium's local time; a meeting without times, and a due date, is an all-day
 * event. Which language a feed's reader speaks is not known: SUMMARY is in Arabic (the platform's first language,
 * English when there is no Arabic), the DESCRIPTION carries the English.
 */
export function buildCalendar(content: CalendarContent): string {
  const calendar = new ICalCalendar({
    name: content.name,
    prodId: { company: 'Shuraka', product: 'Shuraka', language: 'AR' },
    // No calendar-wide zone (each meeting carries its own): the unnamed zone only supplies the VTIMEZONE generator.
    timezone: { name: null, generator: vtimezone },
    ttl: content.refreshSeconds ?? null,
  });
  const link = (path: string) => (content.publicUrl ? `${content.publicUrl.replace(/\/+$/, '')}${path}` : null);

  for (const meeting of content.meetings) {
    const url = link(`/meetings/${meeting.id}`);
    const title = bilingual(meeting.title);
    const description = lines(
      title.other,
      meeting.consortium ? bilingual(meeting.consortium).both : null,
      meeting.location,
      url,
    );
    const common = {
      id: `meeting-${meeting.id}@${UID_DOMAIN}`,
      summary: title.first,
      description,
      location: meeting.location,
      url,
      sequence: meeting.version,
      stamp: content.stamp,
      lastModified: meeting.updatedAt,
    };
    if (meeting.startsAt) {
      const zone = vtimezoneId(meeting.timeZone);
      const start = `${meeting.heldOn}T${hhmmss(meeting.startsAt)}`;
      const end = meeting.endsAt ? `${meeting.heldOn}T${hhmmss(meeting.endsAt)}` : null;
      if (zone) {
        calendar.createEvent({ ...common, start: wallClock(start), end: end ? wallClock(end) : null, timezone: zone });
      } else {
        calendar.createEvent({ ...common, start: zonedToUtc(start, meeting.timeZone), end: end ? zonedToUtc(end, meeting.timeZone) : null });
      }
    } else {
      calendar.createEvent({ ...common, allDay: true, start: utcDay(meeting.heldOn), end: utcDay(nextDay(meeting.heldOn)) });
    }
  }

  for (const due of content.dueDates ?? []) {
    const url = link(`/recommendations/${due.id}`);
    const meetingTitle = bilingual(due.meetingTitle);
    const text = bilingual(due.text);
    const ar = `موعد التوصية ${due.number}: ${text.ar ?? text.first}`;
    const en = `Recommendation ${due.number} due: ${text.en ?? text.first}`;
    calendar.createEvent({
      id: `recommendation-${due.id}@${UID_DOMAIN}`,
      summary: text.ar ? ar : en,
      description: lines(text.ar ? en : null, meetingTitle.both, url),
      url,
      allDay: true,
      start: utcDay(due.dueOn),
      end: utcDay(nextDay(due.dueOn)),
      transparency: ICalEventTransparency.TRANSPARENT,
      sequence: due.version,
      stamp: content.stamp,
      lastModified: due.updatedAt,
    });
  }
  return calendar.toString();
}

function bilingual(text: Bilingual): { first: string; other: string | null; both: string; ar: string | null; en: string | null } {
  const ar = text.ar?.trim() || null;
  const en = text.en?.trim() || null;
  const first = ar ?? en ?? '';
  const other = ar && en && ar !== en ? en : null;
  return { first, other, both: other ? `${first} / ${other}` : first, ar, en };
}

function lines(...parts: Array<string | null | undefined>): string | null {
  const kept = parts.filter((part): part is string => Boolean(part && part.trim()));
  return kept.length > 0 ? kept.join('\n') : null;
}

/** The VTIMEZONE of an IANA zone, or null for a zone the package does not know. */
function vtimezone(zone: string): string | null {
  return getVtimezoneComponent(zone);
}

/** The TZID the zone's VTIMEZONE declares (`UTC` → `Etc/UTC`), or null when there is none. */
export function vtimezoneId(zone: string): string | null {
  const component = vtimezone(zone);
  return component?.match(/^TZID:(.+?)\r?$/m)?.[1] ?? null;
}

/**
 * A wall-clock time for ical-generator, written as given next to TZID. A Date or a string would go through this
 * process's local time zone (its getHours()), which shifts times that fall in the process zone's daylight saving gap;
 * ical-generator's day.js interface (format, isValid, toDate, toJSON) takes the text as it is.
 */
function wallClock(local: string): ICalDayJsStub {
  const [day, time] = local.split('T');
  return {
    format: (pattern?: string) => (pattern === 'YYYYMMDD' ? day.replace(/-/g, '') : pattern === 'HHmmss' ? time.replace(/:/g, '') : local),
    isValid: () => true,
    // Only for ordering start and end, which share the zone.
    toDate: () => new Date(`${local}Z`),
    toJSON: () => local,
  };
}

function hhmmss(time: string): string {
  return time.length === 5 ? `${time}:00` : time.slice(0, 8);
}

/** Midnight UTC of a day: ical-generator writes an all-day date from the UTC fields when the event has no zone. */
function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function nextDay(day: string): string {
  const date = utcDay(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The instant of a wall-clock time (`YYYY-MM-DDTHH:MM:SS`) in an IANA zone, for zones without a VTIMEZONE. */
export function zonedToUtc(local: string, timeZone: string): Date {
  const wall = Date.parse(`${local}Z`);
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(new Date(instant))
        .map((part) => [part.type, part.value]),
    );
    return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - instant;
  };
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}
