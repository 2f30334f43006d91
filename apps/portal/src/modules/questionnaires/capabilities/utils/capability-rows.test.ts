import { describe, expect, it } from 'vitest';
import { formatFieldValue, reviewRows } from './capability-rows';

const service = {
  name: { ar: 'قرض صغير', en: 'Small loan' },
  kind: 'MICRO_LOAN',
  categories: ['GRADUATE'],
  governorates: ['YE-HD'],
  minAmount: { amount: '50000', currency: 'YER' },
  maxAmount: { amount: '1000000', currency: 'YER' },
  guaranteeRequired: 'GROUP',
  capacity: 80,
  decisionDays: 14,
};

describe('reviewRows', () => {
  it('shows every field of an updated service, the changed ones flagged with their new value', () => {
    const rows = reviewRows({
      action: 'UPDATE',
      service,
      fields: [
        { field: 'governorates', before: ['YE-HD'], after: ['YE-HD', 'YE-SH'] },
        { field: 'capacity', before: 80, after: 100 },
      ],
    });
    expect(rows.map((row) => row.field)).toEqual(['name', 'kind', 'categories', 'governorates', 'minAmount', 'maxAmount', 'guaranteeRequired', 'capacity', 'decisionDays']);
    expect(rows.filter((row) => row.changed).map((row) => [row.field, row.current, row.proposed])).toEqual([
      ['governorates', ['YE-HD'], ['YE-HD', 'YE-SH']],
      ['capacity', 80, 100],
    ]);
    expect(rows.find((row) => row.field === 'decisionDays')).toEqual({ field: 'decisionDays', current: 14, proposed: 14, changed: false });
  });

  it('a new service has only proposed values', () => {
    const rows = reviewRows({ action: 'CREATE', service: null, fields: [{ field: 'name', before: null, after: { ar: 'متابعة', en: null } }, { field: 'capacity', before: null, after: 40 }] });
    expect(rows).toEqual([
      { field: 'name', current: null, proposed: { ar: 'متابعة', en: null }, changed: true },
      { field: 'capacity', current: null, proposed: 40, changed: true },
    ]);
  });
});

describe('formatFieldValue', () => {
  it('names codes in the reader’s language', () => {
    expect(formatFieldValue('kind', 'MICRO_LOAN', 'en')).not.toBe('MICRO_LOAN');
    expect(formatFieldValue('governorates', ['YE-HD'], 'en')).toBe('Hadramout');
    expect(formatFieldValue('name', { ar: 'قرض', en: null }, 'en')).toBe('قرض');
    expect(formatFieldValue('maxAmount', { amount: '1500000', currency: 'YER' }, 'en')).toMatch(/1,500,000/);
    expect(formatFieldValue('decisionDays', null, 'en')).toBeNull();
    expect(formatFieldValue('categories', [], 'en')).toBeNull();
  });
});
