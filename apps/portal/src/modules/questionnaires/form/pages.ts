import type { FormDefinition, FormQuestion } from '@shuraka/xlsform';
import { childrenByParent, parsePath } from './answers';

/**
 * One page of the form on a phone: a top-level group, or a run of top-level questions outside any group. Notes just
 * before a group (an introduction) open that group's page rather than making a page of their own.
 */
export interface FormPage {
  key: string;
  /** Top-level questions of the page, in form order (groups included). */
  questions: FormQuestion[];
}

export function formPages(form: FormDefinition): FormPage[] {
  const pages: FormPage[] = [];
  let loose: FormQuestion[] = [];
  const flush = () => {
    if (loose.length === 0) return;
    pages.push({ key: `loose:${loose[0].name}`, questions: loose });
    loose = [];
  };
  for (const question of childrenByParent(form).get('') ?? []) {
    if (question.type === 'GROUP') {
      const notesOnly = loose.every((candidate) => candidate.type === 'NOTE');
      const before = notesOnly ? loose : [];
      if (!notesOnly) flush();
      loose = [];
      pages.push({ key: `group:${question.name}`, questions: [...before, question] });
    } else {
      loose.push(question);
    }
  }
  flush();
  return pages;
}

/** The top-level question a path (e.g. `services[1].max_amount`, or a question inside a group) sits under. */
export function topLevelQuestionOf(form: FormDefinition, path: string): FormQuestion | undefined {
  const byName = new Map(form.questions.map((question) => [question.name, question]));
  let question = byName.get(String(parsePath(path)[0]));
  while (question?.parent) question = byName.get(question.parent);
  return question;
}

export function pageIndexOf(pages: readonly FormPage[], form: FormDefinition, path: string): number {
  const top = topLevelQuestionOf(form, path);
  if (!top) return -1;
  return pages.findIndex((page) => page.questions.some((question) => question.name === top.name));
}

/** A DOM id for the field of an answer path (`services[1].max_amount` → `q-services-1-max_amount`). */
export function fieldId(path: string): string {
  return `q-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}
