import { describe, expect, it } from 'vitest';
import { withParam } from '../../../shared/utils/search-params';
import { organizationFilterFromParams } from './organization-filter';
import {
  emptyBranch,
  emptyOrganizationValues,
  organizationToValues,
  organizationValuesToInput,
  validateOrganizationValues,
  type OrganizationFormValues,
} from './organization-form';

function values(overrides: Partial<OrganizationFormValues>): OrganizationFormValues {
  return { ...emptyOrganizationValues(), ...overrides };
}

describe('validateOrganizationValues', () => {
  it('asks for a name in at least one language, and a kind', () => {
    expect(validateOrganizationValues(emptyOrganizationValues())).toEqual({
      'name.ar': 'atLeastOneLanguage',
      kind: 'isNotEmpty',
    });
  });

  it('accepts an English-only name', () => {
    expect(validateOrganizationValues(values({ name: { ar: ' ', en: 'Nahd Foundation' }, kind: 'NGO' }))).toEqual({});
  });

  it('checks names against the 300-character limit', () => {
    expect(validateOrganizationValues(values({ name: { ar: 'أ'.repeat(301), en: '' }, kind: 'NGO' }))).toEqual({
      'name.ar': 'maxLength',
    });
  });

  it('checks each branch under its own path', () => {
    const errors = validateOrganizationValues(
      values({
        name: { ar: 'برنامج اتحاد نساء اليمن للتمويل الأصغر', en: '' },
        kind: 'MICROFINANCE_PROGRAM',
        governorates: ['YE-AB', 'XX-99'],
        branches: [
          { name: { ar: 'زنجبار', en: '' }, governorate: 'YE-AB', district: 'زنجبار' },
          { ...emptyBranch() },
        ],
      }),
    );
    expect(errors).toEqual({
      governorates: 'isGovernorate',
      'branches.1.name.ar': 'atLeastOneLanguage',
      'branches.1.governorate': 'isNotEmpty',
    });
  });
});

describe('organizationValuesToInput', () => {
  it('trims, sends empty texts as null, and keeps branch order', () => {
    const input = organizationValuesToInput(
      values({
        name: { ar: '  مؤسسة العون للتنمية ', en: '' },
        kind: 'NGO',
        governorates: ['YE-HD'],
        branches: [{ name: { ar: 'المكلا', en: 'Mukalla' }, governorate: 'YE-HD', district: '  ' }],
      }),
    );
    expect(input).toEqual({
      name: { ar: 'مؤسسة العون للتنمية', en: null },
      kind: 'NGO',
      governorates: ['YE-HD'],
      branches: [{ name: { ar: 'المكلا', en: 'Mukalla' }, governorate: 'YE-HD', district: null }],
    });
  });

  it('round-trips an organisation from the API', () => {
    const organization = {
      id: 'o1',
      name: { ar: 'الصندوق الاجتماعي للتنمية', en: null },
      kind: 'DEVELOPMENT_FUND' as const,
      governorates: ['YE-HD', 'YE-AD'],
      branches: [{ name: { ar: 'فرع عدن', en: null }, governorate: 'YE-AD', district: null }],
    };
    const form = organizationToValues(organization);
    expect(form.name).toEqual({ ar: 'الصندوق الاجتماعي للتنمية', en: '' });
    expect(organizationValuesToInput(form)).toEqual({
      name: organization.name,
      kind: organization.kind,
      governorates: organization.governorates,
      branches: organization.branches,
    });
  });
});

describe('organization filter from the URL', () => {
  it('leaves empty values out', () => {
    expect(organizationFilterFromParams(new URLSearchParams('q=%20%20&kind=&governorate=YE-HD'))).toEqual({ governorate: 'YE-HD' });
    expect(organizationFilterFromParams(new URLSearchParams('q=العون&kind=NGO&consortium=c1'))).toEqual({
      search: 'العون',
      kind: 'NGO',
      consortiumId: 'c1',
    });
  });

  it('sets and removes one parameter, keeping the others', () => {
    const params = new URLSearchParams('kind=NGO&q=نهد');
    expect(withParam(params, 'governorate', 'YE-HD').toString()).toBe(new URLSearchParams('kind=NGO&q=نهد&governorate=YE-HD').toString());
    expect(withParam(params, 'kind', null).toString()).toBe(new URLSearchParams('q=نهد').toString());
    expect(params.get('kind')).toBe('NGO');
  });
});
