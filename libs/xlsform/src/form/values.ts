import { LocalizedText, toAsciiDigits } from '@shuraka/domain';
import { Bilingual, say } from '../messages';
import { dateToDays } from '../expression/evaluate';
import { decimalText } from '../expression/printer';
import { AnswerSet, AnswerValue, FORM_LIMITS, FormQuestion } from '../model';

export type ValueProblem = { code: 'TYPE' | 'TOO_LONG' | 'NOT_A_CHOICE'; message: LocalizedText };

const TYPE_MESSAGES: Partial<Record<FormQuestion['type'], Bilingual>> = {
  TEXT: say('أدخل نصاً', 'Enter text'),
  INTEGER: say('أدخل عدداً صحيحاً', 'Enter a whole number'),
  DECIMAL: say('أدخل رقماً', 'Enter a number'),
  BOOLEAN: say('اختر نعم أو لا', 'Choose yes or no'),
  DATE: say('أدخل تاريخاً صحيحاً (سنة-شهر-يوم)', 'Enter a valid date (YYYY-MM-DD)'),
  SELECT_ONE: say('اختر خياراً واحداً', 'Choose one option'),
  SELECT_MULTIPLE: say('اختر من الخيارات', 'Choose from the options'),
  REPEAT: say('قائمة الإدخالات غير صالحة', 'The list of entries is not valid'),
};

export const MESSAGES = {
  required: say('هذا السؤال مطلوب', 'This question is required'),
  constraint: say('الإجابة غير مقبولة', 'This answer is not accepted'),
  notAChoice: say('هذا الخيار ليس من الخيارات المتاحة', 'This is not one of the available options'),
  unknownQuestion: say('لا يوجد سؤال بهذا الاسم في هذا الاستبيان', 'There is no such question in this questionnaire'),
  tooLong: (max: number): Bilingual => say(`الإجابة أطول من ${max} حرف`, `The answer is longer than ${max} characters`),
  repeatCount: (max: number): Bilingual => say(`عدد الإدخالات أكثر من ${max}`, `More than ${max} entries`),
} as const;

const typeProblem = (type: FormQuestion['type']): ValueProblem => ({ code: 'TYPE', message: TYPE_MESSAGES[type] ?? TYPE_MESSAGES.TEXT! });

/** Arabic-Indic digits to ASCII, and the Arabic decimal separator (٫) to a point; whitespace trimmed. */
export function normaliseText(text: string): string {
  return toAsciiDigits(text)
    .replace(/\u066B/g, '.')
    .trim();
}

const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * One answer in its stored form, or a problem. A SELECT_MULTIPLE also takes its names space-separated (a default,
 * a calculation's text). Choice names are checked against all of the question's choices
 * (the choice filter is checked later, when answers are known). `null` is a blank answer.
 */
export function normaliseValue(question: FormQuestion, raw: unknown): { value: AnswerValue } | { problem: ValueProblem } {
  if (isBlank(raw)) return { value: null };
  const choices = question.choices ?? [];
  switch (question.type) {
    case 'TEXT': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { problem: typeProblem('TEXT') };
      const text = typeof raw === 'number' ? decimalText(raw) : toAsciiDigits(raw).trim();
      if (text.length > FORM_LIMITS.maxTextAnswerLength)
        return { problem: { code: 'TOO_LONG', message: MESSAGES.tooLong(FORM_LIMITS.maxTextAnswerLength) } };
      return { value: text };
    }
    case 'INTEGER': {
      const text = typeof raw === 'number' ? decimalText(raw) : typeof raw === 'string' ? normaliseText(raw) : '';
      const value = INTEGER.test(text) ? Number(text) : NaN;
      return Number.isSafeInteger(value) ? { value } : { problem: typeProblem('INTEGER') };
    }
    case 'DECIMAL': {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && DECIMAL.test(normaliseText(raw)) ? Number(normaliseText(raw)) : NaN;
      return Number.isFinite(value) ? { value: Object.is(value, -0) ? 0 : value } : { problem: typeProblem('DECIMAL') };
    }
    case 'BOOLEAN': {
      if (typeof raw === 'boolean') return { value: raw };
      if (raw === 'true' || raw === 'false') return { value: raw === 'true' };
      return { problem: typeProblem('BOOLEAN') };
    }
    case 'DATE': {
      const text = typeof raw === 'string' ? normaliseText(raw) : '';
      return DATE.test(text) && !Number.isNaN(dateToDays(text)) ? { value: text } : { problem: typeProblem('DATE') };
    }
    case 'SELECT_ONE': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { problem: typeProblem('SELECT_ONE') };
      const name = typeof raw === 'number' ? decimalText(raw) : normaliseText(raw);
      if (!choices.some((choice) => choice.name === name)) return { problem: { code: 'NOT_A_CHOICE', message: MESSAGES.notAChoice } };
      return { value: name };
    }
    case 'SELECT_MULTIPLE': {
      const items = typeof raw === 'string' ? normaliseText(raw).split(/\s+/) : Array.isArray(raw) ? raw : null;
      if (!items || !items.every((item) => typeof item === 'string')) return { problem: typeProblem('SELECT_MULTIPLE') };
      const names = [...new Set((items as string[]).map(normaliseText).filter((item) => item !== ''))];
      if (names.some((name) => !choices.some((choice) => choice.name === name)))
        return { problem: { code: 'NOT_A_CHOICE', message: MESSAGES.notAChoice } };
      // Stored in the order of the choices, so that equal selections are equal answers.
      return { value: choices.map((choice) => choice.name).filter((name) => names.includes(name)) };
    }
    case 'CALCULATE':
      return { value: typeof raw === 'string' ? raw : typeof raw === 'number' ? decimalText(raw) : typeof raw === 'boolean' ? String(raw) : null };
    case 'REPEAT':
      return Array.isArray(raw) && raw.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry))
        ? { value: raw as AnswerSet[] }
        : { problem: typeProblem('REPEAT') };
    default:
      return { value: null };
  }
}

/** The text an expression sees for a stored answer (design: numbers as decimal text, booleans 'true'/'false', multi space-joined). */
export function answerText(value: AnswerValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return decimalText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value.length === 0) return '';
  return typeof value[0] === 'string' ? (value as string[]).join(' ') : '';
}

export { isBlank };
