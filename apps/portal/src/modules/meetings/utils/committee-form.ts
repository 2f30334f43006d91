import { LIMITS, type Locale } from '@shuraka/domain';
import type { CommitteeFieldsFragment, CommitteeKind, CreateCommitteeInput, UpdateCommitteeInput } from '../../../gql/graphql';
import {
  emptyLocalized,
  localizedToInput,
  localizedToValues,
  optionalLocalizedToInput,
  validateLocalizedName,
  type LocalizedTextValues,
  type ValidationErrors,
} from '../../../shared/utils/form-values';
import { personToInput, personToValues, validatePeople, type PersonValues } from './people';


export interface CommitteeFormValues {
  consortiumId: string | null;
  name: LocalizedTextValues;
  kind: CommitteeKind | null;
  mandate: LocalizedTextValues;
  startsOn: string;
  endsOn: string;
  members: PersonValues[];
}

export function emptyCommitteeValues(): CommitteeFormValues {
  return { consortiumId: null, name: emptyLocalized(), kind: 'STANDING', mandate: emptyLocalized(), startsOn: '', endsOn: '', members: [] };
}

export function committeeToValues(committee: CommitteeFieldsFragment, locale: Locale): CommitteeFormValues {
  return {
    consortiumId: committee.consortium.id,
    name: localizedToValues(committee.name),
    kind: committee.kind,
    mandate: localizedToValues(committee.mandate),
    startsOn: committee.startsOn ?? '',
    endsOn: committee.endsOn ?? '',
    members: committee.members.map((member) => personToValues(member, locale)),
  };
}

/** A temporary committee ends on a set date; no committee ends before it starts. */
export function validateCommitteeValues(values: CommitteeFormValues): ValidationErrors {
  const errors: ValidationErrors = {};
  if (!values.consortiumId) errors.consortiumId = 'isNotEmpty';
  validateLocalizedName(values.name, 'name', errors);
  if (!values.kind) errors.kind = 'isNotEmpty';
  validateLocalizedName(values.mandate, 'mandate', errors, { required: false, maxLength: LIMITS.noteMaxLength });
  if (values.kind === 'TEMPORARY' && !values.endsOn) errors.endsOn = 'temporaryNeedsEnd';
  else if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) errors.endsOn = 'dateOrder';
  validatePeople(values.members, 'members', errors);
  return errors;
}

export function committeeValuesToCreateInput(values: CommitteeFormValues): CreateCommitteeInput {
  const input: CreateCommitteeInput = {
    consortiumId: values.consortiumId ?? '',
    name: localizedToInput(values.name),
    kind: values.kind ?? 'STANDING',
    members: values.members.map(personToInput),
  };
  const mandate = optionalLocalizedToInput(values.mandate);
  if (mandate) input.mandate = mandate;
  if (values.startsOn) input.startsOn = values.startsOn;
  if (values.endsOn) input.endsOn = values.endsOn;
  return input;
}

export function committeeValuesToUpdateInput(values: CommitteeFormValues, expectedVersion: number): UpdateCommitteeInput {
  return {
    expectedVersion,
    name: localizedToInput(values.name),
    kind: values.kind ?? undefined,
    mandate: optionalLocalizedToInput(values.mandate),
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
    members: values.members.map(personToInput),
  };
}
