import { LIMITS, isGovernorateCode } from '@shuraka/domain';
import type {
  CreateOrganizationInput,
  OrganizationDetailFieldsFragment,
  OrganizationKind,
  UpdateOrganizationInput,
} from '../../../gql/graphql';
import {
  emptyLocalized,
  localizedToInput,
  localizedToValues,
  validateLocalizedName,
  type LocalizedTextValues,
  type ValidationErrors,
} from '../../../shared/utils/form-values';

export interface BranchValues {
  name: LocalizedTextValues;
  governorate: string | null;
  district: string;
}

/** Mirrors CreateOrganizationInput so API field paths (`branches.0.governorate`) land on the right input. */
export interface OrganizationFormValues {
  name: LocalizedTextValues;
  kind: string | null;
  governorates: string[];
  branches: BranchValues[];
}

/**
 * Indexes of branches in a governorate the organisation does not list among where it works: likely a slip in one
 * of the two, worth a warning (not an error: the list may simply be out of date). Nothing when none are listed.
 */
export function branchesOutsideGovernorates(values: Pick<OrganizationFormValues, 'governorates' | 'branches'>): number[] {
  if (values.governorates.length === 0) return [];
  const listed = new Set(values.governorates);
  return values.branches.flatMap((branch, index) => (branch.governorate && !listed.has(branch.governorate) ? [index] : []));
}

export function emptyBranch(): BranchValues {
  return { name: emptyLocalized(), governorate: null, district: '' };
}

export function emptyOrganizationValues(): OrganizationFormValues {
  return { name: emptyLocalized(), kind: null, governorates: [], branches: [] };
}

export function organizationToValues(organization: OrganizationDetailFieldsFragment): OrganizationFormValues {
  return {
    name: localizedToValues(organization.name),
    kind: organization.kind,
    governorates: [...organization.governorates],
    branches: organization.branches.map((branch) => ({
      name: localizedToValues(branch.name),
      governorate: branch.governorate,
      district: branch.district ?? '',
    })),
  };
}

export function validateOrganizationValues(values: OrganizationFormValues): ValidationErrors {
  const errors: ValidationErrors = {};
  validateLocalizedName(values.name, 'name', errors);
  if (!values.kind) errors.kind = 'isNotEmpty';
  if (values.governorates.some((code) => !isGovernorateCode(code))) errors.governorates = 'isGovernorate';
  values.branches.forEach((branch, index) => {
    const path = `branches.${index}`;
    validateLocalizedName(branch.name, `${path}.name`, errors);
    if (!branch.governorate) errors[`${path}.governorate`] = 'isNotEmpty';
    else if (!isGovernorateCode(branch.governorate)) errors[`${path}.governorate`] = 'isGovernorate';
    if (branch.district.trim().length > LIMITS.nameMaxLength) errors[`${path}.district`] = 'maxLength';
  });
  return errors;
}

export function organizationValuesToInput(values: OrganizationFormValues): CreateOrganizationInput {
  return {
    name: localizedToInput(values.name),
    kind: values.kind as OrganizationKind,
    governorates: values.governorates,
    branches: values.branches.map((branch) => ({
      name: localizedToInput(branch.name),
      governorate: branch.governorate ?? '',
      district: branch.district.trim() || null,
    })),
  };
}

/** Every field is sent, so removing the last branch or a governorate is saved too. */
export function organizationValuesToUpdateInput(values: OrganizationFormValues): UpdateOrganizationInput {
  return organizationValuesToInput(values);
}
