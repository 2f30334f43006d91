import { LIMITS, MeetingKind, type Locale } from '@shuraka/domain';
import type { CreateMeetingInput, MeetingFieldsFragment, UpdateMeetingInput } from '../../../gql/graphql';
import {
  emptyLocalized,
  localizedToInput,
  localizedToValues,
  validateLocalizedName,
  type LocalizedTextValues,
  type ValidationErrors,
} from '../../../shared/utils/form-values';
import { personToInput, personToValues, validatePeople, type PersonValues } from './people';

export interface MeetingFormValues {
  consortiumId: string | null;
  kind: MeetingKind | null;
  title: LocalizedTextValues;
  /** `YYYY-MM-DD` or '' */
  heldOn: string;
  /** `HH:MM` or '' (the consortium's local time) */
  startsAt: string;
  endsAt: string;
  location: string;
  committeeId: string | null;
  attendees: PersonValues[];
  agenda: string;
  minutes: string;
  decisions: string;
  /** Set when the meeting is created from a recommendation (`?followUpOf=`). */
  followUpOfRecommendationId: string | null;
}

export function emptyMeetingValues(): MeetingFormValues {
  return {
    consortiumId: null,
    kind: null,
    title: emptyLocalized(),
    heldOn: '',
    startsAt: '',
    endsAt: '',
    location: '',
    committeeId: null,
    attendees: [],
    agenda: '',
    minutes: '',
    decisions: '',
    followUpOfRecommendationId: null,
  };
}

export interface FollowUpSource {
  id: string;
  number: number;
  consortium: { id: string };
  meeting: { kind: MeetingKind | `${MeetingKind}`; committee?: { id: string } | null };
}

/**
 * A follow-up meeting starts as the kind of the recommendation's meeting, in its consortium and committee,
 * titled after the recommendation in both languages.
 */
export function followUpValues(source: FollowUpSource, titles: LocalizedTextValues): MeetingFormValues {
  return {
    ...emptyMeetingValues(),
    consortiumId: source.consortium.id,
    kind: source.meeting.kind as MeetingKind,
    committeeId: source.meeting.committee?.id ?? null,
    title: titles,
    followUpOfRecommendationId: source.id,
  };
}

export function meetingToValues(meeting: MeetingFieldsFragment, locale: Locale): MeetingFormValues {
  return {
    consortiumId: meeting.consortium.id,
    kind: meeting.kind as MeetingKind,
    title: localizedToValues(meeting.title),
    heldOn: meeting.heldOn,
    startsAt: meeting.startsAt ?? '',
    endsAt: meeting.endsAt ?? '',
    location: meeting.location ?? '',
    committeeId: meeting.committee?.id ?? null,
    attendees: meeting.attendees.map((attendee) => personToValues(attendee, locale)),
    agenda: meeting.agenda ?? '',
    minutes: meeting.minutes ?? '',
    decisions: meeting.decisions ?? '',
    followUpOfRecommendationId: null,
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `9:5`, `0930`, `٠٩:٣٠` are not guessed at: the time box gives `HH:MM`; anything else is refused. */
export function isTime(value: string): boolean {
  return TIME.test(value);
}

export function validateMeetingValues(values: MeetingFormValues): ValidationErrors {
  const errors: ValidationErrors = {};
  if (!values.consortiumId) errors.consortiumId = 'isNotEmpty';
  if (!values.kind) errors.kind = 'isNotEmpty';
  validateLocalizedName(values.title, 'title', errors);
  if (!values.heldOn) errors.heldOn = 'isNotEmpty';
  if (values.startsAt && !isTime(values.startsAt)) errors.startsAt = 'isTime';
  if (values.endsAt && !isTime(values.endsAt)) errors.endsAt = 'isTime';
  else if (values.endsAt && !values.startsAt) errors.startsAt = 'isNotEmpty';
  else if (values.endsAt && isTime(values.startsAt) && values.endsAt <= values.startsAt) errors.endsAt = 'endAfterStart';
  if (values.location.trim().length > LIMITS.nameMaxLength) errors.location = 'maxLength';
  validatePeople(values.attendees, 'attendees', errors);
  for (const field of ['agenda', 'minutes', 'decisions'] as const) {
    if (values[field].length > LIMITS.noteMaxLength * 10) errors[field] = 'maxLength';
  }
  return errors;
}

function textOrNull(value: string): string | null {
  return value.trim() ? value : null;
}

export function meetingValuesToCreateInput(values: MeetingFormValues): CreateMeetingInput {
  const input: CreateMeetingInput = {
    consortiumId: values.consortiumId ?? '',
    kind: values.kind ?? MeetingKind.PARTNERS_MEETING,
    title: localizedToInput(values.title),
    heldOn: values.heldOn,
    attendees: values.attendees.map(personToInput),
  };
  const location = values.location.trim();
  if (location) input.location = location;
  if (values.committeeId) input.committeeId = values.committeeId;
  if (values.startsAt) input.startsAt = values.startsAt;
  if (values.endsAt) input.endsAt = values.endsAt;
  for (const field of ['agenda', 'minutes', 'decisions'] as const) {
    const text = textOrNull(values[field]);
    if (text) input[field] = text;
  }
  if (values.followUpOfRecommendationId) input.followUpOfRecommendationId = values.followUpOfRecommendationId;
  return input;
}

/** Every field is sent; an emptied optional one as null, which clears it. */
export function meetingValuesToUpdateInput(values: MeetingFormValues, expectedVersion: number): UpdateMeetingInput {
  return {
    expectedVersion,
    kind: values.kind ?? undefined,
    title: localizedToInput(values.title),
    heldOn: values.heldOn,
    location: values.location.trim() || null,
    committeeId: values.committeeId,
    startsAt: values.startsAt || null,
    endsAt: values.endsAt || null,
    attendees: values.attendees.map(personToInput),
    agenda: textOrNull(values.agenda),
    minutes: textOrNull(values.minutes),
    decisions: textOrNull(values.decisions),
  };
}
