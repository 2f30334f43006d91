import { validateForm, type FormDefinition, type FormIssue } from '@shuraka/xlsform';
import type { TFunction } from 'i18next';
import { pickLocalized, type Locale } from '@shuraka/domain';

export type IssueField = FormIssue['field'];

export interface IssueIndex {
  all: FormIssue[];
  /** Issues by question name, then by field. */
  byQuestion: Map<string, FormIssue[]>;
  /** Issues that name no question of the list (the form's title, limits). */
  general: FormIssue[];
}

/** Runs the same validation as the API (validateForm) and files each issue under its question. */
export function indexIssues(definition: FormDefinition): IssueIndex {
  const all = validateForm(definition);
  const names = new Set(definition.questions.map((q) => q.name));
  const byQuestion = new Map<string, FormIssue[]>();
  const general: FormIssue[] = [];
  for (const issue of all) {
    if (!issue.question || !names.has(issue.question)) {
      general.push(issue);
      continue;
    }
    byQuestion.set(issue.question, [...(byQuestion.get(issue.question) ?? []), issue]);
  }
  return { all, byQuestion, general };
}

export function issuesFor(index: IssueIndex, question: string, field: IssueField): FormIssue[] {
  return (index.byQuestion.get(question) ?? []).filter((issue) => issue.field === field);
}

/** The message in the UI language, with the 1-based character where an expression went wrong (authors count from 1). */
export function describeIssue(issue: FormIssue, t: TFunction, locale: Locale): string {
  const message = pickLocalized(issue.localized, locale) || issue.message;
  if (issue.position === undefined || issue.position === null) return message;
  // Syntax errors from the parser already name the character.
  if (new RegExp(`(^|\\D)${issue.position + 1}(\\D|$)`).test(message)) return message;
  return t('questionnaires.editor.issueAt', { message, position: issue.position + 1 });
}

/** What to show under a field: its issues joined, or undefined when it has none. */
export function fieldError(index: IssueIndex, question: string, field: IssueField, t: TFunction, locale: Locale): string | undefined {
  const issues = issuesFor(index, question, field);
  return issues.length > 0 ? issues.map((issue) => describeIssue(issue, t, locale)).join(' · ') : undefined;
}
