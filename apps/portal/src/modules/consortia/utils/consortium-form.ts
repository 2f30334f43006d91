import { LIMITS, isCountryCode } from '@shuraka/domain';
import type { ConsortiumFieldsFragment, CreateConsortiumInput, UpdateConsortiumInput } from '../../../gql/graphql';
import {
  emptyLocalized,
  localizedToInput,
  localizedToValues,
  optionalLocalizedToInput,
  validateLocalizedName,
  type LocalizedTextValues,
  type ValidationErrors,
} from '../../../shared/utils/form-values';

/** Mirrors CreateConsortiumInput; the lead is chosen only when creating. */
export interface ConsortiumFormValues {
  name: LocalizedTextValues;
  country: string | null;
  leadOrganizationId: string | null;
  purpose: LocalizedTextValues;
}

export function emptyConsortiumValues(): ConsortiumFormValues {
  return { name: emptyLocalized(), country: 'YE', leadOrganizationId: null, purpose: emptyLocalized() };
}

export function consortiumToValues(consortium: ConsortiumFieldsFragment): ConsortiumFormValues {
  return {
    name: localizedToValues(consortium.name),
    country: consortium.country,
    leadOrganizationId: null,
    purpose: localizedToValues(consortium.purpose),
  };
}

export function validateConsortiumValues(values: ConsortiumFormValues, { creating }: { creating: boolean }): ValidationErrors {
  const errors: ValidationErrors = {};
  validateLocalizedName(values.name, 'name', errors);
  if (!values.country) errors.country = 'isNotEmpty';
  else if (!isCountryCode(values.country)) errors.country = 'isCountry';
  if (creating && !values.leadOrganizationId) errors.leadOrganizationId = 'isNotEmpty';
  validateLocalizedName(values.purpose, 'purpose', errors, { required: false, maxLength: LIMITS.noteMaxLength });
  return errors;
}

export function consortiumValuesToCreateInput(values: ConsortiumFormValues): CreateConsortiumInput {
  const input: CreateConsortiumInput = {
    name: localizedToInput(values.name),
    country: values.country ?? '',
    leadOrganizationId: values.leadOrganizationId ?? '',
  };
  const purpose = optionalLocalizedToInput(values.purpose);
  if (purpose) input.purpose = purpose;
  return input;
}

export function consortiumValuesToUpdateInput(values: ConsortiumFormValues): UpdateConsortiumInput {
  return {
    name: localizedToInput(values.name),
    country: values.country ?? '',
    purpose: optionalLocalizedToInput(values.purpose),
  };
}
