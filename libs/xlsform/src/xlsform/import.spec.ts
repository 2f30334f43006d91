import { FormDefinition } from '../model';
import { exportXlsFormSheets } from './export';
import { importXlsFormSheets, normalizeVersion } from './import';
import { parseType } from './question-types';
import { languageOf, parseHeader } from './columns';
import type { SheetRows } from './types';

/** A survey sheet from rows of [type, name, label, ...extra columns]. */
function survey(rows: Array<Record<string, string>>): SheetRows {
  return rows;
}

describe('parseType', () => {
  it.each([
    ['text', { kind: 'question', type: 'TEXT' }],
    ['integer', { kind: 'question', type: 'INTEGER' }],
    ['int', { kind: 'question', type: 'INTEGER' }],
    ['decimal', { kind: 'question', type: 'DECIMAL' }],
    ['date', { kind: 'question', type: 'DATE' }],
    ['note', { kind: 'question', type: 'NOTE' }],
    ['calculate', { kind: 'question', type: 'CALCULATE' }],
    ['acknowledge', { kind: 'question', type: 'BOOLEAN' }],
    ['select_one yes_no', { kind: 'question', type: 'SELECT_ONE', listName: 'yes_no' }],
    ['select_multiple  Services', { kind: 'question', type: 'SELECT_MULTIPLE', listName: 'Services' }],
    ['select one yn', { kind: 'question', type: 'SELECT_ONE', listName: 'yn' }],
    ['begin group', { kind: 'begin', type: 'GROUP' }],
    ['begin_group', { kind: 'begin', type: 'GROUP' }],
    ['End Repeat', { kind: 'end', type: 'REPEAT' }],
    ['begin_repeat', { kind: 'begin', type: 'REPEAT' }],
  ])('%s', (cell, expected) => expect(parseType(cell)).toEqual(expected));

  it.each([
    'image',
    'audio',
    'video',
    'file',
    'barcode',
    'geopoint',
    'geotrace',
    'geoshape',
    'select_one_from_file towns.csv',
    'select_multiple_from_file towns.csv',
    'select_one_external towns',
    'range',
    'rank',
    'time',
    'datetime',
    'start',
    'end',
    'today',
    'deviceid',
    'subscriberid',
    'simserial',
    'phonenumber',
    'username',
    'email',
    'audit',
    'start-geopoint',
    'background-audio',
    'uri:deviceid',
    'select_one yn or_other',
  ])('%s is unsupported', (cell) => expect(parseType(cell).kind).toBe('unsupported'));

  it.each(['txt', 'select_one', 'select_one a b c', ''])('"%s" is unknown', (cell) => expect(parseType(cell).kind).toBe('unknown'));
});

describe('headers and languages', () => {
  it.each([
    ['label::Arabic (ar)', { key: 'label', lang: 'ar' }],
    ['label::English (en)', { key: 'label', lang: 'en' }],
    ['label::english', { key: 'label', lang: 'en' }],
    ['label :: العربية', { key: 'label', lang: 'ar' }],
    ['label::French (fr)', { key: 'label', lang: 'other' }],
    ['label', { key: 'label', lang: 'bare' }],
    [' name ', { key: 'name' }],
    ['requiredMsg', { key: 'required_message', lang: 'bare' }],
    ['bind::jr:constraintMsg::English', { key: 'constraint_message', lang: 'en' }],
    ['media::image::English (en)', { key: 'media', lang: 'en' }],
    ['jr:count', { key: 'repeat_count' }],
    ['appearance', { key: 'appearance' }],
  ])('%s', (header, expected) => expect(parseHeader(header)).toMatchObject(expected));

  it('reads language names and codes', () => {
    expect(languageOf('Arabic (ar)')).toBe('ar');
    expect(languageOf('English (en-GB)')).toBe('en');
    expect(languageOf('Swahili (sw)')).toBeUndefined();
  });
});

describe('importXlsFormSheets', () => {
  it.each([
    ['yes', true],
    ['Yes', true],
    ['true', true],
    ['TRUE', true],
    ['true()', true],
    ['1', true],
    ['no', false],
    ['false', false],
    ['FALSE', false],
    ['', false],
  ])('required "%s" is the literal %s', (cell, required) => {
    const result = importXlsFormSheets({ survey: [{ type: 'text', name: 'a', label: 'A', required: cell }] });
    expect(result.form?.questions[0]).toMatchObject({ required });
    expect(result.form?.questions[0].requiredIf).toBeUndefined();
  });

  it('keeps any other required as an expression (requiredIf)', () => {
    const result = importXlsFormSheets({
      survey: [
        { type: 'integer', name: 'n', label: 'N', required: '' },
        { type: 'text', name: 'a', label: 'A', required: '${n} > 2' },
      ],
    });
    expect(result.form?.questions[1]).toMatchObject({ required: false, requiredIf: '${n} > 2' });
  });

  it('maps a bare label to the default language, else to the script of its cells', () => {
    const arabic = importXlsFormSheets({ survey: [{ type: 'text', name: 'a', label: 'الاسم' }] });
    expect(arabic.form?.questions[0].label).toEqual({ ar: 'الاسم' });
    const english = importXlsFormSheets({ survey: [{ type: 'text', name: 'a', label: 'Name' }] });
    expect(english.form?.questions[0].label).toEqual({ en: 'Name' });
    const declared = importXlsFormSheets({
      survey: [{ type: 'text', name: 'a', label: 'Name' }],
      settings: [{ default_language: 'Arabic (ar)', form_title: 'T' }],
    });
    expect(declared.form?.questions[0].label).toEqual({ ar: 'Name' });
    expect(declared.form?.defaultLanguage).toBe('ar');
  });

  it('reads a bare label beside an explicit language (the usual Kobo layout) as the other language', () => {
    const result = importXlsFormSheets({
      survey: [
        { type: 'text', name: 'a', label: 'الاسم', 'label::English (en)': 'Name' },
        { type: 'text', name: 'b', label: '', 'label::English (en)': 'Only English' },
      ],
      settings: [{ default_language: 'Arabic (ar)' }],
    });
    expect(result.form?.questions.map((q) => q.label)).toEqual([{ ar: 'الاسم', en: 'Name' }, { en: 'Only English' }]);
    const undeclared = importXlsFormSheets({ survey: [{ type: 'text', name: 'a', label: 'الاسم', 'label::English (en)': 'Name' }] });
    expect(undeclared.form?.questions[0].label).toEqual({ ar: 'الاسم', en: 'Name' });
  });

  it('reports structure problems row by row', () => {
    const result = importXlsFormSheets({
      survey: survey([
        { type: 'begin_group', name: 'g', label: 'G' }, // row 2
        { type: 'text', name: 'a', label: 'A' },
        { type: 'text', name: 'a', label: 'A again' }, // row 4: duplicate
        { type: 'end repeat', name: '' }, // row 5: closes the group as if it were a repeat
        { type: 'txet', name: 'b', label: 'B' }, // row 6: unknown type
        { type: 'text', name: '', label: 'no name' }, // row 7
        { type: '', name: 'orphan', label: 'no type' }, // row 8
        { type: 'select_one nowhere', name: 'c', label: 'C' }, // row 9: no such list
        { type: 'integer', name: 'd', label: 'D', capability: 'wealth' }, // row 10
        { type: 'begin repeat', name: 'r', label: 'R' }, // row 11: never closed
      ]),
    });
    expect(result.form).toBeNull();
    expect(result.issues.map((i) => `${i.row}:${i.column}:${i.code}`)).toEqual([
      '4:name:INVALID',
      '5:type:INVALID',
      '6:type:INVALID',
      '7:name:INVALID',
      '8:type:INVALID',
      '9:type:INVALID',
      '10:capability:INVALID',
      '11:type:INVALID',
    ]);
    expect(result.issues[0].message).toMatch(/row 3/);
  });

  it('names the position of a syntax error and of an unknown reference', () => {
    const result = importXlsFormSheets({
      survey: [
        { type: 'integer', name: 'age', label: 'Age', constraint: '. > 17 and', relevant: '${agee} > 1' },
        { type: 'text', name: 'why', label: 'Why', relevant: '${age} = “x”' },
      ],
    });
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 2, column: 'constraint', code: 'SYNTAX', question: 'age', position: 10 }),
      expect.objectContaining({ row: 2, column: 'relevant', code: 'UNKNOWN_REFERENCE', question: 'age', position: 0 }),
      expect.objectContaining({ row: 3, column: 'relevant', code: 'SYNTAX', question: 'why', position: 9 }),
    ]);
  });

  it('never silently drops an unsupported row: refused, or skipped and listed, and a reference to it is an error', () => {
    const sheets: Record<string, SheetRows> = {
      survey: [
        { type: 'geopoint', name: 'where', label: 'Where' },
        { type: 'text', name: 'a', label: 'A' },
        { type: 'text', name: 'b', label: 'B', relevant: "${where} != ''" },
      ],
    };
    const refused = importXlsFormSheets(sheets);
    expect(refused.issues.map((i) => `${i.row}:${i.code}`)).toEqual(['2:UNSUPPORTED', '4:UNKNOWN_REFERENCE']);
    expect(refused.skipped).toEqual([]);
    const skipped = importXlsFormSheets(sheets, { skipUnsupported: true });
    expect(skipped.skipped.map((i) => `${i.row}:${i.code}:${i.question}`)).toEqual(['2:UNSUPPORTED:where']);
    expect(skipped.issues).toEqual([expect.objectContaining({ row: 4, code: 'UNKNOWN_REFERENCE', question: 'b' })]);
    expect(skipped.issues[0].message).toMatch(/left out.*row 2/);
  });

  it('reads choices with labels in both languages and extra columns as filters', () => {
    const result = importXlsFormSheets({
      survey: [
        { type: 'select_one gov', name: 'gov', 'label::Arabic (ar)': 'المحافظة', 'label::English (en)': 'Governorate' },
        { type: 'select_one district', name: 'district', 'label::English (en)': 'District', choice_filter: 'gov = ${gov}' },
      ],
      choices: [
        { list_name: 'gov', name: 'YE-HD', 'label::Arabic (ar)': 'حضرموت', 'label::English (en)': 'Hadramout', gov: '' },
        { list_name: 'district', name: 'mukalla', 'label::Arabic (ar)': 'المكلا', 'label::English (en)': '', gov: 'YE-HD' },
        { list_name: 'district', name: 'mukalla', 'label::Arabic (ar)': 'مكرر', 'label::English (en)': '', gov: 'YE-HD' },
      ],
    });
    expect(result.issues).toEqual([expect.objectContaining({ sheet: 'choices', row: 4, column: 'name', code: 'INVALID' })]);
    const fixed = importXlsFormSheets({
      survey: [{ type: 'select_one district', name: 'district', label: 'D', choice_filter: 'gov = "YE-HD"' }],
      choices: [{ list_name: 'district', name: 'mukalla', 'label::Arabic (ar)': 'المكلا', gov: 'YE-HD' }],
    });
    expect(fixed.form?.questions[0].choices).toEqual([{ name: 'mukalla', label: { ar: 'المكلا' }, filters: { gov: 'YE-HD' } }]);
  });

  it('points a problem with one choice at its row of the choices sheet', () => {
    const result = importXlsFormSheets({
      survey: [{ type: 'select_multiple kinds', name: 'kinds', label: 'Kinds', capability: 'categories' }],
      choices: [
        { list_name: 'kinds', name: 'YOUTH', label: 'Youth' },
        { list_name: 'kinds', name: 'two words', label: 'Two' },
      ],
    });
    expect(result.issues).toEqual([
      expect.objectContaining({ sheet: 'survey', row: 2, column: 'capability', code: 'INVALID', question: 'kinds' }),
      expect.objectContaining({ sheet: 'choices', row: 3, column: 'name', code: 'INVALID', question: 'kinds' }),
    ]);
  });

  it('reads the settings: title, form_id, versions stored as Excel numbers or dates', () => {
    const result = importXlsFormSheets({
      survey: [{ type: 'text', name: 'a', label: 'A' }],
      settings: [{ 'form_title ': 'Partners', 'form_id\t': 'partners', version: '2.0240515E7' }],
    });
    expect(result.form).toMatchObject({ title: { en: 'Partners' }, formId: 'partners', version: '20240515' });
    expect(normalizeVersion('20240515.0')).toBe('20240515');
    expect(normalizeVersion('2022-04-11T16:26:28')).toBe('20220411162628');
    expect(normalizeVersion('v1.2')).toBe('v1.2');
    expect(normalizeVersion('1.0')).toBe('1.0');
  });

  it('reports expressions using ODK functions Shuraka leaves out as unsupported rows', () => {
    const result = importXlsFormSheets({
      survey: [
        { type: 'text', name: 'a', label: 'A' },
        { type: 'calculate', name: 'c', calculation: "pulldata('fees', 'amount', 'id', ${a})" },
      ],
    });
    expect(result.issues).toEqual([expect.objectContaining({ row: 3, column: 'calculation', code: 'UNSUPPORTED', question: 'c' })]);
  });

  it("maps the form engine's own checks back to rows and columns (cycles, capabilities, labels)", () => {
    const result = importXlsFormSheets({
      survey: [
        { type: 'calculate', name: 'a', label: '', calculation: '${b} + 1', capability: '' },
        { type: 'calculate', name: 'b', label: '', calculation: '${a} + 1', capability: '' },
        { type: 'text', name: 'staff', label: 'Staff', calculation: '', capability: 'capacity' },
        { type: 'integer', name: 'mute', label: '', calculation: '', capability: '' },
      ],
    });
    expect(result.form).toBeNull();
    expect(result.issues.map((i) => `${i.row}:${i.column}:${i.code}:${i.question}`)).toEqual([
      '2:calculation:INVALID:a',
      '3:calculation:INVALID:b',
      '4:capability:INVALID:staff',
      '5:label:INVALID:mute',
    ]);
    expect(result.issues[0].message).toMatch(/circle/);
  });

  it('needs a survey sheet', () => {
    expect(importXlsFormSheets({ choices: [] }).issues).toEqual([
      expect.objectContaining({ sheet: 'survey', row: 0, code: 'INVALID' }),
    ]);
  });
});

describe('exportXlsFormSheets', () => {
  const form: FormDefinition = {
    title: { ar: 'استبيان الشركاء', en: 'Partners questionnaire' },
    formId: 'partners',
    version: '2',
    defaultLanguage: 'ar',
    questions: [
      { name: 'name', type: 'TEXT', label: { ar: 'الاسم', en: 'Name' }, required: true, readOnly: false },
      {
        name: 'services',
        type: 'REPEAT',
        label: { ar: 'الخدمات', en: 'Services' },
        required: false,
        readOnly: false,
        maxRepeats: 10,
        repeatCount: '',
        capability: 'SERVICES',
      },
      {
        name: 'kind',
        type: 'SELECT_ONE',
        parent: 'services',
        label: { ar: 'النوع', en: 'Kind' },
        required: true,
        readOnly: false,
        listName: 'kinds',
        choices: [
          { name: 'MICRO_LOAN', label: { ar: 'قرض صغير', en: 'Micro loan' } },
          { name: 'VOCATIONAL_TRAINING', label: { ar: 'تدريب مهني', en: 'Vocational training' } },
        ],
        capability: 'SERVICE_KIND',
      },
      {
        name: 'other_kind',
        type: 'SELECT_ONE',
        label: { en: 'Other' },
        required: false,
        readOnly: false,
        listName: 'kinds', // same list name, different choices: exported under a new list name
        choices: [{ name: 'GRANT', label: { en: 'Grant' } }],
      },
      { name: 'ok', type: 'BOOLEAN', label: { ar: 'أوافق' }, required: false, requiredIf: '${name} != ""', readOnly: false },
    ],
  };

  it('nests groups and repeats, writes both languages, keeps Shuraka columns', () => {
    const sheets = exportXlsFormSheets(form);
    expect(sheets.survey.map((row) => [row.type, row.name])).toEqual([
      ['text', 'name'],
      ['begin_repeat', 'services'],
      ['select_one kinds', 'kind'],
      ['end_repeat', ''],
      ['select_one kinds_2', 'other_kind'],
      ['acknowledge', 'ok'],
    ]);
    expect(sheets.survey[1]).toMatchObject({ max_repeats: '10', capability: 'SERVICES', 'label::Arabic (ar)': 'الخدمات' });
    expect(sheets.survey[5]).toMatchObject({ required: '${name} != ""' });
    expect(sheets.choices.map((row) => `${row.list_name}/${row.name}`)).toEqual(['kinds/MICRO_LOAN', 'kinds/VOCATIONAL_TRAINING', 'kinds_2/GRANT']);
    expect(sheets.settings).toEqual([
      expect.objectContaining({ form_title: 'استبيان الشركاء', form_id: 'partners', version: '2', default_language: 'Arabic (ar)' }),
    ]);
  });

  it('import → export → import is stable once imported', () => {
    const first = importXlsFormSheets(exportXlsFormSheets(form));
    expect(first.issues).toEqual([]);
    const second = importXlsFormSheets(exportXlsFormSheets(first.form as FormDefinition));
    expect(second.form).toStrictEqual(first.form);
    expect(first.form?.questions.find((q) => q.name === 'other_kind')?.listName).toBe('kinds_2');
    expect(first.form?.questions.find((q) => q.name === 'services')).toMatchObject({ maxRepeats: 10, capability: 'SERVICES' });
  });
});
