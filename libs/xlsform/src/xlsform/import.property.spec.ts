import fc from 'fast-check';
import { validateForm } from '../form/validate-form';
import type { FormDefinition } from '../model';
import { exportXlsFormSheets } from './export';
import { importXlsFormSheets } from './import';
import type { SheetRows } from './types';

const names = ['a', 'b', 'g', 'r', 'kind', 'n_1', 'x-y', '', ' a ', '1bad'];
const types = [
  'text',
  'integer',
  'decimal',
  'date',
  'note',
  'calculate',
  'acknowledge',
  'select_one yn',
  'select_multiple yn',
  'select_one missing',
  'begin_group',
  'end_group',
  'begin repeat',
  'end repeat',
  'geopoint',
  'image',
  'start',
  'select_one_from_file x.csv',
  'rank',
  'bogus',
  '',
];
const expressions = ['', '${a} > 1', "selected(${kind}, 'yes')", '. >= 0', '${zz} = 1', '${a} = ‘x’', '(', 'true', "pulldata('x')", '${b} + 1'];
const cells = fc.oneof(fc.constantFrom('', 'yes', 'no', 'TRUE', 'الاسم', 'Name', '${a}'), fc.string({ maxLength: 6 }));

const row = fc.record({
  type: fc.constantFrom(...types),
  name: fc.constantFrom(...names),
  label: cells,
  'label::Arabic (ar)': cells,
  required: fc.constantFrom('', 'yes', 'no', 'TRUE', '${a} = 1', 'maybe'),
  relevant: fc.constantFrom(...expressions),
  constraint: fc.constantFrom(...expressions),
  calculation: fc.constantFrom(...expressions),
  read_only: fc.constantFrom('', 'yes', 'x'),
  capability: fc.constantFrom('', '', '', 'capacity', 'services', 'nope'),
  image: fc.constantFrom('', '', 'a.jpg'),
});
const choice = fc.record({
  list_name: fc.constantFrom('yn', 'yn', 'other', ''),
  name: fc.constantFrom('yes', 'no', 'maybe', '', 'a b'),
  label: cells,
});

const text = fc.constantFrom('الاسم', 'Name', 'عدد ${q0}', 'Count of ${q0}', "it's", 'a "quoted" word', 'سطر\nثان', '٣٥');
const inputTypes = ['text', 'integer', 'decimal', 'date', 'acknowledge', 'select_one yn', 'select_multiple yn'];
const plainTypes = [...inputTypes, 'note', 'calculate'];

/** Forms a careful author writes: unique names, expressions over earlier questions, blocks closed in order. */
const wellFormed = fc
  .array(
    fc.record({
      type: fc.constantFrom(...plainTypes),
      open: fc.constantFrom('', '', '', 'begin_group', 'begin_repeat'),
      close: fc.nat(2),
      ar: text,
      en: fc.option(text, { nil: '' }),
      required: fc.constantFrom('', 'yes', 'no', 'TRUE', '1', '${q0} != ""'),
      relevant: fc.constantFrom('', "${q0} != ''", 'string-length(${q0}) > 1'),
      hint: fc.option(text, { nil: '' }),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((specs) => {
    const survey: SheetRows = [];
    const open: string[] = [];
    specs.forEach((spec, i) => {
      const name = `q${i}`;
      const first = i === 0;
      if (spec.open) {
        survey.push({ type: spec.open, name, 'label::Arabic (ar)': spec.ar, 'label::English (en)': spec.en, relevant: first ? '' : spec.relevant });
        open.push(spec.open);
        return;
      }
      survey.push({
        type: spec.type,
        name,
        'label::Arabic (ar)': spec.ar,
        'label::English (en)': spec.en,
        'hint::Arabic (ar)': spec.hint,
        required: first ? spec.required.replace('${q0} != ""', 'yes') : spec.required,
        relevant: first ? '' : spec.relevant,
        calculation: spec.type === 'calculate' ? (first ? '1 + 1' : 'concat(${q0}, "x")') : '',
        constraint: spec.type === 'integer' || spec.type === 'decimal' ? '. >= 0' : '',
      });
      for (let k = 0; k < spec.close && open.length > 0; k++) survey.push({ type: open.pop() === 'begin_group' ? 'end_group' : 'end_repeat', name: '' });
    });
    while (open.length > 0) survey.push({ type: open.pop() === 'begin_group' ? 'end_group' : 'end_repeat', name: '' });
    const choices: SheetRows = [
      { list_name: 'yn', name: 'yes', 'label::Arabic (ar)': 'نعم', 'label::English (en)': 'Yes', region: 'YE-HD' },
      { list_name: 'yn', name: 'no', 'label::Arabic (ar)': 'لا', 'label::English (en)': '', region: '' },
    ];
    const settings: SheetRows = [{ form_title: 'استبيان', form_id: 'gen', version: '2.0240515E7', default_language: 'Arabic (ar)' }];
    return { survey, choices, settings };
  });

describe('importXlsFormSheets on generated sheets', () => {
  it('never throws; a form it returns is valid and survives export → import unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.array(choice, { maxLength: 6 }),
        fc.boolean(),
        (survey: SheetRows, choices: SheetRows, skipUnsupported) => {
          const result = importXlsFormSheets({ survey, choices }, { skipUnsupported });
          if (result.form === null) {
            expect(result.issues.length).toBeGreaterThan(0);
            return;
          }
          expect(result.issues).toEqual([]);
          if (!skipUnsupported) expect(result.skipped).toEqual([]);
          expect(validateForm(result.form)).toEqual([]);
          const again = importXlsFormSheets(exportXlsFormSheets(result.form));
          expect(again.issues).toEqual([]);
          expect(again.form).toStrictEqual(result.form);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('imports generated well-formed forms (groups, repeats, both languages) and round-trips them', () => {
    fc.assert(
      fc.property(wellFormed, ({ survey, choices, settings }) => {
        const result = importXlsFormSheets({ survey, choices, settings });
        expect(result.issues).toEqual([]);
        expect(result.form?.questions.length).toBe(survey.filter((r) => !r.type.startsWith('end')).length);
        const again = importXlsFormSheets(exportXlsFormSheets(result.form as FormDefinition));
        expect(again.form).toStrictEqual(result.form);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses every unsupported row unless asked, and then lists each one in skipped', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (survey: SheetRows) => {
        const refused = importXlsFormSheets({ survey, choices: [{ list_name: 'yn', name: 'yes', label: 'Yes' }] });
        const skipped = importXlsFormSheets({ survey, choices: [{ list_name: 'yn', name: 'yes', label: 'Yes' }] }, { skipUnsupported: true });
        const unsupported = refused.issues.filter((issue) => issue.code === 'UNSUPPORTED');
        expect(refused.skipped).toEqual([]);
        expect(skipped.issues.filter((issue) => issue.code === 'UNSUPPORTED')).toEqual([]);
        expect(skipped.skipped).toEqual(unsupported);
      }),
      { numRuns: 300 },
    );
  });
});
