import type { AnswerSet, AnswerValue, FormDefinition, FormQuestion } from '@shuraka/xlsform';
import { evaluateForm, INPUT_TYPES } from '@shuraka/xlsform';

/** The API's answer list (`[{ question, value }]`) as the model's answer set. */
export function answersFromList(list: ReadonlyArray<{ question: string; value?: unknown }>): AnswerSet {
  const set: AnswerSet = {};
  for (const answer of list) set[answer.question] = (answer.value ?? null) as AnswerValue;
  return set;
}

export function answersToList(set: AnswerSet): Array<{ question: string; value: AnswerValue }> {
  return Object.entries(set).map(([question, value]) => ({ question, value }));
}

/** Questions of the form by parent name ('' for the top level), in form order. */
export function childrenByParent(form: FormDefinition): Map<string, FormQuestion[]> {
  const byParent = new Map<string, FormQuestion[]>();
  for (const question of form.questions) {
    const key = question.parent ?? '';
    const list = byParent.get(key) ?? [];
    list.push(question);
    byParent.set(key, list);
  }
  return byParent;
}

/**
 * The names that hold a value in the top-level answer set: inputs, calculations and repeats that are not inside a
 * repeat (groups only arrange questions; their questions' answers sit beside the others).
 */
export function topLevelAnswerNames(form: FormDefinition): string[] {
  const byName = new Map(form.questions.map((question) => [question.name, question]));
  const insideRepeat = (question: FormQuestion): boolean => {
    let parent = question.parent ? byName.get(question.parent) : undefined;
    while (parent) {
      if (parent.type === 'REPEAT') return true;
      parent = parent.parent ? byName.get(parent.parent) : undefined;
    }
    return false;
  };
  return form.questions
    .filter((question) => (INPUT_TYPES.includes(question.type) || question.type === 'CALCULATE' || question.type === 'REPEAT') && !insideRepeat(question))
    .map((question) => question.name);
}

type Step = string | number;

/** `services[1].max_amount` → ['services', 1, 'max_amount']. */
export function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      steps.push(part);
      continue;
    }
    steps.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps;
}

export function getAnswer(answers: AnswerSet, path: string): AnswerValue | undefined {
  let current: unknown = answers;
  for (const step of parsePath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current as AnswerValue | undefined;
}

/** A copy of `answers` with the value at `path` replaced (repeat entries created as needed). */
export function setAnswer(answers: AnswerSet, path: string, value: AnswerValue | undefined): AnswerSet {
  const steps = parsePath(path);
  const write = (node: unknown, index: number): unknown => {
    const step = steps[index];
    const last = index === steps.length - 1;
    if (typeof step === 'number') {
      const list = Array.isArray(node) ? [...(node as unknown[])] : [];
      while (list.length <= step) list.push({});
      list[step] = last ? value : write(list[step], index + 1);
      return list;
    }
    const object = node && typeof node === 'object' && !Array.isArray(node) ? { ...(node as Record<string, unknown>) } : {};
    if (last) {
      if (value === undefined) delete object[step];
      else object[step] = value;
    } else {
      object[step] = write(object[step], index + 1);
    }
    return object;
  };
  return write(answers, 0) as AnswerSet;
}

export function isBlank(value: AnswerValue | undefined): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * `answers` without the picks a choice_filter no longer offers (the governorate changed, so the district picked under
 * the old one is gone; a multiple select keeps its picks still offered). The select shows only offered choices, so such
 * a pick would sit invisible and block the submit. Repeated until nothing changes: clearing a district narrows the
 * villages in turn. The same object when nothing was cleared.
 */
export function withoutUnofferedChoices(form: FormDefinition, answers: AnswerSet, today: string): AnswerSet {
  const filtered = new Set(form.questions.filter((question) => question.choiceFilter).map((question) => question.name));
  let result = answers;
  for (let round = 0; filtered.size > 0 && round <= filtered.size; round++) {
    const state = evaluateForm(form, result, { today });
    const stale = state.issues.filter((issue) => issue.code === 'NOT_A_CHOICE' && filtered.has(issue.question));
    if (stale.length === 0) break;
    for (const issue of stale) {
      const offered = new Set(state.choices(issue.path).map((choice) => choice.name));
      const value = getAnswer(result, issue.path);
      const kept = Array.isArray(value) ? (value as unknown[]).map(String).filter((name) => offered.has(name)) : [];
      result = setAnswer(result, issue.path, kept.length > 0 ? kept : null);
    }
  }
  return result;
}

/** Removes the answer at each path (a value the engine refused stays on this device, not on the server). */
function withoutPaths(answers: AnswerSet, paths: Iterable<string>): AnswerSet {
  let result = answers;
  for (const path of paths) if (getAnswer(result, path) !== undefined) result = setAnswer(result, path, null);
  return result;
}

/**
 * What a draft save sends: the engine's normalised answers (numbers parsed, irrelevant answers dropped, calculations
 * filled), every top-level name present so that a cleared answer is cleared on the server too (the API merges by
 * name), and values the engine refused left blank so that the rest is saved.
 */
export function draftPayload(form: FormDefinition, normalised: AnswerSet, refusedPaths: Iterable<string>): AnswerSet {
  const clean = withoutPaths(normalised, refusedPaths);
  const payload: AnswerSet = {};
  for (const name of topLevelAnswerNames(form)) payload[name] = clean[name] ?? null;
  return payload;
}

/** Stable JSON of an answer set (key order does not matter), to compare what was sent with what is on screen. */
export function answersKey(answers: AnswerSet): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, inner]) => inner !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, inner]) => [key, sortKeys(inner)]),
      );
    }
    return value;
  };
  return JSON.stringify(sortKeys(answers));
}

/** Top-level names whose answers differ between two sets (for the conflict dialog). */
export function differingNames(form: FormDefinition, mine: AnswerSet, theirs: AnswerSet): string[] {
  const names = new Set([...topLevelAnswerNames(form), ...Object.keys(mine), ...Object.keys(theirs)]);
  return [...names].filter((name) => {
    const a = mine[name];
    const b = theirs[name];
    if (isBlank(a) && isBlank(b)) return false;
    return answersKey({ v: a ?? null }) !== answersKey({ v: b ?? null });
  });
}
