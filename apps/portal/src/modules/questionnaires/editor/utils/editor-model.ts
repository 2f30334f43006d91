import type { FormQuestion, QuestionType } from '@shuraka/xlsform';

/**
 * Editing operations on the flat question list of `@shuraka/xlsform`.
 *
 * Invariant kept by every operation: a GROUP or REPEAT is immediately followed by all of its descendants
 * (its "block"), exactly as XLSForm's begin_group … end_group rows are. Moving or removing a question moves
 * or removes its whole block, so a form can never end up with a child before its group.
 */

export function isContainer(question: Pick<FormQuestion, 'type'>): boolean {
  return question.type === 'GROUP' || question.type === 'REPEAT';
}

/** Names of the question and of everything nested inside it. */
export function descendantsOf(questions: readonly FormQuestion[], name: string): Set<string> {
  const inside = new Set<string>([name]);
  // Parents come before their children, so one forward pass finds every level.
  for (const question of questions) {
    if (question.parent && inside.has(question.parent)) inside.add(question.name);
  }
  return inside;
}

/** Index range [start, end) of the question's block. */
export function blockRange(questions: readonly FormQuestion[], index: number): [number, number] {
  const question = questions[index];
  if (!question || !isContainer(question)) return [index, index + 1];
  const inside = descendantsOf(questions, question.name);
  let end = index + 1;
  while (end < questions.length && inside.has(questions[end]!.name)) end++;
  return [index, end];
}

/** How deep a question sits (0 at the top level), for indentation. */
export function depthOf(questions: readonly FormQuestion[], index: number): number {
  const byName = new Map(questions.map((q) => [q.name, q]));
  let depth = 0;
  let parent = questions[index]?.parent;
  const seen = new Set<string>();
  while (parent && byName.has(parent) && !seen.has(parent)) {
    seen.add(parent);
    depth++;
    parent = byName.get(parent)!.parent;
  }
  return depth;
}

/** Puts every question right after its parent's block, parents first, keeping the relative order otherwise. */
export function normalizeOrder(questions: readonly FormQuestion[]): FormQuestion[] {
  const names = new Set(questions.map((q) => q.name));
  const children = new Map<string | null, FormQuestion[]>();
  for (const question of questions) {
    const parent = question.parent && names.has(question.parent) ? question.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), question]);
  }
  const ordered: FormQuestion[] = [];
  const visit = (parent: string | null) => {
    for (const child of children.get(parent) ?? []) {
      if (ordered.includes(child)) continue;
      ordered.push(child);
      if (isContainer(child)) visit(child.name);
    }
  };
  visit(null);
  // Whatever a parent cycle left out keeps its place at the end, so validation can name it.
  for (const question of questions) if (!ordered.includes(question)) ordered.push(question);
  return ordered;
}

/** Index of the previous (-1) or next (+1) block with the same parent, or -1 when there is none. */
function siblingBlockStart(questions: readonly FormQuestion[], index: number, direction: -1 | 1): number {
  const parent = questions[index]!.parent ?? null;
  if (direction === 1) {
    const [, end] = blockRange(questions, index);
    const next = questions[end];
    return next && (next.parent ?? null) === parent ? end : -1;
  }
  for (let i = index - 1; i >= 0; i--) {
    const candidate = questions[i]!;
    if ((candidate.parent ?? null) === parent) return i;
    if (candidate.name === parent) return -1;
  }
  return -1;
}

/** Swaps the question's block with the previous or next sibling block; unchanged at the edges of its group. */
export function moveQuestion(questions: readonly FormQuestion[], index: number, direction: -1 | 1): FormQuestion[] {
  if (!questions[index]) return [...questions];
  const other = siblingBlockStart(questions, index, direction);
  if (other < 0) return [...questions];
  const [firstStart, secondStart] = direction === 1 ? [index, other] : [other, index];
  const [, firstEnd] = blockRange(questions, firstStart);
  const [, secondEnd] = blockRange(questions, secondStart);
  return [
    ...questions.slice(0, firstStart),
    ...questions.slice(secondStart, secondEnd),
    ...questions.slice(firstStart, firstEnd),
    ...questions.slice(secondEnd),
  ];
}

export function canMove(questions: readonly FormQuestion[], index: number, direction: -1 | 1): boolean {
  return !!questions[index] && siblingBlockStart(questions, index, direction) >= 0;
}

/** Groups and repeats the question (with its block) may be moved into: not itself nor one of its own descendants. */
export function possibleParents(questions: readonly FormQuestion[], index: number): FormQuestion[] {
  const question = questions[index];
  if (!question) return [];
  const own = descendantsOf(questions, question.name);
  return questions.filter((q) => isContainer(q) && !own.has(q.name));
}

/**
 * Moves the question's block into `parent` (at the end of that group) or, with null, to the top level right after
 * the group it leaves (at the end of the form when it was already at the top level).
 */
export function setParent(questions: readonly FormQuestion[], index: number, parent: string | null): FormQuestion[] {
  const question = questions[index];
  if (!question || (question.parent ?? null) === parent) return [...questions];
  if (parent !== null && !possibleParents(questions, index).some((q) => q.name === parent)) return [...questions];
  const [start, end] = blockRange(questions, index);
  const block = questions.slice(start, end);
  block[0] = { ...question, parent };
  const rest = [...questions.slice(0, start), ...questions.slice(end)];
  let at: number;
  if (parent !== null) {
    const parentIndex = rest.findIndex((q) => q.name === parent);
    at = blockRange(rest, parentIndex)[1];
  } else {
    // Out of its group: it lands right after the outermost group it was in.
    let outer = question.parent ?? null;
    const byName = new Map(rest.map((q) => [q.name, q]));
    while (outer && byName.get(outer)?.parent) outer = byName.get(outer)!.parent ?? null;
    const outerIndex = outer ? rest.findIndex((q) => q.name === outer) : -1;
    at = outerIndex >= 0 ? blockRange(rest, outerIndex)[1] : rest.length;
  }
  return [...rest.slice(0, at), ...block, ...rest.slice(at)];
}

/** A name not used yet: `prefix_1`, `prefix_2`… */
export function uniqueName(questions: readonly FormQuestion[], prefix: string): string {
  const taken = new Set(questions.map((q) => q.name));
  for (let n = 1; ; n++) {
    const name = `${prefix}_${n}`;
    if (!taken.has(name)) return name;
  }
}

const NAME_PREFIX: Record<QuestionType, string> = {
  TEXT: 'text',
  INTEGER: 'number',
  DECIMAL: 'decimal',
  BOOLEAN: 'yes_no',
  DATE: 'date',
  SELECT_ONE: 'choice',
  SELECT_MULTIPLE: 'choices',
  NOTE: 'note',
  CALCULATE: 'calc',
  GROUP: 'group',
  REPEAT: 'repeat',
};

export function newQuestion(questions: readonly FormQuestion[], type: QuestionType, parent: string | null): FormQuestion {
  const question: FormQuestion = { name: uniqueName(questions, NAME_PREFIX[type]), type, parent, label: { ar: '', en: '' } };
  if (type === 'SELECT_ONE' || type === 'SELECT_MULTIPLE') {
    question.choices = [
      { name: 'option_1', label: { ar: '', en: '' } },
      { name: 'option_2', label: { ar: '', en: '' } },
    ];
  }
  return question;
}

/** Adds a question at the end of `parent` (or of the form), or right after the question at `after` (same parent). */
export function addQuestion(
  questions: readonly FormQuestion[],
  type: QuestionType,
  where: { parent: string | null } | { after: number },
): { questions: FormQuestion[]; index: number } {
  if ('after' in where && questions[where.after]) {
    const anchor = questions[where.after]!;
    const question = newQuestion(questions, type, anchor.parent ?? null);
    const at = blockRange(questions, where.after)[1];
    return { questions: [...questions.slice(0, at), question, ...questions.slice(at)], index: at };
  }
  const parent = 'parent' in where ? where.parent : null;
  const question = newQuestion(questions, type, parent);
  const parentIndex = parent === null ? -1 : questions.findIndex((q) => q.name === parent);
  const at = parentIndex >= 0 ? blockRange(questions, parentIndex)[1] : questions.length;
  return { questions: [...questions.slice(0, at), question, ...questions.slice(at)], index: at };
}

/** Removes the question and, for a group or repeat, everything inside it. */
export function removeQuestion(questions: readonly FormQuestion[], index: number): FormQuestion[] {
  const [start, end] = blockRange(questions, index);
  return [...questions.slice(0, start), ...questions.slice(end)];
}

/** Replaces a question; a new name is carried to the children that named it as their parent. */
export function updateQuestion(questions: readonly FormQuestion[], index: number, next: FormQuestion): FormQuestion[] {
  const previous = questions[index];
  if (!previous) return [...questions];
  return questions.map((q, i) => {
    if (i === index) return next;
    if (previous.name !== next.name && q.parent === previous.name) return { ...q, parent: next.name };
    return q;
  });
}

/** Changing the type drops what the new type cannot have (choices of a select, repeat settings, calculation…). */
export function changeType(question: FormQuestion, type: QuestionType): FormQuestion {
  const next: FormQuestion = { ...question, type };
  const select = type === 'SELECT_ONE' || type === 'SELECT_MULTIPLE';
  if (!select) {
    delete next.choices;
    delete next.choiceFilter;
    delete next.listName;
  } else if (!next.choices || next.choices.length === 0) {
    next.choices = [{ name: 'option_1', label: { ar: '', en: '' } }];
  }
  if (type !== 'REPEAT') {
    delete next.repeatCount;
    delete next.maxRepeats;
  }
  if (type === 'GROUP' || type === 'REPEAT' || type === 'NOTE') {
    delete next.calculation;
    delete next.constraint;
    delete next.constraintMessage;
    delete next.default;
    next.required = false;
    delete next.requiredIf;
  }
  if (question.capability && !capabilitiesFor(type).includes(question.capability)) delete next.capability;
  return next;
}

/** Capabilities that make sense on a question type (the form engine checks the same thing). */
export function capabilitiesFor(type: QuestionType): NonNullable<FormQuestion['capability']>[] {
  switch (type) {
    case 'REPEAT':
      return ['SERVICES'];
    case 'SELECT_ONE':
      return ['SERVICE_KIND', 'CURRENCY', 'GUARANTEE'];
    case 'SELECT_MULTIPLE':
      return ['CATEGORIES', 'GOVERNORATES'];
    case 'TEXT':
      return ['SERVICE_NAME', 'CURRENCY'];
    case 'INTEGER':
      return ['MIN_AMOUNT', 'MAX_AMOUNT', 'CAPACITY', 'DECISION_DAYS'];
    case 'DECIMAL':
      return ['MIN_AMOUNT', 'MAX_AMOUNT'];
    default:
      return [];
  }
}
