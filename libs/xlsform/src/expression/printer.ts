import { Expr, PRECEDENCE, subExpressions } from './ast';

/** Canonical text of an expression: single spaces around operators, parentheses only where needed. */
export function printExpression(expr: Expr): string {
  return print(expr);
}

function print(expr: Expr): string {
  switch (expr.type) {
    case 'number':
      return decimalText(expr.value);
    case 'string':
      return quote(expr.value);
    case 'ref':
      return `\${${expr.name}}`;
    case 'current':
      return '.';
    case 'parent':
      return '..';
    case 'name':
      return expr.name;
    case 'negate': {
      const inner = print(expr.operand);
      return expr.operand.type === 'binary' ? `-(${inner})` : `-${inner}`;
    }
    case 'binary': {
      const precedence = PRECEDENCE[expr.operator];
      const left = print(expr.left);
      const right = print(expr.right);
      // Left-associative: a left operand needs parentheses only when it binds looser, a right one also when equal.
      const l = expr.left.type === 'binary' && PRECEDENCE[expr.left.operator] < precedence ? `(${left})` : left;
      const r = expr.right.type === 'binary' && PRECEDENCE[expr.right.operator] <= precedence ? `(${right})` : right;
      return `${l} ${expr.operator} ${r}`;
    }
    case 'call':
      return `${expr.name}(${expr.args.map(print).join(', ')})`;
  }
}

function quote(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  // XPath literals have no escapes: a text with both quotes is printed as a concatenation.
  return `concat(${value
    .split("'")
    .map((part) => `'${part}'`)
    .join(`, "'", `)})`;
}

/**
 * A number as XPath writes it: plain decimal notation, never an exponent (`1e21` is no XPath number).
 * Also used to turn numeric answers into the text that expressions see.
 */
export function decimalText(value: number): string {
  const text = String(value); // 'NaN', 'Infinity', '-Infinity', and '0' for -0, as XPath writes them
  if (!text.includes('e')) return text;
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, head, tail = '', exponentText] = match;
  const digits = head + tail;
  const exponent = Number(exponentText);
  if (exponent >= 0) {
    const pointAt = 1 + exponent;
    return sign + (digits.length <= pointAt ? digits + '0'.repeat(pointAt - digits.length) : `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`);
  }
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}

/** The distinct `${name}`s of an expression, in order of first appearance. */
export function referencedNames(expr: Expr): string[] {
  const names = new Set<string>();
  for (const node of subExpressions(expr)) if (node.type === 'ref') names.add(node.name);
  return [...names];
}
