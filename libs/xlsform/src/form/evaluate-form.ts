import type { LocalizedText } from '@shuraka/domain';
import type { Expr } from '../expression/ast';
import { EvaluationContext, NodeSet, Value, XNode, evaluateExpression, toBoolean, toNumber, toText } from '../expression/evaluate';
import { AnswerSet, AnswerValue, FORM_LIMITS, FormChoice, FormDefinition, FormQuestion, INPUT_TYPES } from '../model';
import { FormStructure, QuestionNode, formStructure } from './structure';
import { MESSAGES, answerText, isBlank, normaliseValue } from './values';

export interface AnswerIssue {
  /** 'income' or 'services[1].max_amount' (0-based entry index). */
  path: string;
  question: string;
  code: 'TYPE' | 'CONSTRAINT' | 'REQUIRED' | 'UNKNOWN_QUESTION' | 'REPEAT_COUNT' | 'TOO_LONG' | 'NOT_A_CHOICE';
  message: LocalizedText;
}

export interface FormState {
  /** Normalised answers: irrelevant, blank, NOTE and GROUP answers dropped, calculations filled in. */
  answers: AnswerSet;
  /** Paths of the relevant questions, groups, repeats and repeat entries ('services', 'services[0]', 'services[0].kind'). */
  relevant: ReadonlySet<string>;
  /** Problems that make the answers unsavable (a draft with any of them is refused). */
  issues: AnswerIssue[];
  /** REQUIRED: relevant, required and blank (a draft may have them, a submission may not). */
  missing: AnswerIssue[];
  /** The choices of a select at that path, after its choice_filter. */
  choices: (path: string) => FormChoice[];
}

export interface EvaluateOptions {
  /** The form's calendar date, YYYY-MM-DD (the consortium's time zone decides it). */
  today: string;
}

interface Instance {
  /** 0-based entry index in each enclosing repeat, outermost first. */
  idx: number[];
  /** The answer set that holds this question's answer. */
  set: AnswerSet;
}

const REPEAT_LIMIT = (question: FormQuestion): number =>
  Math.min(FORM_LIMITS.maxRepeatEntries, question.maxRepeats && question.maxRepeats > 0 ? question.maxRepeats : FORM_LIMITS.maxRepeatEntries);

function pathOf(node: QuestionNode, idx: number[]): string {
  return node.repeats.map((repeat, j) => `${repeat}[${idx[j]}].`).join('') + node.question.name;
}

function scopeKey(repeats: string[]): string {
  return repeats.join('/');
}

/** Answer sets of a form: the default answers of a new response (literal defaults of the top-level questions). */
export function initialAnswers(form: FormDefinition): AnswerSet {
  return defaultsOf(formStructure(form), []);
}

/** The default answers of a new entry of that repeat. */
export function initialEntry(form: FormDefinition, repeat: string): AnswerSet {
  const structure = formStructure(form);
  const node = structure.byName.get(repeat);
  return node && node.question.type === 'REPEAT' ? defaultsOf(structure, [...node.repeats, repeat]) : {};
}

function defaultsOf(structure: FormStructure, repeats: string[]): AnswerSet {
  const key = scopeKey(repeats);
  const set: AnswerSet = {};
  for (const node of structure.nodes) {
    const { question } = node;
    if (scopeKey(node.repeats) !== key || question.default == null || question.default === '' || !INPUT_TYPES.includes(question.type)) continue;
    const normalised = normaliseValue(question, question.default);
    if ('value' in normalised && normalised.value !== null) set[question.name] = normalised.value;
  }
  return set;
}

/**
 * Validates and completes an answer set against a form: the same code runs in the partner's browser on every
 * change and in the API on every save and submit, so both always agree.
 */
export function evaluateForm(form: FormDefinition, answers: AnswerSet, options: EvaluateOptions): FormState {
  return new FormRun(formStructure(form), options).run(answers ?? {});
}

export interface EvaluatedForm {
  state: FormState;
  /**
   * Evaluates an expression as if it belonged to the question at `path` ('income', 'services[1].amount'), over the
   * completed answers (editor previews, the oracle test). Null when the answers have no such question instance.
   */
  evaluateAt(path: string, expr: Expr): Value | null;
}

/** evaluateForm, plus evaluation of any expression in the context of one of the form's questions. */
export function evaluateFormWith(form: FormDefinition, answers: AnswerSet, options: EvaluateOptions): EvaluatedForm {
  const run = new FormRun(formStructure(form), options);
  const state = run.run(answers ?? {});
  return { state, evaluateAt: (path, expr) => run.evaluateAt(path, expr) };
}

/** One expression in the context of the question at `path` (see EvaluatedForm.evaluateAt). */
export function evaluateExpressionAt(form: FormDefinition, answers: AnswerSet, path: string, expr: Expr, options: EvaluateOptions): Value | null {
  return evaluateFormWith(form, answers, options).evaluateAt(path, expr);
}

class FormRun {
  private readonly scopes = new Map<string, Map<string, QuestionNode>>();
  private readonly relevance = new Map<string, boolean>();
  private readonly resolved = new Map<string, NodeSet>();
  /** Problems of single answers, kept until relevance is known (an irrelevant answer's problem does not count). */
  private readonly valueIssues: AnswerIssue[] = [];
  private readonly issues: AnswerIssue[] = [];
  private top: AnswerSet = {};

  constructor(
    private readonly structure: FormStructure,
    private readonly options: EvaluateOptions,
  ) {
    for (const node of structure.nodes) {
      const key = scopeKey(node.repeats);
      let scope = this.scopes.get(key);
      if (!scope) this.scopes.set(key, (scope = new Map()));
      if (!scope.has(node.question.name)) scope.set(node.question.name, node);
    }
  }

  run(answers: AnswerSet): FormState {
    this.top = this.normaliseSet([], answers, '');
    for (const node of this.structure.order) this.evaluateNode(node);
    const missing: AnswerIssue[] = [];
    for (const node of this.structure.nodes) this.check(node, missing);
    const issues = [...this.issues, ...this.valueIssues.filter((issue) => this.relevance.get(issue.path) === true)];
    const choices = this.choiceFinder();
    const state: FormState = {
      answers: this.output(),
      relevant: new Set([...this.relevance].filter(([, relevant]) => relevant).map(([path]) => path)),
      issues,
      missing,
      choices,
    };
    return state;
  }

  private paths: Map<string, { node: QuestionNode; instance: Instance }> | null = null;

  evaluateAt(path: string, expr: Expr): Value | null {
    if (!this.paths) {
      this.paths = new Map();
      for (const node of this.structure.nodes) {
        for (const instance of this.instances(node.repeats)) this.paths.set(pathOf(node, instance.idx), { node, instance });
      }
    }
    const found = this.paths.get(path);
    return found ? this.evaluate(expr, found.node, found.instance) : null;
  }

  // -- 1. normalisation ----------------------------------------------------------------------------------------

  private normaliseSet(repeats: string[], raw: AnswerSet, prefix: string): AnswerSet {
    const scope = this.scopes.get(scopeKey(repeats)) ?? new Map<string, QuestionNode>();
    const set: AnswerSet = {};
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return set;
    for (const [key, value] of Object.entries(raw)) {
      const node = scope.get(key);
      const path = prefix + key;
      if (!node || key === '__proto__') {
        this.issues.push({ path, question: key, code: 'UNKNOWN_QUESTION', message: MESSAGES.unknownQuestion });
        continue;
      }
      const { question } = node;
      if (question.type === 'GROUP' || question.type === 'NOTE' || question.type === 'CALCULATE') continue;
      const normalised = normaliseValue(question, value);
      if ('problem' in normalised) {
        const issue = { path, question: key, code: normalised.problem.code, message: normalised.problem.message };
        // A repeat that is not a list cannot be evaluated at all: always refused.
        (question.type === 'REPEAT' ? this.issues : this.valueIssues).push(issue);
        continue;
      }
      if (normalised.value === null) continue;
      if (question.type === 'REPEAT') {
        let entries = normalised.value as AnswerSet[];
        const limit = REPEAT_LIMIT(question);
        if (entries.length > limit) {
          this.issues.push({ path, question: key, code: 'REPEAT_COUNT', message: MESSAGES.repeatCount(limit) });
          entries = entries.slice(0, limit);
        }
        const inner = [...repeats, key];
        set[key] = entries.map((entry, i) => this.normaliseSet(inner, entry, `${path}[${i}].`));
      } else {
        set[key] = normalised.value;
      }
    }
    return set;
  }

  // -- 2. relevance, repeat counts and calculations, in dependency order ----------------------------------------

  private instances(repeats: string[], from: Instance = { idx: [], set: this.top }): Instance[] {
    let current: Instance[] = [from];
    for (const repeat of repeats.slice(from.idx.length)) {
      current = current.flatMap((instance) => {
        const entries = instance.set[repeat];
        return Array.isArray(entries) ? (entries as AnswerSet[]).map((set, i) => ({ idx: [...instance.idx, i], set })) : [];
      });
    }
    return current;
  }

  /** The answer set of one entry of each of these repeats, walked down from the top; null when absent. */
  private instanceAt(repeats: string[], idx: number[]): Instance | null {
    let set: AnswerSet = this.top;
    for (let j = 0; j < repeats.length; j++) {
      const entries = set[repeats[j]];
      if (!Array.isArray(entries) || idx[j] === undefined || idx[j] < 0 || idx[j] >= entries.length) return null;
      set = entries[idx[j]] as AnswerSet;
    }
    return { idx: idx.slice(0, repeats.length), set };
  }

  private parentRelevant(node: QuestionNode, idx: number[]): boolean {
    const parent = node.parent;
    if (!parent) return true;
    const parentIdx = parent.question.type === 'REPEAT' ? idx.slice(0, -1) : idx;
    return this.relevance.get(pathOf(parent, parentIdx)) === true;
  }

  private evaluateNode(node: QuestionNode): void {
    const { question } = node;
    for (const instance of this.instances(node.repeats)) {
      const path = pathOf(node, instance.idx);
      const relevantExpr = node.expressions.relevant;
      let relevant = this.parentRelevant(node, instance.idx);
      if (relevant && relevantExpr?.ok) relevant = toBoolean(this.evaluate(relevantExpr.expr, node, instance));
      this.relevance.set(path, relevant);
      if (!relevant) continue;

      if (question.type === 'REPEAT') {
        const countExpr = node.expressions.repeatCount;
        if (countExpr?.ok) {
          const wanted = Math.trunc(toNumber(this.evaluate(countExpr.expr, node, instance)));
          const count = Number.isFinite(wanted) ? Math.max(0, Math.min(REPEAT_LIMIT(question), wanted)) : 0;
          const entries = Array.isArray(instance.set[question.name]) ? (instance.set[question.name] as AnswerSet[]) : [];
          const inner = [...node.repeats, question.name];
          while (entries.length < count) entries.push(defaultsOf(this.structure, inner));
          entries.length = count;
          instance.set[question.name] = entries;
        }
        const entries = instance.set[question.name];
        if (Array.isArray(entries)) entries.forEach((_, i) => this.relevance.set(`${path}[${i}]`, true));
        continue;
      }

      const calculation = node.expressions.calculation;
      if (calculation?.ok && question.type !== 'GROUP' && question.type !== 'NOTE') {
        const result = this.evaluate(calculation.expr, node, instance);
        const text = typeof result === 'number' && Number.isNaN(result) ? '' : toText(result);
        const normalised = normaliseValue(question, text);
        const value = 'value' in normalised ? normalised.value : null;
        if (value === null) delete instance.set[question.name];
        else instance.set[question.name] = value;
      } else if (question.readOnly && INPUT_TYPES.includes(question.type)) {
        // A read-only answer is the form's, not the partner's: only the default stands.
        const normalised = normaliseValue(question, question.default ?? null);
        const value = 'value' in normalised ? normalised.value : null;
        if (value === null) delete instance.set[question.name];
        else instance.set[question.name] = value;
      }
    }
  }

  private evaluate(expr: Expr, node: QuestionNode, instance: Instance, column?: (name: string) => string | undefined): Value {
    return evaluateExpression(expr, this.context(node, instance, column));
  }

  private context(node: QuestionNode, instance: Instance, column?: (name: string) => string | undefined): EvaluationContext {
    return {
      today: this.options.today,
      resolve: (name) => this.resolve(name, node, instance),
      current: () =>
        node.question.type === 'REPEAT' || node.question.type === 'GROUP' ? NodeSet.of('') : NodeSet.of(answerText(instance.set[node.question.name])),
      parent: () => {
        const parent = node.parent;
        const position = parent?.question.type === 'REPEAT' ? instance.idx[instance.idx.length - 1] + 1 : 1;
        return new NodeSet([{ value: '', position }]);
      },
      column,
      indexedRepeat: (name, repeat, index) => {
        const target = this.structure.byName.get(name);
        if (!target || !target.repeats.includes(repeat) || !Number.isInteger(index) || index < 1) return new NodeSet([]);
        const shared = this.sharedDepth(target, node);
        const idx = target.repeats.map((r, j) => (r === repeat ? index - 1 : j < shared ? instance.idx[j] : 0));
        const found = this.instanceAt(target.repeats, idx);
        return found ? new NodeSet(this.nodesOf(target, [found])) : new NodeSet([]);
      },
    };
  }

  /** How many enclosing repeats two questions share (from the outermost). */
  private sharedDepth(target: QuestionNode, from: QuestionNode): number {
    let k = 0;
    while (k < target.repeats.length && k < from.repeats.length && target.repeats[k] === from.repeats[k]) k++;
    return k;
  }

  /** `${name}`: the same entry's answer for repeats both share, every entry's answer for the others. */
  private resolve(name: string, from: QuestionNode, instance: Instance): NodeSet {
    const target = this.structure.byName.get(name);
    if (!target) return new NodeSet([]);
    const shared = this.sharedDepth(target, from);
    // Evaluation follows the dependency order, so a question's nodes are final once anything reads them.
    const key = `${name}|${instance.idx.slice(0, shared).join(',')}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;
    const start = this.instanceAt(target.repeats.slice(0, shared), instance.idx.slice(0, shared));
    const nodes = start ? new NodeSet(this.nodesOf(target, this.instances(target.repeats, start))) : new NodeSet([]);
    this.resolved.set(key, nodes);
    return nodes;
  }

  private nodesOf(target: QuestionNode, instances: Instance[]): XNode[] {
    const { question } = target;
    if (question.type === 'REPEAT') {
      return instances.flatMap((instance) => {
        const entries = instance.set[question.name];
        if (!Array.isArray(entries) || this.relevance.get(pathOf(target, instance.idx)) === false) return [];
        return entries.map((_, i) => ({ value: '', position: i + 1 }));
      });
    }
    // Rule 2 of the notes: the answer of a question that is not relevant counts as blank.
    return instances.map((instance) => ({
      value: this.relevance.get(pathOf(target, instance.idx)) === false ? '' : answerText(instance.set[question.name]),
      position: 1,
    }));
  }

  // -- 3. required, constraints, choice filters -----------------------------------------------------------------

  private check(node: QuestionNode, missing: AnswerIssue[]): void {
    const { question } = node;
    if (!INPUT_TYPES.includes(question.type)) return;
    for (const instance of this.instances(node.repeats)) {
      const path = pathOf(node, instance.idx);
      if (this.relevance.get(path) !== true) continue;
      const value = instance.set[question.name];
      if (isBlank(value)) {
        if (!question.readOnly && this.isRequired(node, instance)) {
          missing.push({ path, question: question.name, code: 'REQUIRED', message: question.requiredMessage ?? MESSAGES.required });
        }
        continue;
      }
      const constraint = node.expressions.constraint;
      if (constraint?.ok && !toBoolean(this.evaluate(constraint.expr, node, instance))) {
        this.issues.push({ path, question: question.name, code: 'CONSTRAINT', message: question.constraintMessage ?? MESSAGES.constraint });
      }
      if (node.expressions.choiceFilter?.ok) {
        const allowed = new Set(this.filteredChoices(node, instance).map((choice) => choice.name));
        const picked = Array.isArray(value) ? (value as string[]) : [String(value)];
        if (picked.some((name) => !allowed.has(name))) {
          this.issues.push({ path, question: question.name, code: 'NOT_A_CHOICE', message: MESSAGES.notAChoice });
        }
      }
    }
  }

  private isRequired(node: QuestionNode, instance: Instance): boolean {
    const requiredIf = node.expressions.requiredIf;
    if (requiredIf) return requiredIf.ok ? toBoolean(this.evaluate(requiredIf.expr, node, instance)) : false;
    return node.question.required === true;
  }

  private filteredChoices(node: QuestionNode, instance: Instance): FormChoice[] {
    const choices = node.question.choices ?? [];
    const filter = node.expressions.choiceFilter;
    if (!filter?.ok) return choices;
    return choices.filter((choice) => {
      const column = (name: string): string | undefined => (name === 'name' ? choice.name : choice.filters?.[name]);
      return toBoolean(this.evaluate(filter.expr, node, instance, column));
    });
  }

  private choiceFinder(): (path: string) => FormChoice[] {
    const selects = new Map<string, { node: QuestionNode; instance: Instance }>();
    for (const node of this.structure.nodes) {
      if (node.question.type !== 'SELECT_ONE' && node.question.type !== 'SELECT_MULTIPLE') continue;
      for (const instance of this.instances(node.repeats)) selects.set(pathOf(node, instance.idx), { node, instance });
    }
    const memo = new Map<string, FormChoice[]>();
    return (path) => {
      const cached = memo.get(path);
      if (cached) return cached;
      const found = selects.get(path);
      const list = found ? this.filteredChoices(found.node, found.instance) : [];
      memo.set(path, list);
      return list;
    };
  }

  // -- 4. the answers to keep -------------------------------------------------------------------------------------

  private output(): AnswerSet {
    const copy = (repeats: string[], set: AnswerSet, prefix: string): AnswerSet => {
      const scope = this.scopes.get(scopeKey(repeats));
      const out: AnswerSet = {};
      for (const [key, value] of Object.entries(set)) {
        const node = scope?.get(key);
        const path = prefix + key;
        if (!node || isBlank(value) || this.relevance.get(path) !== true) continue;
        if (node.question.type === 'REPEAT') {
          const inner = [...repeats, key];
          out[key] = (value as AnswerSet[]).map((entry, i) => copy(inner, entry, `${path}[${i}].`));
        } else {
          out[key] = Array.isArray(value) ? [...(value as string[])] : (value as AnswerValue);
        }
      }
      return out;
    };
    return copy([], this.top, '');
  }
}
