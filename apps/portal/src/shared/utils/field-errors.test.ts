import { describe, expect, it } from 'vitest';
import { emptyOrganizationValues } from '../../modules/organizations/utils/organization-form';
import { emptyServiceValues } from '../../modules/services/utils/service-form';
import { formFieldPaths, mapFieldErrors, resolveFieldPath } from './field-errors';

const organizationValues = {
  ...emptyOrganizationValues(),
  governorates: ['YE-HD'],
  branches: [
    { name: { ar: 'المكلا', en: '' }, governorate: 'YE-HD', district: '' },
    { name: { ar: 'سيئون', en: '' }, governorate: null, district: '' },
  ],
};
const organizationFields = formFieldPaths(organizationValues);

describe('formFieldPaths', () => {
  it('lists every leaf in the dotted form the API uses; lists of plain values are one field', () => {
    expect(organizationFields).toEqual([
      'name.ar',
      'name.en',
      'kind',
      'governorates',
      'branches.0.name.ar',
      'branches.0.name.en',
      'branches.0.governorate',
      'branches.0.district',
      'branches.1.name.ar',
      'branches.1.name.en',
      'branches.1.governorate',
      'branches.1.district',
    ]);
  });

  it('keeps an empty list as a field, so an error on it has somewhere to go', () => {
    expect(formFieldPaths({ branches: [], categories: [] })).toEqual(['branches', 'categories']);
  });

  it('finds the money sub-fields of a service form', () => {
    const fields = formFieldPaths(emptyServiceValues());
    expect(fields).toContain('minAmount.amount');
    expect(fields).toContain('minAmount.currency');
    expect(fields).toContain('capacity');
    expect(fields).toContain('gender');
  });
});

describe('resolveFieldPath', () => {
  it('uses the exact path when the form has it', () => {
    expect(resolveFieldPath('branches.1.governorate', organizationFields)).toBe('branches.1.governorate');
  });

  it('puts an error on a whole bilingual value under its first language', () => {
    expect(resolveFieldPath('name', organizationFields)).toBe('name.ar');
    expect(resolveFieldPath('branches.0.name', organizationFields)).toBe('branches.0.name.ar');
  });

  it('puts an error on one item of a multi-select on the multi-select', () => {
    expect(resolveFieldPath('governorates.3', organizationFields)).toBe('governorates');
  });

  it('accepts an `input.` prefix and bracket indices', () => {
    expect(resolveFieldPath('input.branches[0].district', organizationFields)).toBe('branches.0.district');
  });

  it('gives up on fields the form does not have', () => {
    expect(resolveFieldPath('organizationId', organizationFields)).toBeUndefined();
    expect(resolveFieldPath('branches.7.governorate', organizationFields)).toBeUndefined();
  });
});

describe('mapFieldErrors', () => {
  const describeError = (error: { constraint?: string; message: string }) => `${error.constraint ?? '?'}: ${error.message}`;

  it('spreads the API errors over the form and keeps the unplaceable ones apart', () => {
    const result = mapFieldErrors(
      [
        { field: 'name', message: 'name needs ar or en', constraint: 'atLeastOneLanguage' },
        { field: 'branches.1.governorate', message: 'unknown governorate', constraint: 'isGovernorate' },
        { field: 'organizationId', message: 'must be a UUID', constraint: 'isUuid' },
      ],
      organizationFields,
      describeError,
    );
    expect(result.errors).toEqual({
      'name.ar': 'atLeastOneLanguage: name needs ar or en',
      'branches.1.governorate': 'isGovernorate: unknown governorate',
    });
    expect(result.unmatched).toEqual([{ field: 'organizationId', message: 'must be a UUID', constraint: 'isUuid' }]);
  });

  it('keeps the first message when a field has several', () => {
    const result = mapFieldErrors(
      [
        { field: 'name.ar', message: 'too long', constraint: 'maxLength' },
        { field: 'name.ar', message: 'bad', constraint: 'other' },
      ],
      organizationFields,
      describeError,
    );
    expect(result.errors).toEqual({ 'name.ar': 'maxLength: too long' });
  });
});
