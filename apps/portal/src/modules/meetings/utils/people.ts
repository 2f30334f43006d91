import { LIMITS, pickLocalized, type LocalizedText, type Locale } from '@shuraka/domain';
import type { AttendeeInput } from '../../../gql/graphql';
import type { ValidationErrors } from '../../../shared/utils/form-values';

/** One attendee of a meeting or member of a committee, as the form edits it. */
export interface PersonValues {
  /** Stable key for React while rows move (not sent). */
  key: string;
  name: string;
  organizationId: string | null;
  /** The organisation's name, so the picker shows it before searching. */
  organizationLabel: string;
  title: string;
  userId: string | null;
  /** The linked account's display name. */
  userLabel: string;
}

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `person-${nextKey}`;
}

export function emptyPerson(): PersonValues {
  return { key: newKey(), name: '', organizationId: null, organizationLabel: '', title: '', userId: null, userLabel: '' };
}

export interface PersonFromApi {
  name: string;
  title?: string | null;
  organization?: { id: string; name: LocalizedText } | null;
  user?: { id: string; displayName: string } | null;
}

export function personToValues(person: PersonFromApi, locale: Locale): PersonValues {
  return {
    key: newKey(),
    name: person.name,
    organizationId: person.organization?.id ?? null,
    organizationLabel: person.organization ? pickLocalized(person.organization.name, locale) : '',
    title: person.title ?? '',
    userId: person.user?.id ?? null,
    userLabel: person.user?.displayName ?? '',
  };
}

export function personToInput(person: PersonValues): AttendeeInput {
  const input: AttendeeInput = { name: person.name.trim() };
  if (person.organizationId) input.organizationId = person.organizationId;
  const title = person.title.trim();
  if (title) input.title = title;
  if (person.userId) input.userId = person.userId;
  return input;
}

/** Each row needs a name; names and titles stay within the short-text limit. */
export function validatePeople(people: readonly PersonValues[], path: string, errors: ValidationErrors): void {
  if (people.length > LIMITS.listMaxItems) errors[path] = 'arrayMaxSize';
  people.forEach((person, index) => {
    const name = person.name.trim();
    if (!name) errors[`${path}.${index}.name`] = 'isNotEmpty';
    else if (name.length > LIMITS.nameMaxLength) errors[`${path}.${index}.name`] = 'maxLength';
    if (person.title.trim().length > LIMITS.nameMaxLength) errors[`${path}.${index}.title`] = 'maxLength';
  });
}
