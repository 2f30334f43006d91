import type { FormQuestion, QuestionType } from '@shuraka/xlsform';
import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  blockRange,
  canMove,
  changeType,
  depthOf,
  moveQuestion,
  normalizeOrder,
  possibleParents,
  removeQuestion,
  setParent,
  updateQuestion,
} from './editor-model';

function q(name: string, type: QuestionType = 'TEXT', parent: string | null = null): FormQuestion {
  return { name, type, parent, label: { ar: name, en: name } };
}

/** intro, org(GROUP: org_name, services(REPEAT: kind, amount)), consent */
const form: FormQuestion[] = [
  q('intro', 'NOTE'),
  q('org', 'GROUP'),
  q('org_name', 'TEXT', 'org'),
  q('services', 'REPEAT', 'org'),
  q('kind', 'SELECT_ONE', 'services'),
  q('amount', 'DECIMAL', 'services'),
  q('consent', 'BOOLEAN'),
];
const names = (questions: FormQuestion[]) => questions.map((x) => x.name);
const indexOf = (questions: FormQuestion[], name: string) => questions.findIndex((x) => x.name === name);

describe('blocks', () => {
  it('a group spans all its descendants, nested repeats included', () => {
    expect(blockRange(form, 1)).toEqual([1, 6]);
    expect(blockRange(form, 3)).toEqual([3, 6]);
    expect(blockRange(form, 2)).toEqual([2, 3]);
  });

  it('depth counts the enclosing groups', () => {
    expect(form.map((_, i) => depthOf(form, i))).toEqual([0, 0, 1, 1, 2, 2, 0]);
  });
});

describe('moveQuestion', () => {
  it('swaps a question with its next sibling, a whole group moving as one', () => {
    expect(names(moveQuestion(form, 0, 1))).toEqual(['org', 'org_name', 'services', 'kind', 'amount', 'intro', 'consent']);
    expect(names(moveQuestion(form, 6, -1))).toEqual(['intro', 'consent', 'org', 'org_name', 'services', 'kind', 'amount']);
  });

  it('moves inside a group without leaving it', () => {
    expect(names(moveQuestion(form, 2, 1))).toEqual(['intro', 'org', 'services', 'kind', 'amount', 'org_name', 'consent']);
    expect(names(moveQuestion(form, 5, -1))).toEqual(['intro', 'org', 'org_name', 'services', 'amount', 'kind', 'consent']);
  });

  it('does nothing at the edge of a group or of the form', () => {
    expect(names(moveQuestion(form, 2, -1))).toEqual(names(form));
    expect(names(moveQuestion(form, 5, 1))).toEqual(names(form));
    expect(names(moveQuestion(form, 0, -1))).toEqual(names(form));
    expect(canMove(form, 2, -1)).toBe(false);
    expect(canMove(form, 3, -1)).toBe(true);
    expect(canMove(form, 6, 1)).toBe(false);
  });
});

describe('grouping', () => {
  it('moves a question into a group, at its end', () => {
    const moved = setParent(form, indexOf(form, 'consent'), 'services');
    expect(names(moved)).toEqual(['intro', 'org', 'org_name', 'services', 'kind', 'amount', 'consent']);
    expect(moved[6]!.parent).toBe('services');
    const intoOrg = setParent(form, 0, 'org');
    expect(names(intoOrg)).toEqual(['org', 'org_name', 'services', 'kind', 'amount', 'intro', 'consent']);
    expect(intoOrg[5]!.parent).toBe('org');
  });

  it('takes a question out of nested groups to right after the outermost one', () => {
    const out = setParent(form, indexOf(form, 'kind'), null);
    expect(names(out)).toEqual(['intro', 'org', 'org_name', 'services', 'amount', 'kind', 'consent']);
    expect(out[5]!.parent).toBeNull();
  });

  it('moves a repeat with everything inside it', () => {
    const out = setParent(form, indexOf(form, 'services'), null);
    expect(names(out)).toEqual(['intro', 'org', 'org_name', 'services', 'kind', 'amount', 'consent']);
    expect(out[3]!.parent).toBeNull();
    expect(out[4]!.parent).toBe('services');
  });

  it('never offers a group as its own parent or a descendant of itself', () => {
    expect(names(possibleParents(form, indexOf(form, 'org')))).toEqual([]);
    expect(names(possibleParents(form, indexOf(form, 'services')))).toEqual(['org']);
    expect(names(possibleParents(form, 0))).toEqual(['org', 'services']);
    expect(setParent(form, 1, 'services')).toEqual(form);
  });

  it('normalizeOrder puts children right after their group', () => {
    const shuffled = [form[2]!, form[0]!, form[4]!, form[1]!, form[6]!, form[3]!, form[5]!];
    expect(names(normalizeOrder(shuffled))).toEqual(['intro', 'org', 'org_name', 'services', 'kind', 'amount', 'consent']);
  });
});

describe('adding, removing, renaming', () => {
  it('adds at the end of a group with a fresh name', () => {
    const { questions, index } = addQuestion(form, 'INTEGER', { parent: 'services' });
    expect(index).toBe(6);
    expect(questions[6]).toMatchObject({ name: 'number_1', type: 'INTEGER', parent: 'services' });
    const again = addQuestion(questions, 'INTEGER', { after: 0 });
    expect(again.questions[1]).toMatchObject({ name: 'number_2', parent: null });
  });

  it('adds after a group, past its block', () => {
    const { questions, index } = addQuestion(form, 'TEXT', { after: 1 });
    expect(index).toBe(6);
    expect(questions[6]!.parent).toBeNull();
  });

  it('a new select comes with two choices to fill in', () => {
    const { questions, index } = addQuestion([], 'SELECT_ONE', { parent: null });
    expect(questions[index]!.choices).toHaveLength(2);
  });

  it('removing a group removes what is inside it', () => {
    expect(names(removeQuestion(form, 1))).toEqual(['intro', 'consent']);
    expect(names(removeQuestion(form, 4))).toEqual(['intro', 'org', 'org_name', 'services', 'amount', 'consent']);
  });

  it('renaming a group keeps its children inside it', () => {
    const renamed = updateQuestion(form, 3, { ...form[3]!, name: 'offers' });
    expect(renamed.filter((x) => x.parent === 'offers').map((x) => x.name)).toEqual(['kind', 'amount']);
  });

  it('changing the type drops what the new type cannot hold', () => {
    const select: FormQuestion = { ...q('kind', 'SELECT_ONE'), choices: [{ name: 'a', label: { ar: 'أ' } }], choiceFilter: 'x = 1', capability: 'SERVICE_KIND' };
    const text = changeType(select, 'TEXT');
    expect(text.choices).toBeUndefined();
    expect(text.choiceFilter).toBeUndefined();
    expect(text.capability).toBeUndefined();
    const repeat = changeType({ ...q('r', 'REPEAT'), repeatCount: '2', maxRepeats: 3 }, 'GROUP');
    expect(repeat.repeatCount).toBeUndefined();
    expect(repeat.maxRepeats).toBeUndefined();
  });
});
