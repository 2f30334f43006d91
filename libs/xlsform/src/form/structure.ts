import type { Expr } from '../expression/ast';
import { ExpressionSyntaxError } from '../expression/lexer';
import { parseExpression } from '../expression/parser';
import { referencedNames } from '../expression/printer';
import { FORM_LIMITS, FormDefinition, FormQuestion } from '../model';
import { say } from '../messages';

export const EXPRESSION_FIELDS = ['relevant', 'constraint', 'calculation', 'requiredIf', 'choiceFilter', 'repeatCount'] as const;
export type ExpressionField = (typeof EXPRESSION_FIELDS)[number];

export type ParsedExpression = { ok: true; expr: Expr; source: string } | { ok: false; error: ExpressionSyntaxError; source: string };

export interface QuestionNode {
  question: FormQuestion;
  index: number;
  /** The enclosing GROUP/REPEAT, when it exists and is one. */
  parent: QuestionNode | null;
  /** Names of the enclosing REPEATs, outermost first (not the question itself). */
  repeats: string[];
  expressions: Partial<Record<ExpressionField, ParsedExpression>>;
}

export interface FormStructure {
  form: FormDefinition;
  nodes: QuestionNode[];
  byName: Map<string, QuestionNode>;
  /** Questions in an order where each comes after its parent and after what its relevance/calculation/repeat count read. */
  order: QuestionNode[];
  /** Questions in a cycle of calculations/relevance, each with the cycle as names (empty when none). */
  cycles: Array<{ node: QuestionNode; path: string[]; field: ExpressionField }>;
}

function parse(source: string): ParsedExpression {
  if (source.length > FORM_LIMITS.maxExpressionLength) {
    return {
      ok: false,
      source,
      error: new ExpressionSyntaxError(
        say(`التعبير أطول من ${FORM_LIMITS.maxExpressionLength} حرف`, `The expression is longer than ${FORM_LIMITS.maxExpressionLength} characters`),
        FORM_LIMITS.maxExpressionLength,
      ),
    };
  }
  try {
    return { ok: true, expr: parseExpression(source), source };
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return { ok: false, error, source };
    throw error;
  }
}

const CACHE = new WeakMap<FormDefinition, { text: string; structure: FormStructure }>();

/**
 * The form's questions with parsed expressions, scopes and evaluation order. Cached per definition object (the
 * portal evaluates the same form on every keystroke), and checked against its text, so that a definition changed
 * in place is never read from a stale cache. Tolerates invalid forms (validateForm reports them).
 */
export function formStructure(form: FormDefinition): FormStructure {
  const text = JSON.stringify(form.questions ?? null);
  const cached = CACHE.get(form);
  if (cached && cached.text === text) return cached.structure;
  const nodes: QuestionNode[] = [];
  const byName = new Map<string, QuestionNode>();
  form.questions.forEach((question, index) => {
    const expressions: QuestionNode['expressions'] = {};
    for (const field of EXPRESSION_FIELDS) {
      const source = question[field];
      if (typeof source === 'string' && source.trim() !== '') expressions[field] = parse(source);
    }
    const node: QuestionNode = { question, index, parent: null, repeats: [], expressions };
    nodes.push(node);
    if (!byName.has(question.name)) byName.set(question.name, node);
  });
  // Parents: only earlier GROUP/REPEAT entries count, so that a bad parent can never make a loop.
  for (const node of nodes) {
    const parentName = node.question.parent;
    if (!parentName) continue;
    const parent = byName.get(parentName);
    if (parent && parent.index < node.index && (parent.question.type === 'GROUP' || parent.question.type === 'REPEAT')) {
      node.parent = parent;
      node.repeats = parent.question.type === 'REPEAT' ? [...parent.repeats, parent.question.name] : parent.repeats;
    }
  }
  const { order, cycles } = dependencyOrder(nodes, byName);
  const structure: FormStructure = { form, nodes, byName, order, cycles };
  CACHE.set(form, { text, structure });
  return structure;
}

const ORDER_FIELDS: readonly ExpressionField[] = ['relevant', 'calculation', 'repeatCount'];

function dependencyOrder(nodes: QuestionNode[], byName: Map<string, QuestionNode>): Pick<FormStructure, 'order' | 'cycles'> {
  const edges = new Map<QuestionNode, Array<{ to: QuestionNode; field: ExpressionField | null }>>();
  for (const node of nodes) {
    const list: Array<{ to: QuestionNode; field: ExpressionField | null }> = [];
    if (node.parent) list.push({ to: node.parent, field: null });
    for (const field of ORDER_FIELDS) {
      const parsed = node.expressions[field];
      if (!parsed?.ok) continue;
      for (const name of referencedNames(parsed.expr)) {
        const target = byName.get(name);
        if (target) list.push({ to: target, field });
      }
    }
    edges.set(node, list);
  }
  // Iterative depth-first search: post-order is a valid evaluation order; a grey target closes a cycle.
  const state = new Map<QuestionNode, 'grey' | 'black'>();
  const order: QuestionNode[] = [];
  const cycles: FormStructure['cycles'] = [];
  const inCycle = new Set<QuestionNode>();
  for (const root of nodes) {
    if (state.has(root)) continue;
    const stack: Array<{ node: QuestionNode; next: number; via: ExpressionField | null }> = [{ node: root, next: 0, via: null }];
    state.set(root, 'grey');
    while (stack.length) {
      const frame = stack[stack.length - 1];
      const list = edges.get(frame.node) ?? [];
      if (frame.next < list.length) {
        const { to, field } = list[frame.next++];
        const seen = state.get(to);
        if (seen === undefined) {
          state.set(to, 'grey');
          stack.push({ node: to, next: 0, via: field });
        } else if (seen === 'grey') {
          const start = stack.findIndex((entry) => entry.node === to);
          const members = stack.slice(start);
          const path = [...members.map((entry) => entry.node.question.name), to.question.name];
          // Report the cycle on each member not yet reported, with the field that leads on to the next one.
          members.forEach((entry, i) => {
            if (inCycle.has(entry.node)) return;
            inCycle.add(entry.node);
            const onward = i + 1 < members.length ? members[i + 1].via : field;
            cycles.push({ node: entry.node, path, field: onward ?? 'relevant' });
          });
        }
      } else {
        state.set(frame.node, 'black');
        order.push(frame.node);
        stack.pop();
      }
    }
  }
  return { order, cycles };
}
