import { GuaranteeType, ServiceKind } from '@shuraka/domain';
import type { AnswerSet, FormDefinition, FormQuestion } from '@shuraka/xlsform';
import { capabilityDifference, fingerprintOf, type CurrentService } from './capability-difference';

const label = (en: string) => ({ ar: en, en });
const q = (name: string, type: FormQuestion['type'], capability: FormQuestion['capability'], parent: string | null = null): FormQuestion => ({
  name,
  type,
  parent,
  label: label(name),
  capability,
});

/** Organisation-level currency, decision days and governorates; a repeat of services (one nested in a group). */
const FORM: FormDefinition = {
  title: label('Lending partners'),
  questions: [
    q('org_name', 'TEXT', null),
    q('currency', 'SELECT_ONE', 'CURRENCY'),
    q('decision_days', 'INTEGER', 'DECISION_DAYS'),
    q('org_governorates', 'SELECT_MULTIPLE', 'GOVERNORATES'),
    q('services', 'REPEAT', 'SERVICES'),
    q('kind', 'SELECT_ONE', 'SERVICE_KIND', 'services'),
    q('service_name', 'TEXT', 'SERVICE_NAME', 'services'),
    q('terms', 'GROUP', null, 'services'),
    q('categories', 'SELECT_MULTIPLE', 'CATEGORIES', 'terms'),
    q('governorates', 'SELECT_MULTIPLE', 'GOVERNORATES', 'terms'),
    q('min_amount', 'DECIMAL', 'MIN_AMOUNT', 'terms'),
    q('max_amount', 'DECIMAL', 'MAX_AMOUNT', 'terms'),
    q('guarantee', 'SELECT_ONE', 'GUARANTEE', 'terms'),
    q('capacity', 'INTEGER', 'CAPACITY', 'terms'),
  ],
};

const CONTEXT = { organizationGovernorates: ['YE-HD'], defaultCurrency: 'YER' };

function service(id: string, overrides: Partial<CurrentService> = {}): CurrentService {
  return {
    id,
    nameAr: 'قرض المشروع متناهي الصغر',
    nameEn: 'Micro-project loan',
    kind: ServiceKind.MICRO_LOAN,
    categories: ['DROPOUT'],
    governorates: ['YE-HD'],
    minAmount: '50000.000',
    maxAmount: '1000000.000',
    currency: 'YER',
    guaranteeRequired: GuaranteeType.GROUP,
    capacity: 80,
    decisionDays: 14,
    ...overrides,
  };
}

describe('capabilityDifference', () => {
  it('updates the only service of a kind with the fields the entry changes, and nothing else', () => {
    const answers: AnswerSet = {
      currency: 'YER',
      services: [{ kind: 'MICRO_LOAN', categories: ['DROPOUT', 'PRODUCTIVE_FAMILY'], governorates: ['YE-HD', 'YE-AB'], max_amount: 1500000, capacity: 80 }],
    };
    const { changes, warnings } = capabilityDifference(FORM, answers, [service('s1')], CONTEXT);
    expect(warnings).toEqual([]);
    expect(changes).toEqual([
      {
        action: 'UPDATE',
        serviceId: 's1',
        entry: 0,
        name: { ar: 'قرض المشروع متناهي الصغر', en: 'Micro-project loan' },
        fields: [
          { field: 'categories', before: ['DROPOUT'], after: ['DROPOUT', 'PRODUCTIVE_FAMILY'] },
          { field: 'governorates', before: ['YE-HD'], after: ['YE-HD', 'YE-AB'] },
          { field: 'maxAmount', before: { amount: '1000000', currency: 'YER' }, after: { amount: '1500000', currency: 'YER' } },
        ],
      },
    ]);
  });

  it('lists a matched service whose answers change nothing as UNCHANGED with its entry (sets compare without order, amounts exactly)', () => {
    const answers: AnswerSet = {
      services: [{ kind: 'MICRO_LOAN', categories: ['DROPOUT'], governorates: ['YE-HD'], min_amount: '50000.0', capacity: 80 }],
      decision_days: 14,
    };
    const { changes } = capabilityDifference(FORM, answers, [service('s1')], CONTEXT);
    expect(changes).toEqual([{ action: 'UNCHANGED', serviceId: 's1', entry: 0, name: expect.any(Object), fields: [] }]);
  });

  it('creates a service for an entry of a kind the partner does not offer, filling blanks from the organisation and defaults', () => {
    const answers: AnswerSet = {
      currency: 'USD',
      decision_days: 10,
      services: [{ kind: 'GRANT', service_name: 'منح الأسر المنتجة', min_amount: 100, max_amount: 900, capacity: 25 }],
    };
    const { changes } = capabilityDifference(FORM, answers, [service('s1')], CONTEXT);
    expect(changes).toEqual([
      {
        action: 'CREATE',
        serviceId: null,
        entry: 0,
        name: { ar: 'منح الأسر المنتجة', en: null },
        fields: [
          { field: 'name', before: null, after: { ar: 'منح الأسر المنتجة', en: null } },
          { field: 'kind', before: null, after: 'GRANT' },
          { field: 'categories', before: null, after: [] },
          { field: 'governorates', before: null, after: ['YE-HD'] },
          { field: 'minAmount', before: null, after: { amount: '100', currency: 'USD' } },
          { field: 'maxAmount', before: null, after: { amount: '900', currency: 'USD' } },
          { field: 'guaranteeRequired', before: null, after: 'NONE' },
          { field: 'capacity', before: null, after: 25 },
          { field: 'decisionDays', before: null, after: 10 },
        ],
      },
      { action: 'UNCHANGED', serviceId: 's1', entry: null, name: expect.any(Object), fields: [] },
    ]);
  });

  it('names a new service without a name after its kind, in both languages', () => {
    const { changes } = capabilityDifference(FORM, { services: [{ kind: 'MENTORING' }] }, [], CONTEXT);
    expect(changes[0].name).toEqual({ ar: 'إرشاد ومتابعة', en: 'Mentoring' });
  });

  it('matches by name (spelling variants folded) when the partner has several services of the kind, and creates when no name matches', () => {
    const services = [
      service('a', { nameAr: 'قرض الأسر', nameEn: 'Family loan', capacity: 10 }),
      service('b', { nameAr: 'قرض الشباب', nameEn: 'Youth loan', capacity: 20 }),
    ];
    const answers: AnswerSet = {
      services: [
        { kind: 'MICRO_LOAN', service_name: ' youth   LOAN ', capacity: 30 },
        { kind: 'MICRO_LOAN', service_name: 'قرض الاسر', capacity: 10 },
        { kind: 'MICRO_LOAN', service_name: 'قرض النساء', capacity: 5 },
      ],
    };
    const { changes } = capabilityDifference(FORM, answers, services, CONTEXT);
    expect(changes.map((change) => [change.action, change.serviceId, change.entry])).toEqual([
      ['UPDATE', 'b', 0],
      ['UNCHANGED', 'a', 1],
      ['CREATE', null, 2],
    ]);
    expect(changes[0].fields).toEqual([{ field: 'capacity', before: 20, after: 30 }]);
  });

  it('renames the only service of a kind in the language the new name is written in', () => {
    const { changes } = capabilityDifference(FORM, { services: [{ kind: 'MICRO_LOAN', service_name: 'Family micro-loan' }] }, [service('s1')], CONTEXT);
    expect(changes[0].fields).toEqual([
      { field: 'name', before: { ar: 'قرض المشروع متناهي الصغر', en: 'Micro-project loan' }, after: { ar: 'قرض المشروع متناهي الصغر', en: 'Family micro-loan' } },
    ]);
    expect(changes[0].name).toEqual({ ar: 'قرض المشروع متناهي الصغر', en: 'Family micro-loan' });
  });

  it('never matches two entries to one service: a second unnamed entry of the same kind is a new service', () => {
    const answers: AnswerSet = { services: [{ kind: 'MICRO_LOAN', capacity: 80 }, { kind: 'MICRO_LOAN', capacity: 5 }] };
    const { changes } = capabilityDifference(FORM, answers, [service('s1')], CONTEXT);
    expect(changes.map((change) => [change.action, change.serviceId])).toEqual([
      ['UNCHANGED', 's1'],
      ['CREATE', null],
    ]);
  });

  it('lets an entry override the organisation-level answer, which fills only what the entry leaves blank', () => {
    const answers: AnswerSet = {
      org_governorates: ['YE-HD', 'YE-SH'],
      decision_days: 30,
      services: [
        { kind: 'MICRO_LOAN', governorates: ['YE-AB'] },
        { kind: 'GRANT', capacity: 3 },
      ],
    };
    const { changes } = capabilityDifference(FORM, answers, [service('s1')], CONTEXT);
    expect(changes[0].fields).toEqual([
      { field: 'governorates', before: ['YE-HD'], after: ['YE-AB'] },
      { field: 'decisionDays', before: 14, after: 30 },
    ]);
    expect(changes[1].fields.find((field) => field.field === 'governorates')!.after).toEqual(['YE-HD', 'YE-SH']);
  });

  it('clears the other bound when the answers move the amounts to another currency', () => {
    const answers: AnswerSet = { currency: 'USD', services: [{ kind: 'MICRO_LOAN', max_amount: 2000 }] };
    const { changes } = capabilityDifference(FORM, answers, [service('s1')], CONTEXT);
    expect(changes[0].fields).toEqual([
      { field: 'minAmount', before: { amount: '50000', currency: 'YER' }, after: null },
      { field: 'maxAmount', before: { amount: '1000000', currency: 'YER' }, after: { amount: '2000', currency: 'USD' } },
    ]);
  });

  it.each([
    ['an unknown category', { kind: 'MICRO_LOAN', categories: ['DROPOUT', 'ALIENS'] }, /"ALIENS" is not a known category/],
    ['an unknown governorate', { kind: 'MICRO_LOAN', governorates: ['YE-HD', 'XX-99'] }, /"XX-99" is not a known governorate/],
    ['a negative amount', { kind: 'MICRO_LOAN', min_amount: -5 }, /"-5" is not a valid amount/],
    ['a capacity above the limit', { kind: 'MICRO_LOAN', capacity: 2_000_000 }, /capacity must be a whole number/],
    ['an unknown guarantee', { kind: 'MICRO_LOAN', guarantee: 'GOLD' }, /"GOLD" is not a known guarantee/],
    ['a minimum above the maximum', { kind: 'MICRO_LOAN', min_amount: 10, max_amount: 5 }, /minimum amount is above the maximum/],
  ])('leaves out %s and says so', (_, entry, warning) => {
    // Every other value of the entry equals the service's, so what is left out is the only possible change.
    const { changes, warnings } = capabilityDifference(FORM, { services: [entry] }, [service('s1')], CONTEXT);
    expect(changes).toEqual([expect.objectContaining({ action: 'UNCHANGED', serviceId: 's1', fields: [] })]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].en).toMatch(warning);
    expect(warnings[0].en).toMatch(/^Service 1: /);
    expect(warnings[0].ar).toMatch(/^الخدمة رقم 1: /);
  });

  it('skips an entry without a kind, with a warning, and keeps the others', () => {
    const { changes, warnings } = capabilityDifference(FORM, { services: [{ capacity: 3 }, { kind: 'GRANT' }] }, [], CONTEXT);
    expect(changes.map((change) => [change.action, change.entry])).toEqual([['CREATE', 1]]);
    expect(warnings.map((warning) => warning.en)).toEqual(['Service 1: no service kind was given, so this service is left out']);
  });

  it('reads Arabic-Indic digits and thousands separators in amounts given as text', () => {
    const { changes } = capabilityDifference(FORM, { services: [{ kind: 'MICRO_LOAN', max_amount: '١٬٥٠٠٬٠٠٠'.replace(/٬/g, ',') }] }, [service('s1')], CONTEXT);
    expect(changes[0].fields).toEqual([{ field: 'maxAmount', before: { amount: '1000000', currency: 'YER' }, after: { amount: '1500000', currency: 'YER' } }]);
  });

  it('applies organisation-level answers to every service when the form has no SERVICES repeat', () => {
    const flat: FormDefinition = { title: label('Flat'), questions: [q('days', 'INTEGER', 'DECISION_DAYS'), q('gov', 'SELECT_MULTIPLE', 'GOVERNORATES')] };
    const services = [service('a'), service('b', { decisionDays: 7, kind: ServiceKind.GRANT })];
    const { changes } = capabilityDifference(flat, { days: 7 }, services, CONTEXT);
    expect(changes.map((change) => [change.action, change.serviceId, change.entry, change.fields])).toEqual([
      ['UPDATE', 'a', null, [{ field: 'decisionDays', before: 14, after: 7 }]],
      ['UNCHANGED', 'b', null, []],
    ]);
  });

  it('treats a form without the repeat that names a kind as describing one service', () => {
    const single: FormDefinition = { title: label('One'), questions: [q('kind', 'SELECT_ONE', 'SERVICE_KIND'), q('cap', 'INTEGER', 'CAPACITY')] };
    const { changes } = capabilityDifference(single, { kind: 'GRANT', cap: 4 }, [service('a')], CONTEXT);
    expect(changes.map((change) => [change.action, change.entry])).toEqual([
      ['CREATE', null],
      ['UNCHANGED', null],
    ]);
  });

  it('ignores capability questions in other repeats and answers the form does not know', () => {
    const form: FormDefinition = {
      ...FORM,
      questions: [...FORM.questions, q('branches', 'REPEAT', null), q('branch_capacity', 'INTEGER', 'CAPACITY', 'branches')],
    };
    const { changes } = capabilityDifference(form, { branches: [{ branch_capacity: 999 }], services: [{ kind: 'MICRO_LOAN', stray: 5 }] }, [service('s1')], CONTEXT);
    expect(changes).toEqual([expect.objectContaining({ action: 'UNCHANGED', serviceId: 's1', entry: 0 })]);
  });

  it('changes nothing without answers', () => {
    expect(capabilityDifference(FORM, {}, [service('s1')], CONTEXT).changes).toEqual([
      { action: 'UNCHANGED', serviceId: 's1', entry: null, name: expect.any(Object), fields: [] },
    ]);
  });
});

describe('fingerprintOf', () => {
  const base = capabilityDifference(FORM, { services: [{ kind: 'MICRO_LOAN', capacity: 90 }] }, [service('s1')], CONTEXT).changes;

  it('is the same for the same changes whatever the key order, and differs when a value before or after changes', () => {
    const reordered = base.map((change) => ({ fields: change.fields, name: change.name, entry: change.entry, serviceId: change.serviceId, action: change.action }));
    expect(fingerprintOf(reordered)).toBe(fingerprintOf(base));
    const movedBefore = capabilityDifference(FORM, { services: [{ kind: 'MICRO_LOAN', capacity: 90 }] }, [service('s1', { capacity: 81 })], CONTEXT).changes;
    expect(fingerprintOf(movedBefore)).not.toBe(fingerprintOf(base));
    const movedAfter = capabilityDifference(FORM, { services: [{ kind: 'MICRO_LOAN', capacity: 91 }] }, [service('s1')], CONTEXT).changes;
    expect(fingerprintOf(movedAfter)).not.toBe(fingerprintOf(base));
  });
});
