/**
 * The tree of an XLSForm expression (the XPath 1.0 subset that ODK/Kobo forms use).
 * No source positions live in the tree, so that `parseExpression(printExpression(e))` deep-equals `e`;
 * positions are reported by `ExpressionSyntaxError` and `referencePositions`.
 */

export const BINARY_OPERATORS = ['or', 'and', '=', '!=', '<', '<=', '>', '>=', '+', '-', '*', 'div', 'mod'] as const;
export type BinaryOperator = (typeof BINARY_OPERATORS)[number];

export type Expr =
  /** A finite, non-negative number literal (a minus sign is a `negate` node). */
  | { type: 'number'; value: number }
  /** A string literal; it never holds both kinds of straight quote (XPath has no escapes). */
  | { type: 'string'; value: string }
  /** `${name}`: another question's answer. */
  | { type: 'ref'; name: string }
  /** `.`: the answer of the question the expression belongs to. */
  | { type: 'current' }
  /** `..`: the node that encloses the current question (a repeat entry, a group or the form). */
  | { type: 'parent' }
  /** A bare name: a column of the choice being filtered (`choice_filter` only, e.g. `region = ${region}`). */
  | { type: 'name'; name: string }
  | { type: 'negate'; operand: Expr }
  | { type: 'binary'; operator: BinaryOperator; left: Expr; right: Expr }
  | { type: 'call'; name: string; args: Expr[] };

/** Every node of an expression, depth first and left to right, the expression itself first. */
export function* subExpressions(expr: Expr): Generator<Expr> {
  yield expr;
  if (expr.type === 'negate') yield* subExpressions(expr.operand);
  else if (expr.type === 'binary') {
    yield* subExpressions(expr.left);
    yield* subExpressions(expr.right);
  } else if (expr.type === 'call') for (const arg of expr.args) yield* subExpressions(arg);
}

/** Binding strength of each operator (XPath 1.0): higher binds tighter. All are left-associative. */
export const PRECEDENCE: Record<BinaryOperator, number> = {
  or: 1,
  and: 2,
  '=': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  div: 6,
  mod: 6,
};

/** Functions the evaluator knows, with their number of arguments (max `Infinity` = variadic). */
export const FUNCTIONS: Record<string, { min: number; max: number }> = {
  // logic
  not: { min: 1, max: 1 },
  true: { min: 0, max: 0 },
  false: { min: 0, max: 0 },
  boolean: { min: 1, max: 1 },
  'boolean-from-string': { min: 1, max: 1 },
  if: { min: 3, max: 3 },
  coalesce: { min: 2, max: 2 },
  once: { min: 1, max: 1 },
  // selects
  selected: { min: 2, max: 2 },
  'selected-at': { min: 2, max: 2 },
  'count-selected': { min: 1, max: 1 },
  // node sets (repeats)
  count: { min: 1, max: 1 },
  sum: { min: 1, max: 1 },
  max: { min: 1, max: Infinity },
  min: { min: 1, max: Infinity },
  position: { min: 0, max: 1 },
  'indexed-repeat': { min: 3, max: 3 },
  join: { min: 2, max: Infinity },
  // strings
  string: { min: 0, max: 1 },
  'string-length': { min: 0, max: 1 },
  concat: { min: 1, max: Infinity },
  contains: { min: 2, max: 2 },
  'starts-with': { min: 2, max: 2 },
  'ends-with': { min: 2, max: 2 },
  substr: { min: 2, max: 3 },
  'substring-before': { min: 2, max: 2 },
  'substring-after': { min: 2, max: 2 },
  'normalize-space': { min: 0, max: 1 },
  translate: { min: 3, max: 3 },
  regex: { min: 2, max: 2 },
  // numbers
  number: { min: 0, max: 1 },
  int: { min: 1, max: 1 },
  round: { min: 1, max: 2 },
  floor: { min: 1, max: 1 },
  ceiling: { min: 1, max: 1 },
  abs: { min: 1, max: 1 },
  pow: { min: 2, max: 2 },
  sqrt: { min: 1, max: 1 },
  exp: { min: 1, max: 1 },
  log: { min: 1, max: 1 },
  log10: { min: 1, max: 1 },
  sin: { min: 1, max: 1 },
  cos: { min: 1, max: 1 },
  tan: { min: 1, max: 1 },
  asin: { min: 1, max: 1 },
  acos: { min: 1, max: 1 },
  atan: { min: 1, max: 1 },
  atan2: { min: 2, max: 2 },
  pi: { min: 0, max: 0 },
  // dates
  today: { min: 0, max: 0 },
  date: { min: 1, max: 1 },
};
