import fc from 'fast-check';
import { AnswerSet, FORM_LIMITS, FormDefinition, FormQuestion } from '../model';
import { evaluateForm, initialAnswers, initialEntry } from './evaluate-form';
import { validateForm } from './validate-form';

const label = (en: string, ar = en): FormQuestion['label'] => ({ ar, en });
const q = (name: string, type: FormQuestion['type'], extra: Partial<FormQuestion> = {}): FormQuestion => ({
  name,
  type,
  label: label(name),
  ...extra,
});
const choices = (...names: string[]) => names.map((name) => ({ name, label: label(name) }));

/** A small lending-partners questionnaire with a group, a repeat of services, calculations and a cascade. */
const FORM: FormDefinition = {
  title: { ar: 'استبيان شركاء الإقراض', en: 'Lending partners' },
  questions: [
    q('org_name', 'TEXT', { required: true, requiredMessage: { ar: 'اكتب اسم الجهة', en: 'Write the name' } }),
    q('income', 'DECIMAL', { constraint: '. >= 0', constraintMessage: { ar: 'لا يكون سالباً', en: 'Not negative' } }),
    q('has_loans', 'SELECT_ONE', { required: true, choices: choices('yes', 'no') }),
    q('loans', 'GROUP', { relevant: "${has_loans} = 'yes'" }),
    q('max_loan', 'INTEGER', { parent: 'loans', required: true, constraint: '. <= 1000000', capability: 'MAX_AMOUNT' }),
    q('loan_note', 'NOTE', { parent: 'loans' }),
    q('services', 'REPEAT', { capability: 'SERVICES', maxRepeats: 3 }),
    q('kind', 'SELECT_ONE', { parent: 'services', required: true, choices: choices('MICRO_LOAN', 'GRANT'), capability: 'SERVICE_KIND' }),
    q('amount', 'DECIMAL', {
      parent: 'services',
      relevant: "${kind} = 'MICRO_LOAN'",
      constraint: '. > 0',
      requiredIf: '${has_loans} = ${has_loans}',
    }),
    q('entry_no', 'CALCULATE', { parent: 'services', calculation: 'position(..)' }),
    q('double', 'CALCULATE', { parent: 'services', calculation: '${amount} * 2' }),
    q('total', 'CALCULATE', { calculation: 'sum(${amount})' }),
    q('n_services', 'CALCULATE', { calculation: 'count(${services})' }),
    q('gov', 'SELECT_ONE', { choices: choices('YE-HD', 'YE-AD') }),
    q('district', 'SELECT_ONE', {
      choiceFilter: 'gov = ${gov}',
      choices: [
        { name: 'mukalla', label: label('Mukalla', 'المكلا'), filters: { gov: 'YE-HD' } },
        { name: 'seiyun', label: label('Seiyun', 'سيئون'), filters: { gov: 'YE-HD' } },
        { name: 'crater', label: label('Crater', 'كريتر'), filters: { gov: 'YE-AD' } },
      ],
    }),
    q('founded', 'DATE', { constraint: '. <= today()' }),
    q('phone', 'TEXT', { constraint: "regex(., '0[0-9]{8}')" }),
    q('source', 'TEXT', { readOnly: true, default: 'shuraka' }),
    q('staff', 'INTEGER', { default: '5' }),
  ],
};

const TODAY = { today: '2026-12-01' };
const codes = (issues: Array<{ path: string; code: string }>) => issues.map((issue) => `${issue.path}:${issue.code}`);

describe('validateForm', () => {
  it('accepts a sound form', () => {
    expect(validateForm(FORM)).toEqual([]);
  });

  it('names the question, the field and the position of bad expressions and unknown references', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('a', 'INTEGER', { relevant: '${b} = ‘x’' }),
        q('b', 'TEXT', { constraint: '. > ${nope} and ${a} > 1' }),
        q('c', 'CALCULATE', { calculation: 'foo(1)' }),
        q('d', 'TEXT', { relevant: "other = 'x'" }),
        q('e', 'TEXT', { constraint: "regex(., '(')" }),
      ],
    };
    const bilingual = (en: RegExp, ar: RegExp) => ({ message: expect.stringMatching(en), localized: { ar: expect.stringMatching(ar), en: expect.stringMatching(en) } });
    expect(validateForm(form)).toEqual([
      { question: 'a', field: 'relevant', ...bilingual(/Curly quote/, /علامة الاقتباس المنحنية .* \(عند الحرف 8\)$/), position: 7 },
      { question: 'b', field: 'constraint', ...bilingual(/\$\{nope\} names no question/, /\$\{nope\} لا يشير/), position: 4, reference: 'nope' },
      { question: 'c', field: 'calculation', ...bilingual(/Unknown function/, /دالة غير معروفة/), position: 0 },
      { question: 'd', field: 'relevant', ...bilingual(/refer to a question as/, /غير مفهوم هنا/), position: 0 },
      { question: 'e', field: 'constraint', ...bilingual(/regex\(\) is not a valid/, /نمط regex\(\)/), position: 0 },
    ]);
  });

  it('points at the bare name itself, not at the same letters inside a reference or a text', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('other_x', 'TEXT'),
        q('a', 'TEXT', { relevant: "${other_x} = 'other' and other = 'x'" }),
        q('b', 'TEXT', { constraint: "'regex' = ${other_x} or regex(., '(')" }),
      ],
    };
    expect(validateForm(form).map((issue) => [issue.question, issue.position])).toEqual([
      ['a', 25],
      ['b', 24],
    ]);
  });

  it('finds cycles among calculations and relevance, self-references included', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('x', 'CALCULATE', { calculation: '${y} + 1' }),
        q('y', 'CALCULATE', { calculation: '${z} + 1' }),
        q('z', 'INTEGER', { relevant: '${x} > 1' }),
        q('self', 'CALCULATE', { calculation: '${self} + 1' }),
        q('ok', 'CALCULATE', { calculation: '${x} + 1' }),
      ],
    };
    const issues = validateForm(form);
    expect(issues.map((issue) => [issue.question, issue.field])).toEqual([
      ['x', 'calculation'],
      ['y', 'calculation'],
      ['z', 'relevant'],
      ['self', 'calculation'],
    ]);
    expect(issues[0].message).toContain('x → y → z → x');
  });

  it('a group whose relevance reads a question inside it is a cycle', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [q('g', 'GROUP', { relevant: '${inner} = 1' }), q('inner', 'INTEGER', { parent: 'g' })],
    };
    expect(
      validateForm(form)
        .map((issue) => issue.question)
        .sort(),
    ).toEqual(['g', 'inner']);
  });

  it('checks structure, choices, defaults, limits and capabilities', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('1bad', 'TEXT'),
        q('dup', 'TEXT'),
        q('dup', 'TEXT'),
        q('orphan', 'TEXT', { parent: 'nowhere' }),
        q('in_text', 'TEXT', { parent: 'dup' }),
        q('nolabel', 'INTEGER', { label: { ar: ' ', en: null } }),
        q('pick', 'SELECT_ONE', { choices: [] }),
        q('pick2', 'SELECT_MULTIPLE', { choices: [...choices('a', 'a'), { name: 'b c', label: label('b') }] }),
        q('num', 'INTEGER', { default: 'ten' }),
        q('calc', 'CALCULATE'),
        q('kind', 'SELECT_ONE', { choices: choices('LOANS'), capability: 'SERVICE_KIND' }),
        q('cap', 'TEXT', { capability: 'CAPACITY' }),
        q('rep', 'REPEAT', { maxRepeats: FORM_LIMITS.maxRepeatEntries + 1 }),
        q('__proto__', 'TEXT'),
      ],
    };
    expect(validateForm(form).map((issue) => `${issue.question}.${issue.field}`)).toEqual([
      '1bad.name',
      'dup.name',
      'orphan.parent',
      'in_text.parent',
      'nolabel.label',
      'pick.choices',
      'pick2.choices',
      'pick2.choices',
      'num.default',
      'calc.calculation',
      'kind.capability',
      'cap.capability',
      'rep.repeatCount',
      '__proto__.name',
    ]);
    // A problem with one choice names it, so that the importer can point at its row.
    expect(validateForm(form).filter((issue) => issue.question === 'pick2').map((issue) => issue.choice)).toEqual(['a', 'b c']);
    // The editor shows these in the user's language: each one in both, English the same as `message`.
    for (const issue of validateForm(form)) {
      expect(issue.localized.en).toBe(issue.message);
      expect(issue.localized.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('keeps capabilities where they describe one thing: the organisation, or one entry of the SERVICES repeat', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('branches', 'REPEAT'),
        q('branch_capacity', 'INTEGER', { parent: 'branches', capability: 'CAPACITY' }),
        q('branch_kind', 'SELECT_ONE', { parent: 'branches', choices: choices('GRANT'), capability: 'SERVICE_KIND' }),
        q('services', 'REPEAT', { capability: 'SERVICES' }),
        q('page', 'GROUP', { parent: 'services' }),
        q('kind', 'SELECT_ONE', { parent: 'page', choices: choices('GRANT', 'MICRO_LOAN'), capability: 'SERVICE_KIND' }),
        q('govs', 'SELECT_MULTIPLE', { parent: 'page', choices: choices('YE-HD', 'XX-1'), capability: 'GOVERNORATES' }),
        q('capacity', 'INTEGER', { capability: 'CAPACITY' }),
        q('capacity_again', 'INTEGER', { capability: 'CAPACITY' }),
        q('more_services', 'REPEAT', { parent: 'services', capability: 'SERVICES' }),
      ],
    };
    expect(validateForm(form).map((issue) => `${issue.question}: ${issue.message}`)).toEqual([
      'branch_capacity: A capability question cannot sit inside the repeat "branches" (only inside the SERVICES repeat)',
      'branch_kind: SERVICE_KIND belongs inside the repeat marked SERVICES',
      'govs: Choices XX-1 are not governorate codes (ISO 3166-2, e.g. YE-HD)',
      'capacity_again: CAPACITY is already described by "capacity"',
      'more_services: The SERVICES repeat cannot sit inside another repeat',
    ]);
  });

  it('refuses too many questions and too long expressions', () => {
    const many: FormDefinition = { title: label('t'), questions: Array.from({ length: FORM_LIMITS.maxQuestions + 1 }, (_, i) => q(`q${i}`, 'TEXT')) };
    expect(validateForm(many)).toEqual([expect.objectContaining({ field: 'name', message: expect.stringMatching(/at most/) })]);
    const long: FormDefinition = { title: label('t'), questions: [q('a', 'TEXT', { relevant: '1 = 1' + ' and 1 = 1'.repeat(300) })] };
    expect(validateForm(long)).toEqual([expect.objectContaining({ field: 'relevant', message: expect.stringMatching(/longer than/) })]);
  });
});

describe('evaluateForm', () => {
  it('normalises Arabic-Indic digits, types and choices, and fills in calculations', () => {
    const state = evaluateForm(
      FORM,
      {
        org_name: '  جمعية الأمل ',
        income: '٣٥٠٠٫٥',
        has_loans: 'yes',
        max_loan: '٥٠٠٠٠',
        services: [{ kind: 'MICRO_LOAN', amount: '١٠٠' }, { kind: 'GRANT' }, { kind: 'MICRO_LOAN', amount: 50 }],
        founded: '٢٠١٠-٠٣-١٥',
        phone: '٠٧٧١٢٣٤٥٦',
      },
      TODAY,
    );
    expect(state.issues).toEqual([]);
    expect(state.missing).toEqual([]);
    expect(state.answers).toEqual({
      org_name: 'جمعية الأمل',
      income: 3500.5,
      has_loans: 'yes',
      max_loan: 50000,
      services: [
        { kind: 'MICRO_LOAN', amount: 100, entry_no: '1', double: '200' },
        { kind: 'GRANT', entry_no: '2' },
        { kind: 'MICRO_LOAN', amount: 50, entry_no: '3', double: '100' },
      ],
      // sum() over an entry whose amount is blank (irrelevant) is NaN, hence blank, as in XPath and ODK
      n_services: '3',
      founded: '2010-03-15',
      phone: '077123456',
      source: 'shuraka',
    });
    expect(state.relevant.has('services[1].amount')).toBe(false);
    expect(state.relevant.has('services[2].amount')).toBe(true);
    expect(state.relevant.has('services[1]')).toBe(true);
  });

  it('drops answers of irrelevant questions (a hidden group hides its questions) and does not require them', () => {
    const state = evaluateForm(FORM, { org_name: 'x', has_loans: 'no', max_loan: 'not even a number', services: [] }, TODAY);
    expect(state.answers).toEqual({ org_name: 'x', has_loans: 'no', n_services: '0', total: '0', source: 'shuraka' });
    expect(state.relevant.has('loans')).toBe(false);
    expect(state.relevant.has('max_loan')).toBe(false);
    expect(state.issues).toEqual([]);
    expect(state.missing).toEqual([]);
  });

  it('reports type, constraint, choice and length problems by path with bilingual messages', () => {
    const state = evaluateForm(
      FORM,
      {
        org_name: 'x'.repeat(FORM_LIMITS.maxTextAnswerLength + 1),
        income: -5,
        has_loans: 'maybe',
        services: [
          { kind: 'MICRO_LOAN', amount: 'abc' },
          { kind: 'MICRO_LOAN', amount: 0 },
        ],
        founded: '2027-01-01',
        phone: '0771234567',
        staff: 2.5,
      },
      TODAY,
    );
    expect(codes(state.issues)).toEqual([
      'income:CONSTRAINT',
      'services[1].amount:CONSTRAINT',
      'founded:CONSTRAINT',
      'phone:CONSTRAINT',
      'org_name:TOO_LONG',
      'has_loans:NOT_A_CHOICE',
      'services[0].amount:TYPE',
      'staff:TYPE',
    ]);
    expect(state.issues[0].message).toEqual({ ar: 'لا يكون سالباً', en: 'Not negative' });
    expect(state.issues[1].message.ar).toBeTruthy();
    expect(state.issues.find((issue) => issue.code === 'TYPE')?.message).toEqual({ ar: 'أدخل رقماً', en: 'Enter a number' });
    // blank answers are never checked against constraints, and a bad answer counts as blank for required
    expect(codes(state.missing)).toEqual(['org_name:REQUIRED', 'has_loans:REQUIRED', 'services[0].amount:REQUIRED']);
    expect(state.missing[0].message).toEqual({ ar: 'اكتب اسم الجهة', en: 'Write the name' });
  });

  it('refuses unknown questions, wrong repeat shapes and too many entries', () => {
    const state = evaluateForm(FORM, { nope: 1, kind: 'GRANT', services: [{ kind: 'GRANT', stray: 1 }, {}, {}, {}] }, TODAY);
    expect(codes(state.issues)).toEqual([
      'nope:UNKNOWN_QUESTION',
      'kind:UNKNOWN_QUESTION',
      'services:REPEAT_COUNT',
      'services[0].stray:UNKNOWN_QUESTION',
    ]);
    expect((state.answers.services as unknown[]).length).toBe(3);
    expect(codes(evaluateForm(FORM, { services: 'x' }, TODAY).issues)).toEqual(['services:TYPE']);
  });

  it('reads ${x} inside a repeat as the same entry, and from outside as every entry', () => {
    const state = evaluateForm(
      FORM,
      {
        services: [
          { kind: 'MICRO_LOAN', amount: 7 },
          { kind: 'MICRO_LOAN', amount: 3 },
        ],
      },
      TODAY,
    );
    const services = state.answers.services as Array<Record<string, unknown>>;
    expect(services.map((entry) => entry.double)).toEqual(['14', '6']);
    expect(state.answers.total).toBe('10');
  });

  it('filters choices by other answers and refuses a choice the filter hides', () => {
    const state = evaluateForm(FORM, { gov: 'YE-HD', district: 'crater' }, TODAY);
    expect(state.choices('district').map((choice) => choice.name)).toEqual(['mukalla', 'seiyun']);
    expect(state.choices('gov').map((choice) => choice.name)).toEqual(['YE-HD', 'YE-AD']);
    expect(state.choices('nothing')).toEqual([]);
    expect(codes(state.issues)).toEqual(['district:NOT_A_CHOICE']);
    expect(evaluateForm(FORM, { gov: 'YE-AD', district: 'crater' }, TODAY).issues).toEqual([]);
  });

  it('keeps read-only answers to the form (the default), whatever is sent', () => {
    expect(evaluateForm(FORM, { source: 'forged' }, TODAY).answers.source).toBe('shuraka');
  });

  it('gives defaults for a new response and a new entry', () => {
    expect(initialAnswers(FORM)).toEqual({ source: 'shuraka', staff: 5 });
    const form: FormDefinition = { title: label('t'), questions: [q('r', 'REPEAT'), q('cur', 'TEXT', { parent: 'r', default: 'YER' })] };
    expect(initialEntry(form, 'r')).toEqual({ cur: 'YER' });
    expect(initialEntry(form, 'cur')).toEqual({});
  });

  it('reads a multiple choice default and calculation as space-separated names', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('picks', 'SELECT_MULTIPLE', { choices: choices('a', 'b', 'c'), default: ' c  a ' }),
        q('copy', 'SELECT_MULTIPLE', { choices: choices('a', 'b', 'c'), calculation: '${picks}' }),
        q('bad', 'SELECT_MULTIPLE', { choices: choices('a'), default: 'a z' }),
      ],
    };
    expect(validateForm(form).map((issue) => `${issue.question}.${issue.field}`)).toEqual(['bad.default']);
    expect(initialAnswers(form)).toEqual({ picks: ['a', 'c'] });
    expect(evaluateForm(form, { picks: ['b', 'c'] }, TODAY).answers).toEqual({ picks: ['b', 'c'], copy: ['b', 'c'] });
    expect(evaluateForm(form, {}, TODAY).answers).toEqual({});
  });

  it('sizes a repeat to its repeat count, filling new entries with defaults', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('n', 'INTEGER'),
        q('r', 'REPEAT', { repeatCount: '${n}', maxRepeats: 4 }),
        q('cur', 'TEXT', { parent: 'r', default: 'YER' }),
        q('i', 'CALCULATE', { parent: 'r', calculation: 'position(..)' }),
        q('last', 'CALCULATE', { calculation: 'indexed-repeat(${cur}, ${r}, 2)' }),
      ],
    };
    expect(evaluateForm(form, { n: 2, r: [{ cur: 'USD' }, { cur: 'SAR' }, { cur: 'EUR' }] }, TODAY).answers).toEqual({
      n: 2,
      r: [
        { cur: 'USD', i: '1' },
        { cur: 'SAR', i: '2' },
      ],
      last: 'SAR',
    });
    expect((evaluateForm(form, { n: 9 }, TODAY).answers.r as unknown[]).length).toBe(4);
    expect(evaluateForm(form, {}, TODAY).answers).toEqual({});
  });

  it('treats the answer of an irrelevant question as blank in other expressions (rule 2)', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('show', 'BOOLEAN'),
        q('x', 'INTEGER', { relevant: '${show} = true()' }),
        q('y', 'INTEGER', { relevant: "${show} = 'true'" }),
        q('blank', 'CALCULATE', { calculation: "if(${y} = '', 'blank', 'set')" }),
      ],
    };
    expect(evaluateForm(form, { show: false, y: 3 }, TODAY).answers).toEqual({ show: false, blank: 'blank' });
    expect(evaluateForm(form, { show: true, y: 3 }, TODAY).answers).toEqual({ show: true, y: 3, blank: 'set' });
    // XPath: a node-set compared with true() is true when it has a node, so `${show} = true()` holds even for false
    expect(evaluateForm(form, { show: false, x: 1 }, TODAY).relevant.has('x')).toBe(true);
  });

  it('nests repeats: a question sees its own entry of each enclosing repeat', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('branches', 'REPEAT'),
        q('city', 'TEXT', { parent: 'branches' }),
        q('staff', 'REPEAT', { parent: 'branches' }),
        q('person', 'TEXT', { parent: 'staff' }),
        q('where', 'CALCULATE', { parent: 'staff', calculation: "concat(${person}, '@', ${city}, '#', position(..))" }),
        q('per_branch', 'CALCULATE', { parent: 'branches', calculation: 'count(${staff})' }),
        q('everyone', 'CALCULATE', { calculation: "join(' ', ${person})" }),
      ],
    };
    const state = evaluateForm(
      form,
      {
        branches: [
          { city: 'Aden', staff: [{ person: 'a' }, { person: 'b' }] },
          { city: 'Mukalla', staff: [{ person: 'c' }] },
        ],
      },
      TODAY,
    );
    expect(state.answers).toEqual({
      branches: [
        {
          city: 'Aden',
          staff: [
            { person: 'a', where: 'a@Aden#1' },
            { person: 'b', where: 'b@Aden#2' },
          ],
          per_branch: '2',
        },
        { city: 'Mukalla', staff: [{ person: 'c', where: 'c@Mukalla#1' }], per_branch: '1' },
      ],
      everyone: 'a b c',
    });
    expect(state.relevant.has('branches[1].staff[0].person')).toBe(true);
  });

  it('applies requiredIf over the literal requirement, and accepts a space-joined multi-select', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('kinds', 'SELECT_MULTIPLE', { choices: choices('a', 'b', 'c'), constraint: 'count-selected(.) <= 2' }),
        q('why', 'TEXT', { required: false, requiredIf: "selected(${kinds}, 'c')" }),
      ],
    };
    expect(evaluateForm(form, { kinds: 'c a' }, TODAY)).toMatchObject({ answers: { kinds: ['a', 'c'] }, issues: [] });
    expect(codes(evaluateForm(form, { kinds: ['c'] }, TODAY).missing)).toEqual(['why:REQUIRED']);
    expect(codes(evaluateForm(form, { kinds: ['a', 'b', 'c'] }, TODAY).issues)).toEqual(['kinds:CONSTRAINT']);
    expect(codes(evaluateForm(form, { kinds: ['z'] }, TODAY).issues)).toEqual(['kinds:NOT_A_CHOICE']);
  });

  it('sees a definition changed in place (no stale cache)', () => {
    const form: FormDefinition = { title: label('t'), questions: [q('a', 'INTEGER'), q('b', 'TEXT', { relevant: '${a} > 1' })] };
    expect(evaluateForm(form, { a: 5, b: 'x' }, TODAY).answers).toEqual({ a: 5, b: 'x' });
    form.questions[1].relevant = '${a} > 10';
    expect(evaluateForm(form, { a: 5, b: 'x' }, TODAY).answers).toEqual({ a: 5 });
    form.questions.push(q('c', 'CALCULATE', { calculation: '${a} * 2' }));
    expect(evaluateForm(form, { a: 5 }, TODAY).answers).toEqual({ a: 5, c: '10' });
    expect(validateForm(form)).toEqual([]);
  });

  it('stays total on a form that validateForm refuses (bad expressions are ignored, cycles evaluate once)', () => {
    const form: FormDefinition = {
      title: label('t'),
      questions: [
        q('a', 'CALCULATE', { calculation: '${b} + 1' }),
        q('b', 'CALCULATE', { calculation: '${a} + 1' }),
        q('c', 'TEXT', { relevant: 'foo(' }),
      ],
    };
    expect(() => evaluateForm(form, { c: 'x' }, TODAY)).not.toThrow();
    expect(evaluateForm(form, { c: 'x' }, TODAY).answers.c).toBe('x');
  });
});

describe('evaluateForm on generated answers', () => {
  const value = fc.oneof(
    fc.constantFrom<unknown>(
      null,
      '',
      'yes',
      'no',
      'MICRO_LOAN',
      'GRANT',
      'YE-HD',
      'mukalla',
      'crater',
      '٣٥',
      '12',
      '-4',
      '2026-02-30',
      '2020-01-01',
    ),
    fc.integer({ min: -5, max: 2_000_000 }),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.array(fc.constantFrom('yes', 'no', 'a'), { maxLength: 3 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const entry = fc.dictionary(fc.constantFrom('kind', 'amount', 'entry_no', 'stray'), value, { maxKeys: 4 });
  const answers = fc.dictionary(
    fc.constantFrom(...FORM.questions.map((question) => question.name), 'unknown', '__proto__'),
    fc.oneof(value, fc.array(entry, { maxLength: 4 })),
    { maxKeys: 12 },
  ) as fc.Arbitrary<AnswerSet>;

  it('never throws, reports only the design’s codes, and its answers are a fixed point', () => {
    fc.assert(
      fc.property(answers, (raw) => {
        const state = evaluateForm(FORM, raw, TODAY);
        for (const issue of [...state.issues, ...state.missing]) {
          expect(['TYPE', 'CONSTRAINT', 'REQUIRED', 'UNKNOWN_QUESTION', 'REPEAT_COUNT', 'TOO_LONG', 'NOT_A_CHOICE']).toContain(issue.code);
          expect(issue.message.ar && issue.message.en).toBeTruthy();
        }
        // Saving what the engine kept and evaluating again changes nothing (what a reload of a draft does).
        const again = evaluateForm(FORM, state.answers, TODAY);
        expect(again.answers).toEqual(state.answers);
        expect(again.issues.filter((issue) => issue.code !== 'CONSTRAINT' && issue.code !== 'NOT_A_CHOICE')).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
