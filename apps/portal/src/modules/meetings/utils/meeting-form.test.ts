import { MeetingKind } from '@shuraka/domain';
import { describe, expect, it } from 'vitest';
import {
  emptyMeetingValues,
  followUpValues,
  meetingValuesToCreateInput,
  meetingValuesToUpdateInput,
  validateMeetingValues,
  type MeetingFormValues,
} from './meeting-form';
import { emptyPerson } from './people';

function values(overrides: Partial<MeetingFormValues>): MeetingFormValues {
  return {
    ...emptyMeetingValues(),
    consortiumId: 'c1',
    kind: MeetingKind.PARTNERS_MEETING,
    title: { ar: 'اجتماع الشركاء في المكلا', en: '' },
    heldOn: '2017-12-31',
    ...overrides,
  };
}

describe('validateMeetingValues', () => {
  it('asks for the consortium, kind, a title in one language and the date', () => {
    expect(validateMeetingValues(emptyMeetingValues())).toEqual({
      consortiumId: 'isNotEmpty',
      kind: 'isNotEmpty',
      'title.ar': 'atLeastOneLanguage',
      heldOn: 'isNotEmpty',
    });
    expect(validateMeetingValues(values({}))).toEqual({});
  });

  it('checks times: HH:MM, an end needs a start, and the end comes after the start', () => {
    expect(validateMeetingValues(values({ startsAt: '9:30' }))).toEqual({ startsAt: 'isTime' });
    expect(validateMeetingValues(values({ startsAt: '24:00' }))).toEqual({ startsAt: 'isTime' });
    expect(validateMeetingValues(values({ endsAt: '11:00' }))).toEqual({ startsAt: 'isNotEmpty' });
    expect(validateMeetingValues(values({ startsAt: '11:00', endsAt: '11:00' }))).toEqual({ endsAt: 'endAfterStart' });
    expect(validateMeetingValues(values({ startsAt: '11:00', endsAt: '09:30' }))).toEqual({ endsAt: 'endAfterStart' });
    expect(validateMeetingValues(values({ startsAt: '09:30', endsAt: '12:00' }))).toEqual({});
    expect(validateMeetingValues(values({ startsAt: '09:30' }))).toEqual({});
  });

  it('asks for each attendee’s name under the row’s own path', () => {
    const named = { ...emptyPerson(), name: 'سالم باوزير' };
    const unnamed = { ...emptyPerson(), name: '  ', title: 'مدير البرامج' };
    expect(validateMeetingValues(values({ attendees: [named, unnamed] }))).toEqual({ 'attendees.1.name': 'isNotEmpty' });
    expect(validateMeetingValues(values({ attendees: [{ ...named, title: 'x'.repeat(301) }] }))).toEqual({ 'attendees.0.title': 'maxLength' });
  });
});

describe('meeting inputs', () => {
  const attendee = { ...emptyPerson(), name: ' أحمد بن علي ', organizationId: 'org-awn', organizationLabel: 'مؤسسة العون', title: '' };

  it('creates with the filled fields only, attendees trimmed', () => {
    expect(
      meetingValuesToCreateInput(
        values({ attendees: [attendee], minutes: '  ', agenda: '1. الافتتاح', location: ' المكلا ', startsAt: '09:00' }),
      ),
    ).toEqual({
      consortiumId: 'c1',
      kind: 'PARTNERS_MEETING',
      title: { ar: 'اجتماع الشركاء في المكلا', en: null },
      heldOn: '2017-12-31',
      location: 'المكلا',
      startsAt: '09:00',
      agenda: '1. الافتتاح',
      attendees: [{ name: 'أحمد بن علي', organizationId: 'org-awn' }],
    });
  });

  it('updates every field, clearing emptied optional ones with null', () => {
    expect(meetingValuesToUpdateInput(values({ attendees: [], committeeId: null }), 4)).toEqual({
      expectedVersion: 4,
      kind: 'PARTNERS_MEETING',
      title: { ar: 'اجتماع الشركاء في المكلا', en: null },
      heldOn: '2017-12-31',
      location: null,
      committeeId: null,
      startsAt: null,
      endsAt: null,
      attendees: [],
      agenda: null,
      minutes: null,
      decisions: null,
    });
  });

  it('starts a follow-up meeting in the recommendation’s consortium, kind and committee, linked to it', () => {
    const start = followUpValues(
      { id: 'rec-3', number: 3, consortium: { id: 'c1' }, meeting: { kind: 'COMMITTEE', committee: { id: 'com-1' } } },
      { ar: 'متابعة التوصية 3', en: 'Follow-up of recommendation 3' },
    );
    expect(start).toMatchObject({ consortiumId: 'c1', kind: 'COMMITTEE', committeeId: 'com-1', followUpOfRecommendationId: 'rec-3' });
    expect(meetingValuesToCreateInput({ ...start, heldOn: '2018-01-22' })).toMatchObject({
      followUpOfRecommendationId: 'rec-3',
      committeeId: 'com-1',
      title: { ar: 'متابعة التوصية 3', en: 'Follow-up of recommendation 3' },
    });
  });
});
