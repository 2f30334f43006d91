import type { LocalizedText } from '@shuraka/domain';
import type { Capability, FormChoice, FormDefinition, FormQuestion, QuestionType } from '@shuraka/xlsform';

interface ApiText {
  ar?: string | null;
  en?: string | null;
}

/** A question as the API sends it (the FillQuestionFields fragment), before it becomes the model's FormQuestion. */
export interface ApiQuestion {
  name: string;
  type: string;
  parent?: string | null;
  label: ApiText;
  hint?: ApiText | null;
  required: boolean;
  requiredIf?: string | null;
  requiredMessage?: ApiText | null;
  constraint?: string | null;
  constraintMessage?: ApiText | null;
  relevant?: string | null;
  calculation?: string | null;
  default?: string | null;
  readOnly?: boolean | null;
  choiceFilter?: string | null;
  repeatCount?: string | null;
  maxRepeats?: number | null;
  capability?: string | null;
  listName?: string | null;
  choices: ReadonlyArray<{ name: string; label: ApiText; filters?: unknown }>;
}

function text(value: ApiText | null | undefined): LocalizedText | null {
  return value ? { ar: value.ar ?? null, en: value.en ?? null } : null;
}

function filters(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, inner == null ? '' : String(inner)]));
}

/** The questionnaire as the shared form model, which the engine evaluates exactly as the API does. */
export function toFormDefinition(questionnaire: {
  title: ApiText;
  formId?: string | null;
  version?: number | null;
  defaultLanguage?: string | null;
  questions: readonly ApiQuestion[];
}): FormDefinition {
  return {
    title: text(questionnaire.title) ?? {},
    formId: questionnaire.formId ?? null,
    version: questionnaire.version == null ? null : String(questionnaire.version),
    defaultLanguage: questionnaire.defaultLanguage === 'ar' || questionnaire.defaultLanguage === 'en' ? questionnaire.defaultLanguage : null,
    questions: questionnaire.questions.map(
      (question): FormQuestion => ({
        name: question.name,
        type: question.type as QuestionType,
        parent: question.parent ?? null,
        label: text(question.label) ?? {},
        hint: text(question.hint),
        required: question.required,
        requiredIf: question.requiredIf ?? null,
        requiredMessage: text(question.requiredMessage),
        constraint: question.constraint ?? null,
        constraintMessage: text(question.constraintMessage),
        relevant: question.relevant ?? null,
        calculation: question.calculation ?? null,
        default: question.default ?? null,
        readOnly: !!question.readOnly,
        choices: question.choices.map((choice): FormChoice => ({ name: choice.name, label: text(choice.label) ?? {}, filters: filters(choice.filters) })),
        listName: question.listName ?? null,
        choiceFilter: question.choiceFilter ?? null,
        repeatCount: question.repeatCount ?? null,
        maxRepeats: question.maxRepeats ?? null,
        capability: (question.capability ?? null) as Capability | null,
      }),
    ),
  };
}

/** "Today" on the consortium's calendar (due dates and `today()` in expressions use it), `YYYY-MM-DD`. */
export function todayIn(timeZone: string | null | undefined, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone || 'Asia/Aden', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
