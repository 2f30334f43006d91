/**
 * TEMPORARY until i8-expr's engine is merged: the design's signatures of `validateForm` and
 * `evaluateForm`, with a pass-through body. Replaced by re-exports from `@shuraka/xlsform`.
 */
import type { LocalizedText } from '@shuraka/domain';
import type { AnswerSet, FormChoice, FormDefinition } from '@shuraka/xlsform';

export interface FormIssue {
  question: string;
  field: string;
  message: string;
  position?: number;
}

export interface AnswerIssue {
  path: string;
  question: string;
  code: 'TYPE' | 'CONSTRAINT' | 'REQUIRED' | 'UNKNOWN_QUESTION' | 'REPEAT_COUNT' | 'TOO_LONG' | 'NOT_A_CHOICE';
  message: LocalizedText;
}

export interface FormState {
  answers: AnswerSet;
  relevant: ReadonlySet<string>;
  issues: AnswerIssue[];
  missing: AnswerIssue[];
  choices: (path: string) => FormChoice[];
}

export function validateForm(form: FormDefinition): FormIssue[] {
  void form;
  return [];
}

export function evaluateForm(form: FormDefinition, answers: AnswerSet, options: { today: string }): FormState {
  void options;
  return { answers, relevant: new Set(form.questions.map((q) => q.name)), issues: [], missing: [], choices: () => [] };
}
