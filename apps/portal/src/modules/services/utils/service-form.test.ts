import { describe, expect, it } from 'vitest';
import {
  emptyServiceValues,
  serviceToValues,
  serviceValuesToCreateInput,
  serviceValuesToUpdateInput,
  validateServiceValues,
  type ServiceFormValues,
} from './service-form';

function microLoan(overrides: Partial<ServiceFormValues> = {}): ServiceFormValues {
  return {
    ...emptyServiceValues(),
    name: { ar: 'قرض جنى للأسر المنتجة', en: '' },
    kind: 'MICRO_LOAN',
    capacity: '120',
    ...overrides,
  };
}

describe('validateServiceValues', () => {
  it('accepts a minimal service', () => {
    expect(validateServiceValues(microLoan())).toEqual({});
  });

  it('requires a name, a kind and a capacity', () => {
    expect(validateServiceValues(emptyServiceValues())).toEqual({
      'name.ar': 'atLeastOneLanguage',
      kind: 'isNotEmpty',
      capacity: 'isNotEmpty',
    });
  });

  it('checks ages are whole numbers in order', () => {
    expect(validateServiceValues(microLoan({ minAge: '35', maxAge: '18' }))).toEqual({ maxAge: 'rangeOrder' });
    expect(validateServiceValues(microLoan({ minAge: '1.5' }))).toEqual({ minAge: 'isInt' });
  });

  it('checks amounts and that each has a currency', () => {
    expect(
      validateServiceValues(
        microLoan({ minAmount: { amount: '1.2.3', currency: 'YER' }, maxAmount: { amount: '500000', currency: null } }),
      ),
    ).toEqual({ 'minAmount.amount': 'isAmount', 'maxAmount.currency': 'amountNeedsCurrency' });
    // The range's one currency, prefilled, is no mistake without amounts: it is not sent.
    expect(validateServiceValues(microLoan({ minAmount: { amount: '', currency: 'SAR' } }))).toEqual({});
  });

  it('compares amounts exactly, as decimals', () => {
    const inOrder = microLoan({
      minAmount: { amount: '99999999999999.999', currency: 'SAR' },
      maxAmount: { amount: '100000000000000', currency: 'SAR' },
    });
    expect(validateServiceValues(inOrder)).toEqual({});
    const reversed = microLoan({ minAmount: { amount: '500000', currency: 'YER' }, maxAmount: { amount: '90000', currency: 'YER' } });
    expect(validateServiceValues(reversed)).toEqual({ 'maxAmount.amount': 'rangeOrder' });
  });
});

describe('service inputs', () => {
  const filled = microLoan({
    description: { ar: 'بدون ضمانات تقليدية', en: '' },
    categories: ['WOMAN_HEAD_OF_HOUSEHOLD', 'PRODUCTIVE_FAMILY'],
    governorates: ['SA-04'],
    projectSizes: ['MICRO'],
    gender: 'FEMALE',
    minAge: '18',
    maxAmount: { amount: '50000', currency: 'SAR' },
    decisionDays: '14',
  });

  it('leaves empty optional fields out on create', () => {
    expect(serviceValuesToCreateInput('org-jana', filled)).toEqual({
      organizationId: 'org-jana',
      name: { ar: 'قرض جنى للأسر المنتجة', en: null },
      description: { ar: 'بدون ضمانات تقليدية', en: null },
      kind: 'MICRO_LOAN',
      categories: ['WOMAN_HEAD_OF_HOUSEHOLD', 'PRODUCTIVE_FAMILY'],
      governorates: ['SA-04'],
      projectSizes: ['MICRO'],
      gender: 'FEMALE',
      minAge: 18,
      maxAmount: { amount: '50000', currency: 'SAR' },
      guaranteeRequired: 'NONE',
      capacity: 120,
      decisionDays: 14,
    });
  });

  it('sends cleared optional fields as null on update', () => {
    const cleared = { ...filled, gender: null, minAge: '', maxAmount: { amount: '', currency: null }, description: { ar: '', en: '' } };
    const input = serviceValuesToUpdateInput(cleared);
    expect(input.gender).toBeNull();
    expect(input.minAge).toBeNull();
    expect(input.maxAmount).toBeNull();
    expect(input.description).toBeNull();
    expect(input.capacity).toBe(120);
  });

  it('round-trips a service from the API', () => {
    const service = {
      id: 's1',
      name: { ar: 'تدريب مهني', en: 'Vocational training' },
      description: null,
      kind: 'VOCATIONAL_TRAINING' as const,
      categories: ['DROPOUT' as const],
      governorates: ['YE-HD'],
      projectSizes: [],
      gender: null,
      minAge: 16,
      maxAge: 30,
      minAmount: null,
      maxAmount: null,
      guaranteeRequired: 'NONE' as const,
      capacity: 40,
      capacityUsed: 12,
      decisionDays: null,
    };
    const input = serviceValuesToUpdateInput(serviceToValues(service));
    expect(input).toMatchObject({ name: service.name, minAge: 16, maxAge: 30, capacity: 40, decisionDays: null, minAmount: null });
  });
});
