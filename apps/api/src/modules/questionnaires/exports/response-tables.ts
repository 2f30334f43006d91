import { pickLocalized, type Locale, type LocalizedText } from '@shuraka/domain';
import type { AnswerSet, AnswerValue, FormDefinition, FormQuestion } from '@shuraka/xlsform';
import { enclosingRepeat } from '../form-questions';

/** One assigned partner's response (every assignment of the version, answered or not). */
export interface ResponseRow {
  partner: LocalizedText;
  status: 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED';
  submittedAt: Date | null;
  lastSavedAt: Date | null;
  answers: AnswerSet;
}

export interface ResponseTables {
  /** Header row first; one row per partner. */
  main: string[][];
  /** One table per repeat (top-level repeats only), each row an entry linked to its partner by name. */
  repeats: Array<{ name: string; title: string; rows: string[][] }>;
}

const STATUS: Record<ResponseRow['status'], Record<Locale, string>> = {
  NOT_STARTED: { ar: 'لم يبدأ', en: 'Not started' },
  DRAFT: { ar: 'مسودة', en: 'Draft' },
  SUBMITTED: { ar: 'مُرسَل', en: 'Submitted' },
};

const HEADERS = {
  partner: { ar: 'الجهة', en: 'Partner' },
  status: { ar: 'الحالة', en: 'Status' },
  submittedAt: { ar: 'تاريخ الإرسال', en: 'Submitted at' },
  lastSavedAt: { ar: 'آخر حفظ', en: 'Last saved at' },
  entry: { ar: 'رقم الإدخال', en: 'Entry' },
  entries: { ar: 'عدد الإدخالات', en: 'entries' },
  yes: { ar: 'نعم', en: 'Yes' },
  no: { ar: 'لا', en: 'No' },
} satisfies Record<string, Record<Locale, string>>;

/**
 * The responses of one questionnaire version as tables: labels, choice labels and statuses in `language`,
 * answers of questions outside repeats in the main table (with the number of entries of each repeat), and each
 * top-level repeat in a table of its own whose rows start with the partner's name and the entry's number.
 * Notes and groups hold no answer and have no column. Partners keep the order given.
 */
export function responseTables(form: FormDefinition, rows: readonly ResponseRow[], language: Locale): ResponseTables {
  const byName = new Map(form.questions.map((question) => [question.name, question]));
  const repeatOf = (question: FormQuestion) => enclosingRepeat(question, byName);
  const hasAnswer = (question: FormQuestion) => question.type !== 'NOTE' && question.type !== 'GROUP' && question.type !== 'REPEAT';
  const labelOf = (question: FormQuestion) => pickLocalized(question.label, language) || question.name;
  const topRepeats = form.questions.filter((question) => question.type === 'REPEAT' && !repeatOf(question));

  // Main columns in form order; a top-level repeat shows as its number of entries.
  const mainColumns = form.questions.filter((question) => !repeatOf(question) && (hasAnswer(question) || question.type === 'REPEAT'));
  const main: string[][] = [
    [
      HEADERS.partner[language],
      HEADERS.status[language],
      HEADERS.submittedAt[language],
      HEADERS.lastSavedAt[language],
      ...mainColumns.map((question) => (question.type === 'REPEAT' ? `${labelOf(question)} (${HEADERS.entries[language]})` : labelOf(question))),
    ],
  ];
  for (const row of rows) {
    main.push([
      pickLocalized(row.partner, language),
      STATUS[row.status][language],
      timestamp(row.submittedAt),
      timestamp(row.lastSavedAt),
      ...mainColumns.map((question) => {
        const value = row.answers[question.name];
        if (question.type === 'REPEAT') return Array.isArray(value) ? String(value.length) : '0';
        return cell(question, value, language);
      }),
    ]);
  }

  const repeats = topRepeats.map((repeat) => {
    const columns = form.questions.filter((question) => hasAnswer(question) && repeatOf(question) === repeat);
    const table: string[][] = [[HEADERS.partner[language], HEADERS.entry[language], ...columns.map(labelOf)]];
    for (const row of rows) {
      const entries = row.answers[repeat.name];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, index) => {
        if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return;
        const set = entry as AnswerSet;
        table.push([pickLocalized(row.partner, language), String(index + 1), ...columns.map((question) => cell(question, set[question.name], language))]);
      });
    }
    return { name: repeat.name, title: labelOf(repeat), rows: table };
  });
  return { main, repeats };
}

function cell(question: FormQuestion, value: AnswerValue | undefined, language: Locale): string {
  if (value === null || value === undefined) return '';
  const choice = (name: string) => {
    const found = question.choices?.find((item) => item.name === name);
    return found ? pickLocalized(found.label, language) || name : name;
  };
  switch (question.type) {
    case 'SELECT_ONE':
      return typeof value === 'string' ? choice(value) : String(value);
    case 'SELECT_MULTIPLE': {
      const names = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : String(value).split(/\s+/).filter(Boolean);
      return names.map(choice).join(language === 'ar' ? '، ' : ', ');
    }
    case 'BOOLEAN':
      return value === true ? HEADERS.yes[language] : value === false ? HEADERS.no[language] : String(value);
    default:
      return Array.isArray(value) ? '' : String(value);
  }
}

function timestamp(at: Date | null): string {
  return at ? at.toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
}
