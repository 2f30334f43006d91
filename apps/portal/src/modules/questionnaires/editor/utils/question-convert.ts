import type { LocalizedText } from '@shuraka/domain';
import type { FormChoice, FormDefinition, FormQuestion } from '@shuraka/xlsform';

/** A choice's extra columns as the author types them: `governorate=YE-HD, kind=loan`. */
export function filtersToText(filters: Record<string, string> | null | undefined): string {
  return Object.entries(filters ?? {})
    .map(([column, value]) => `${column}=${value}`)
    .join(', ');
}

export function filtersFromText(text: string): Record<string, string> | undefined {
  const filters: Record<string, string> = {};
  for (const part of text.split(/[,،]/)) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const column = part.slice(0, at).trim();
    if (column) filters[column] = part.slice(at + 1).trim();
  }
  return Object.keys(filters).length > 0 ? filters : undefined;
}

type Nullable<T> = { [K in keyof T]?: T[K] | null };

function text(value: Nullable<LocalizedText> | null | undefined): LocalizedText | null {
  if (!value) return null;
  const ar = value.ar ?? '';
  const en = value.en ?? '';
  return ar.trim() || en.trim() ? { ar, en } : null;
}

function filtersOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v ?? '')] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A question as the API returns it (every optional field may be null). */
export interface ApiQuestion {
  name: string;
  type: FormQuestion['type'];
  parent?: string | null;
  label: Nullable<LocalizedText>;
  hint?: Nullable<LocalizedText> | null;
  required: boolean;
  requiredIf?: string | null;
  requiredMessage?: Nullable<LocalizedText> | null;
  relevant?: string | null;
  constraint?: string | null;
  constraintMessage?: Nullable<LocalizedText> | null;
  calculation?: string | null;
  default?: string | null;
  readOnly?: boolean | null;
  choices: Array<{ name: string; label: Nullable<LocalizedText>; filters?: unknown }>;
  listName?: string | null;
  choiceFilter?: string | null;
  repeatCount?: string | null;
  maxRepeats?: number | null;
  capability?: FormQuestion['capability'] | null;
}

/** API → the shared model, dropping nulls so that comparisons and validation see what the author wrote. */
export function fromApiQuestion(q: ApiQuestion): FormQuestion {
  const question: FormQuestion = { name: q.name, type: q.type, parent: q.parent ?? null, label: text(q.label) ?? { ar: '', en: '' } };
  const optional: Partial<FormQuestion> = {
    hint: text(q.hint),
    required: q.required || undefined,
    requiredIf: q.requiredIf,
    requiredMessage: text(q.requiredMessage),
    relevant: q.relevant,
    constraint: q.constraint,
    constraintMessage: text(q.constraintMessage),
    calculation: q.calculation,
    default: q.default,
    readOnly: q.readOnly || undefined,
    listName: q.listName,
    choiceFilter: q.choiceFilter,
    repeatCount: q.repeatCount,
    maxRepeats: q.maxRepeats,
    capability: q.capability,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== null && value !== undefined) (question as unknown as Record<string, unknown>)[key] = value;
  }
  if (q.choices.length > 0 || q.type === 'SELECT_ONE' || q.type === 'SELECT_MULTIPLE') {
    question.choices = q.choices.map((c): FormChoice => {
      const choice: FormChoice = { name: c.name, label: text(c.label) ?? { ar: '', en: '' } };
      const filters = filtersOf(c.filters);
      if (filters) choice.filters = filters;
      return choice;
    });
  }
  return question;
}

const localizedInput = (value: LocalizedText | null | undefined) =>
  value && (value.ar?.trim() || value.en?.trim()) ? { ar: value.ar?.trim() || null, en: value.en?.trim() || null } : null;

/** The shared model → QuestionInput: explicit nulls, so that clearing a field in the editor clears it on the server. */
export function toQuestionInput(q: FormQuestion) {
  const select = q.type === 'SELECT_ONE' || q.type === 'SELECT_MULTIPLE';
  return {
    name: q.name,
    type: q.type,
    parent: q.parent ?? null,
    label: { ar: q.label.ar?.trim() || null, en: q.label.en?.trim() || null },
    hint: localizedInput(q.hint),
    required: q.required ?? false,
    requiredIf: q.requiredIf?.trim() || null,
    requiredMessage: localizedInput(q.requiredMessage),
    relevant: q.relevant?.trim() || null,
    constraint: q.constraint?.trim() || null,
    constraintMessage: localizedInput(q.constraintMessage),
    calculation: q.calculation?.trim() || null,
    default: q.default ?? null,
    readOnly: q.readOnly ?? false,
    choices: select
      ? (q.choices ?? []).map((c) => ({
          name: c.name,
          label: { ar: c.label.ar?.trim() || null, en: c.label.en?.trim() || null },
          ...(c.filters && Object.keys(c.filters).length > 0 ? { filters: c.filters } : {}),
        }))
      : [],
    listName: select ? (q.listName ?? null) : null,
    choiceFilter: select ? q.choiceFilter?.trim() || null : null,
    repeatCount: q.type === 'REPEAT' ? q.repeatCount?.trim() || null : null,
    maxRepeats: q.type === 'REPEAT' ? (q.maxRepeats ?? null) : null,
    capability: q.capability ?? null,
  };
}

export function definitionOf(title: LocalizedText, questions: FormQuestion[]): FormDefinition {
  return { title, questions };
}
