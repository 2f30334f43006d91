import type { FormDefinition } from '@shuraka/xlsform';
import { describe, expect, it } from 'vitest';
import { answersFromList, answersKey, differingNames, draftPayload, getAnswer, parsePath, setAnswer, topLevelAnswerNames, withoutUnofferedChoices } from './answers';
import { fieldId, formPages, pageIndexOf } from './pages';
import { todayIn, toFormDefinition } from './to-form';

const form: FormDefinition = {
  title: { ar: 'استبيان الشركاء', en: 'Partners questionnaire' },
  questions: [
    { name: 'intro', type: 'NOTE', label: { ar: 'مرحباً' } },
    { name: 'profile', type: 'GROUP', label: { ar: 'الجهة' } },
    { name: 'lends', type: 'BOOLEAN', parent: 'profile', label: { ar: 'تقرضون؟' } },
    { name: 'staff', type: 'INTEGER', parent: 'profile', label: { ar: 'عدد الموظفين' } },
    { name: 'services_page', type: 'GROUP', label: { ar: 'الخدمات' } },
    { name: 'services', type: 'REPEAT', parent: 'services_page', label: { ar: 'خدمة' } },
    { name: 'kind', type: 'SELECT_ONE', parent: 'services', label: { ar: 'النوع' }, choices: [{ name: 'MICRO_LOAN', label: { ar: 'قرض' } }] },
    { name: 'max_amount', type: 'DECIMAL', parent: 'services', label: { ar: 'الحد الأعلى' } },
    { name: 'total', type: 'CALCULATE', label: {}, calculation: 'count(${services})' },
    { name: 'comments', type: 'TEXT', label: { ar: 'ملاحظات' } },
  ],
};

describe('answer paths', () => {
  it('reads and writes answers inside repeat entries without touching the rest', () => {
    expect(parsePath('services[1].max_amount')).toEqual(['services', 1, 'max_amount']);
    const start = { staff: '12', services: [{ kind: 'MICRO_LOAN' }] };
    const next = setAnswer(start, 'services[1].max_amount', '5000');
    expect(next).toEqual({ staff: '12', services: [{ kind: 'MICRO_LOAN' }, { max_amount: '5000' }] });
    expect(start).toEqual({ staff: '12', services: [{ kind: 'MICRO_LOAN' }] });
    expect(getAnswer(next, 'services[1].max_amount')).toBe('5000');
    expect(getAnswer(next, 'services[3].kind')).toBeUndefined();
    expect(setAnswer(next, 'staff', undefined)).toEqual({ services: next.services });
  });

  it('names the answers of the top level: inputs, calculations and repeats, not notes, groups or questions inside repeats', () => {
    expect(topLevelAnswerNames(form)).toEqual(['lends', 'staff', 'services', 'total', 'comments']);
  });

  it('sends every top-level name (a cleared answer is cleared on the server) and leaves refused values out', () => {
    const payload = draftPayload(form, { staff: 'x', services: [{ kind: 'MICRO_LOAN', max_amount: 'y' }], total: 1 }, ['staff', 'services[0].max_amount']);
    expect(payload).toEqual({ lends: null, staff: null, services: [{ kind: 'MICRO_LOAN', max_amount: null }], total: 1, comments: null });
  });

  it('compares answer sets whatever the key order, and lists the questions that differ', () => {
    expect(answersKey({ a: 1, b: [{ y: 2, x: 1 }] })).toBe(answersKey({ b: [{ x: 1, y: 2 }], a: 1 }));
    expect(differingNames(form, { staff: 12, lends: true, comments: null }, { staff: 12, lends: false, comments: '' })).toEqual(['lends']);
    expect(answersFromList([{ question: 'staff', value: 12 }, { question: 'comments' }])).toEqual({ staff: 12, comments: null });
  });
});

describe('pages', () => {
  it('makes each top-level group a page and bundles loose questions, and finds the page of any answer path', () => {
    const pages = formPages(form);
    // The introduction note opens the first group's page instead of making a page of its own.
    expect(pages.map((page) => page.key)).toEqual(['group:profile', 'group:services_page', 'loose:total']);
    expect(pages[0].questions.map((question) => question.name)).toEqual(['intro', 'profile']);
    expect(pageIndexOf(pages, form, 'services[2].max_amount')).toBe(1);
    expect(pageIndexOf(pages, form, 'staff')).toBe(0);
    expect(pageIndexOf(pages, form, 'comments')).toBe(2);
    expect(pageIndexOf(pages, form, 'unknown')).toBe(-1);
    expect(fieldId('services[2].max_amount')).toBe('q-services-2-max_amount');
  });
});

describe('API questionnaire to form model', () => {
  it('keeps every field and turns choice filters into text', () => {
    const definition = toFormDefinition({
      title: { ar: 'ع', en: null },
      version: 2,
      defaultLanguage: 'ar',
      questions: [
        {
          name: 'district',
          type: 'SELECT_ONE',
          label: { ar: 'المديرية', en: 'District' },
          required: true,
          choiceFilter: 'gov = ${gov}',
          readOnly: null,
          choices: [{ name: 'mukalla', label: { ar: 'المكلا', en: null }, filters: { gov: 'YE-HD', rank: 1 } }],
        },
      ],
    });
    expect(definition.version).toBe('2');
    expect(definition.questions[0]).toMatchObject({
      name: 'district',
      required: true,
      readOnly: false,
      choiceFilter: 'gov = ${gov}',
      choices: [{ name: 'mukalla', label: { ar: 'المكلا', en: null }, filters: { gov: 'YE-HD', rank: '1' } }],
    });
  });

  it("computes today on the consortium's calendar, not the browser's", () => {
    // 22:30 UTC on 31 Dec is already 1 Jan in Aden (UTC+3).
    expect(todayIn('Asia/Aden', new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(todayIn('UTC', new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });
});

describe('picks a choice filter no longer offers', () => {
  const places: FormDefinition = {
    title: { ar: 'المواقع' },
    questions: [
      { name: 'gov', type: 'SELECT_ONE', label: { ar: 'المحافظة' }, choices: [{ name: 'HD', label: { ar: 'حضرموت' } }, { name: 'AD', label: { ar: 'عدن' } }] },
      {
        name: 'district',
        type: 'SELECT_ONE',
        label: { ar: 'المديرية' },
        choiceFilter: 'gov = ${gov}',
        choices: [
          { name: 'mukalla', label: { ar: 'المكلا' }, filters: { gov: 'HD' } },
          { name: 'crater', label: { ar: 'كريتر' }, filters: { gov: 'AD' } },
        ],
      },
      {
        name: 'village',
        type: 'SELECT_ONE',
        label: { ar: 'القرية' },
        choiceFilter: 'district = ${district}',
        choices: [{ name: 'fuwwah', label: { ar: 'فوه' }, filters: { district: 'mukalla' } }],
      },
      {
        name: 'markets',
        type: 'SELECT_MULTIPLE',
        label: { ar: 'الأسواق' },
        choiceFilter: 'gov = ${gov}',
        choices: [
          { name: 'fish', label: { ar: 'السمك' }, filters: { gov: 'HD' } },
          { name: 'port', label: { ar: 'الميناء' }, filters: { gov: 'AD' } },
          { name: 'honey', label: { ar: 'العسل' }, filters: { gov: 'HD' } },
        ],
      },
      { name: 'offices', type: 'REPEAT', label: { ar: 'الفروع' } },
      { name: 'office_gov', type: 'SELECT_ONE', parent: 'offices', label: { ar: 'المحافظة' }, choices: [{ name: 'HD', label: { ar: 'حضرموت' } }, { name: 'AD', label: { ar: 'عدن' } }] },
      {
        name: 'office_district',
        type: 'SELECT_ONE',
        parent: 'offices',
        label: { ar: 'المديرية' },
        choiceFilter: 'gov = ${office_gov}',
        choices: [
          { name: 'mukalla', label: { ar: 'المكلا' }, filters: { gov: 'HD' } },
          { name: 'crater', label: { ar: 'كريتر' }, filters: { gov: 'AD' } },
        ],
      },
    ],
  };
  const today = '2026-01-15';

  it('clears a pick under the old parent, and in turn the picks that depended on it', () => {
    const before = { gov: 'HD', district: 'mukalla', village: 'fuwwah', markets: ['fish', 'honey'] };
    expect(withoutUnofferedChoices(places, before, today)).toBe(before);
    expect(withoutUnofferedChoices(places, { ...before, gov: 'AD' }, today)).toEqual({ gov: 'AD', district: null, village: null, markets: null });
  });

  it('keeps the picks of a multiple select that are still offered', () => {
    expect(withoutUnofferedChoices(places, { gov: 'HD', markets: ['port', 'honey'] }, today)).toEqual({ gov: 'HD', markets: ['honey'] });
  });

  it('clears inside the repeat entry whose parent changed only', () => {
    const offices = [
      { office_gov: 'AD', office_district: 'mukalla' },
      { office_gov: 'HD', office_district: 'mukalla' },
    ];
    expect(withoutUnofferedChoices(places, { offices }, today)).toEqual({
      offices: [
        { office_gov: 'AD', office_district: null },
        { office_gov: 'HD', office_district: 'mukalla' },
      ],
    });
  });
});
