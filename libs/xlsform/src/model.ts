import type { LocalizedText } from '@shuraka/domain';

/**
 * The questionnaire model shared by the API (storage, validation of answers) and the portal (editor, form).
 *
 * A form is a FLAT list of questions in form order. Groups and repeats are entries of the list too
 * (`GROUP`, `REPEAT`); the questions inside one name it as their `parent`. This is what XLSForm's
 * begin_group/end_group rows describe, and it travels through GraphQL without recursive types.
 */

/** The contract's seven types first; the rest are additions for XLSForm. */
export const QUESTION_TYPES = [
  'TEXT',
  'INTEGER',
  'DECIMAL',
  'BOOLEAN',
  'DATE',
  'SELECT_ONE',
  'SELECT_MULTIPLE',
  'NOTE',
  'CALCULATE',
  'GROUP',
  'REPEAT',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types that hold an answer the partner types or picks. */
export const INPUT_TYPES: readonly QuestionType[] = ['TEXT', 'INTEGER', 'DECIMAL', 'BOOLEAN', 'DATE', 'SELECT_ONE', 'SELECT_MULTIPLE'];

/**
 * What a question says about the partner's capability profile (see the questionnaires docs). Outside a repeat
 * it describes the whole organisation; inside the repeat marked `SERVICES` it describes one offered service.
 */
export const CAPABILITIES = [
  'SERVICES', // on a REPEAT: one entry per service the partner offers
  'SERVICE_KIND', // SELECT_ONE whose choice names are ServiceKind values
  'SERVICE_NAME', // TEXT
  'CATEGORIES', // SELECT_MULTIPLE whose choice names are ApplicantCategory values
  'GOVERNORATES', // SELECT_MULTIPLE whose choice names are ISO 3166-2 codes
  'MIN_AMOUNT', // DECIMAL/INTEGER
  'MAX_AMOUNT', // DECIMAL/INTEGER
  'CURRENCY', // SELECT_ONE/TEXT, ISO 4217
  'GUARANTEE', // SELECT_ONE whose choice names are GuaranteeType values
  'CAPACITY', // INTEGER: applicants per year
  'DECISION_DAYS', // INTEGER
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface FormChoice {
  name: string;
  label: LocalizedText;
  /** Extra columns of the choices sheet, used by `choice_filter` (e.g. { governorate: 'YE-HD' }). */
  filters?: Record<string, string>;
}

export interface FormQuestion {
  /** Unique in the form; letters, digits, `_`, `-`, `.`; starts with a letter or `_` (XML name rules). */
  name: string;
  type: QuestionType;
  /** Name of the enclosing GROUP or REPEAT, absent at the top level. */
  parent?: string | null;
  label: LocalizedText;
  hint?: LocalizedText | null;
  /** Literal requirement. `requiredIf` (an expression) wins when both are given. */
  required?: boolean;
  requiredIf?: string | null;
  requiredMessage?: LocalizedText | null;
  constraint?: string | null;
  constraintMessage?: LocalizedText | null;
  relevant?: string | null;
  /** Expression of a CALCULATE question (also allowed on read-only inputs). */
  calculation?: string | null;
  /** A literal default answer (XLSForm `default`). */
  default?: string | null;
  readOnly?: boolean;
  /** Choices of SELECT_ONE / SELECT_MULTIPLE, in order. */
  choices?: FormChoice[];
  /** The XLSForm list_name the choices came from; kept so that export → import is stable. */
  listName?: string | null;
  /** Expression over the choices' columns, e.g. `governorate = ${gov}`. */
  choiceFilter?: string | null;
  /** REPEAT only: an expression for the number of entries, or absent for "as many as the partner adds". */
  repeatCount?: string | null;
  /** REPEAT only: at most this many entries (Shuraka's limit applies when absent). */
  maxRepeats?: number | null;
  capability?: Capability | null;
}

export interface FormDefinition {
  title: LocalizedText;
  /** XLSForm settings: form_id and version as text (versions stored as Excel floats are normalised). */
  formId?: string | null;
  version?: string | null;
  defaultLanguage?: 'ar' | 'en' | null;
  questions: FormQuestion[];
}

/**
 * Answers as stored and as sent through GraphQL (`Answer.value` is JSON):
 * TEXT/DATE (YYYY-MM-DD)/SELECT_ONE: string; INTEGER/DECIMAL: number; BOOLEAN: boolean;
 * SELECT_MULTIPLE: string[]; REPEAT: AnswerSet[] (one set per entry, keyed by the names of the questions inside);
 * GROUP and NOTE hold none. Blank is `null` or absent.
 */
export type AnswerValue = string | number | boolean | string[] | AnswerSet[] | null;
export type AnswerSet = { [question: string]: AnswerValue };

/** Limits that keep one form and one answer set small enough for a phone. */
export const FORM_LIMITS = {
  maxQuestions: 1000,
  maxChoicesPerQuestion: 1000,
  maxExpressionLength: 2000,
  maxRepeatEntries: 200,
  maxTextAnswerLength: 4000,
} as const;
