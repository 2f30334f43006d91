import type { FormQuestion } from '@shuraka/xlsform';

/**
 * The nearest REPEAT enclosing a question (through groups), or null at the top level. Stops on a loop of parents,
 * which a stored form never has (validateForm refuses it) but costs nothing to survive.
 */
export function enclosingRepeat(question: FormQuestion, byName: ReadonlyMap<string, FormQuestion>): FormQuestion | null {
  const seen = new Set<string>();
  let parent = question.parent ? byName.get(question.parent) : undefined;
  while (parent && !seen.has(parent.name)) {
    if (parent.type === 'REPEAT') return parent;
    seen.add(parent.name);
    parent = parent.parent ? byName.get(parent.parent) : undefined;
  }
  return null;
}
