import Papa from 'papaparse';
import type { FormDefinition } from '@shuraka/xlsform';
import { toCsv } from './response-csv';
import { responseTables, type ResponseRow } from './response-tables';

const FORM: FormDefinition = {
  title: { ar: 'استبيان', en: 'Questionnaire' },
  questions: [
    { name: 'intro', type: 'NOTE', label: { ar: 'مرحباً', en: 'Welcome' } },
    { name: 'profile', type: 'GROUP', label: { ar: 'البيانات', en: 'Profile' } },
    { name: 'staff', type: 'INTEGER', parent: 'profile', label: { ar: 'عدد الموظفين', en: 'Staff' } },
    { name: 'lends', type: 'BOOLEAN', parent: 'profile', label: { ar: 'تقرض؟', en: 'Lends?' } },
    {
      name: 'areas', type: 'SELECT_MULTIPLE', label: { ar: 'المحافظات', en: 'Governorates' },
      choices: [{ name: 'YE-HD', label: { ar: 'حضرموت', en: 'Hadramout' } }, { name: 'YE-AB', label: { ar: 'أبين', en: 'Abyan' } }],
    },
    { name: 'services', type: 'REPEAT', label: { ar: 'الخدمات', en: 'Services' } },
    {
      name: 'kind', type: 'SELECT_ONE', parent: 'services', label: { ar: 'النوع', en: 'Kind' },
      choices: [{ name: 'MICRO_LOAN', label: { ar: 'قرض متناهي الصغر', en: 'Micro loan' } }],
    },
    { name: 'terms', type: 'GROUP', parent: 'services', label: { ar: 'الشروط', en: 'Terms' } },
    { name: 'max_amount', type: 'DECIMAL', parent: 'terms', label: { ar: 'أعلى مبلغ', en: 'Max amount' } },
    { name: 'note_only_en', type: 'TEXT', label: { en: 'Remarks' } },
  ],
};

const ROWS: ResponseRow[] = [
  {
    partner: { ar: 'مؤسسة العون', en: 'Al-Awn' },
    status: 'SUBMITTED',
    submittedAt: new Date('2026-11-20T08:30:00.123Z'),
    lastSavedAt: new Date('2026-11-20T08:29:00Z'),
    answers: {
      staff: 12, lends: true, areas: ['YE-HD', 'YE-AB'], note_only_en: '=HYPERLINK("http://x")',
      services: [{ kind: 'MICRO_LOAN', max_amount: 500000 }, { kind: 'OTHER', max_amount: null }],
    },
  },
  { partner: { ar: 'روابي', en: null }, status: 'NOT_STARTED', submittedAt: null, lastSavedAt: null, answers: {} },
];

describe('responseTables', () => {
  it('puts one row per partner with labels, choice labels and statuses in Arabic, and each repeat in its own table', () => {
    const tables = responseTables(FORM, ROWS, 'ar');
    expect(tables.main).toEqual([
      ['الجهة', 'الحالة', 'تاريخ الإرسال', 'آخر حفظ', 'عدد الموظفين', 'تقرض؟', 'المحافظات', 'الخدمات (عدد الإدخالات)', 'Remarks'],
      ['مؤسسة العون', 'مُرسَل', '2026-11-20T08:30:00Z', '2026-11-20T08:29:00Z', '12', 'نعم', 'حضرموت، أبين', '2', '=HYPERLINK("http://x")'],
      ['روابي', 'لم يبدأ', '', '', '', '', '', '0', ''],
    ]);
    expect(tables.repeats).toEqual([
      {
        name: 'services',
        title: 'الخدمات',
        rows: [
          ['الجهة', 'رقم الإدخال', 'النوع', 'أعلى مبلغ'],
          ['مؤسسة العون', '1', 'قرض متناهي الصغر', '500000'],
          ['مؤسسة العون', '2', 'OTHER', ''],
        ],
      },
    ]);
  });

  it('speaks English when asked, falling back to the other language where a label has only one', () => {
    const tables = responseTables(FORM, ROWS, 'en');
    expect(tables.main[0]).toEqual(['Partner', 'Status', 'Submitted at', 'Last saved at', 'Staff', 'Lends?', 'Governorates', 'Services (entries)', 'Remarks']);
    expect(tables.main[1].slice(0, 2)).toEqual(['Al-Awn', 'Submitted']);
    expect(tables.main[1][6]).toBe('Hadramout, Abyan');
    expect(tables.main[2][0]).toBe('روابي');
  });
});

describe('toCsv', () => {
  it('writes UTF-8 with a byte order mark, reads back to the same table, and neutralises formulas but not negative numbers', () => {
    const csv = toCsv([
      ['الجهة', 'note'],
      ['مؤسسة "العون"، المكلا', '=1+2'],
      ['-5', '@SUM(A1)'],
    ]);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(csv.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['الجهة', 'note'],
      ['مؤسسة "العون"، المكلا', "'=1+2"],
      ['-5', "'@SUM(A1)"],
    ]);
  });
});
