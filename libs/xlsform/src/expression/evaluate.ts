import { BinaryOperator, Expr } from './ast';
import { decimalText } from './printer';

/** One answer node as expressions see it: its text, and its 1-based position among same-named siblings. */
export interface XNode {
  value: string;
  position: number;
}

/** An XPath node-set: what `${name}`, `.` and `..` evaluate to. */
export class NodeSet {
  constructor(readonly nodes: readonly XNode[]) {}

  static of(...values: string[]): NodeSet {
    return new NodeSet(values.map((value) => ({ value, position: 1 })));
  }
}

export type Value = string | number | boolean | NodeSet;

/** What an expression can see. The form engine builds one per question (and per repeat entry). */
export interface EvaluationContext {
  /** The form's calendar date, YYYY-MM-DD (the consortium's time zone decides it, not the machine). */
  today: string;
  /** `${name}`: in the same repeat entry when the question shares the repeat, else the answers of every entry. */
  resolve(name: string): NodeSet;
  /** `.` */
  current(): NodeSet;
  /** `..` */
  parent(): NodeSet;
  /** A bare name: the column of the choice being filtered; undefined outside choice filters. */
  column?(name: string): string | undefined;
  /** `indexed-repeat(${name}, ${repeat}, index)`: the answer in entry `index` (1-based) of that repeat. */
  indexedRepeat?(name: string, repeat: string, index: number): NodeSet;
}

// ---------------------------------------------------------------------------------------------------------------
// Conversions (XPath 1.0, with ODK's date rule)

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD text, or NaN when it is no real calendar date. */
export function dateToDays(text: string): number {
  const match = DATE.exec(text);
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return NaN;
  return time / DAY_MS;
}

/** YYYY-MM-DD of a number of days since 1970-01-01 (fractions dropped), or '' when out of range. */
export function daysToDate(days: number): string {
  if (!Number.isFinite(days)) return '';
  const time = Math.floor(days) * DAY_MS;
  if (Math.abs(time) > 8.64e15) return '';
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return '';
  return `${String(year).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

export function toText(value: Value): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return decimalText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value.nodes.length ? value.nodes[0].value : '';
}

/** Rule 1 and 6 of the notes: blank is NaN, a YYYY-MM-DD date is its number of days since 1970. */
export function textToNumber(text: string): number {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) return Number(trimmed);
  if (DATE.test(trimmed)) return dateToDays(trimmed);
  return NaN;
}

export function toNumber(value: Value): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return textToNumber(toText(value));
}

export function toBoolean(value: Value): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'string') return value.length > 0;
  return value.nodes.length > 0;
}

/** The values of a node-set's nodes, or the one value of anything else. */
function texts(value: Value): string[] {
  return value instanceof NodeSet ? value.nodes.map((node) => node.value) : [toText(value)];
}

// ---------------------------------------------------------------------------------------------------------------
// Comparisons (XPath 1.0 §3.4: node-sets compare when any of their nodes does)

type Comparison = '=' | '!=' | '<' | '<=' | '>' | '>=';

function compareAtoms(operator: Comparison, a: string | number | boolean, b: string | number | boolean): boolean {
  if (operator === '=' || operator === '!=') {
    let equal: boolean;
    if (typeof a === 'boolean' || typeof b === 'boolean') equal = toBoolean(a) === toBoolean(b);
    else if (typeof a === 'number' || typeof b === 'number') equal = toNumber(a) === toNumber(b);
    else equal = a === b;
    return operator === '=' ? equal : !equal;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  switch (operator) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
  }
}

function compare(operator: Comparison, a: Value, b: Value): boolean {
  const aSet = a instanceof NodeSet;
  const bSet = b instanceof NodeSet;
  if (aSet && bSet) return a.nodes.some((x) => b.nodes.some((y) => compareAtoms(operator, x.value, y.value)));
  if (aSet || bSet) {
    const set = (aSet ? a : b) as NodeSet;
    const other = (aSet ? b : a) as string | number | boolean;
    if (typeof other === 'boolean') return aSet ? compareAtoms(operator, toBoolean(set), other) : compareAtoms(operator, other, toBoolean(set));
    return set.nodes.some((node) => (aSet ? compareAtoms(operator, node.value, other) : compareAtoms(operator, other, node.value)));
  }
  return compareAtoms(operator, a as string | number | boolean, b as string | number | boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// The evaluator: a plain recursive walk over the tree (never eval/Function)

export function evaluateExpression(expr: Expr, context: EvaluationContext): Value {
  switch (expr.type) {
    case 'number':
    case 'string':
      return expr.value;
    case 'ref':
      return context.resolve(expr.name);
    case 'current':
      return context.current();
    case 'parent':
      return context.parent();
    case 'name':
      return context.column?.(expr.name) ?? new NodeSet([]);
    case 'negate':
      return -toNumber(evaluateExpression(expr.operand, context));
    case 'binary':
      return binary(expr.operator, expr.left, expr.right, context);
    case 'call':
      return call(expr.name, expr.args, context);
  }
}

function binary(operator: BinaryOperator, left: Expr, right: Expr, context: EvaluationContext): Value {
  if (operator === 'and') return toBoolean(evaluateExpression(left, context)) && toBoolean(evaluateExpression(right, context));
  if (operator === 'or') return toBoolean(evaluateExpression(left, context)) || toBoolean(evaluateExpression(right, context));
  const a = evaluateExpression(left, context);
  const b = evaluateExpression(right, context);
  switch (operator) {
    case '=':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(operator, a, b);
    case '+':
      return toNumber(a) + toNumber(b);
    case '-':
      return toNumber(a) - toNumber(b);
    case '*':
      return toNumber(a) * toNumber(b);
    case 'div':
      return toNumber(a) / toNumber(b);
    case 'mod':
      return toNumber(a) % toNumber(b);
  }
}

const REGEX_CACHE = new Map<string, RegExp | null>();

/** `regex()` matches the WHOLE text, like ODK Collect (Enketo searches): `regex(., '[0-9]+')` refuses '12a'. */
function wholeMatch(text: string, pattern: string): boolean {
  let regex = REGEX_CACHE.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(`^(?:${pattern})$`);
    } catch {
      regex = null;
    }
    if (REGEX_CACHE.size > 500) REGEX_CACHE.clear();
    REGEX_CACHE.set(pattern, regex);
  }
  return regex ? regex.test(text) : false;
}

/** Whether a regex() pattern is usable (validateForm reports the others). */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(`^(?:${pattern})$`);
    return true;
  } catch {
    return false;
  }
}

function chars(text: string): string[] {
  return Array.from(text);
}

function selectedItems(text: string): string[] {
  return text.split(/\s+/).filter((item) => item !== '');
}

/** ODK rounds halves away from zero (JavaRosa, Enketo), unlike XPath 1.0's round(-2.5) = -2. */
function roundHalfAway(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  // Shift by text so that 2.675 rounds to 2.68 (2.675 * 100 is 267.49999... in binary).
  const shifted = Math.round(Number(`${decimalText(magnitude)}e${digits}`));
  const rounded = Number(`${shifted}e${-digits}`);
  return value < 0 ? -rounded : rounded;
}

function numbersOf(values: Value[]): number[] {
  return values.flatMap((value) => (value instanceof NodeSet ? value.nodes.map((node) => textToNumber(node.value)) : [toNumber(value)]));
}

function call(name: string, args: Expr[], context: EvaluationContext): Value {
  const arg = (index: number): Value => evaluateExpression(args[index], context);
  const text = (index: number): string => toText(arg(index));
  const number = (index: number): number => toNumber(arg(index));
  const all = (): Value[] => args.map((_, index) => arg(index));
  switch (name) {
    case 'not':
      return !toBoolean(arg(0));
    case 'true':
      return true;
    case 'false':
      return false;
    case 'boolean':
      return toBoolean(arg(0));
    case 'boolean-from-string': {
      const value = text(0);
      return value === 'true' || value === '1';
    }
    case 'if':
      return toBoolean(arg(0)) ? arg(1) : arg(2);
    case 'coalesce': {
      const first = text(0);
      return first !== '' ? first : text(1);
    }
    case 'once': {
      const current = toText(context.current());
      return current !== '' ? current : text(0);
    }
    case 'selected':
      return selectedItems(text(0)).includes(text(1).trim());
    case 'selected-at': {
      const items = selectedItems(text(0));
      const index = number(1);
      return Number.isInteger(index) && index >= 0 && index < items.length ? items[index] : '';
    }
    case 'count-selected':
      return selectedItems(text(0)).length;
    case 'count': {
      const value = arg(0);
      return value instanceof NodeSet ? value.nodes.length : NaN;
    }
    case 'sum': {
      const value = arg(0);
      if (!(value instanceof NodeSet)) return NaN;
      return value.nodes.reduce((total, node) => total + textToNumber(node.value), 0);
    }
    case 'max':
    case 'min': {
      const numbers = numbersOf(all());
      if (numbers.length === 0 || numbers.some(Number.isNaN)) return NaN;
      return name === 'max' ? Math.max(...numbers) : Math.min(...numbers);
    }
    case 'position': {
      const value = args.length ? arg(0) : context.current();
      return value instanceof NodeSet && value.nodes.length ? value.nodes[0].position : NaN;
    }
    case 'indexed-repeat': {
      const [target, repeat] = args;
      if (target.type !== 'ref' || repeat.type !== 'ref' || !context.indexedRepeat) return new NodeSet([]);
      return context.indexedRepeat(target.name, repeat.name, number(2));
    }
    case 'join': {
      const [separator, ...rest] = all();
      return rest.flatMap(texts).join(toText(separator));
    }
    case 'string':
      return args.length ? text(0) : toText(context.current());
    case 'string-length':
      return chars(args.length ? text(0) : toText(context.current())).length;
    case 'concat':
      return all().flatMap(texts).join('');
    case 'contains':
      return text(0).includes(text(1));
    case 'starts-with':
      return text(0).startsWith(text(1));
    case 'ends-with':
      return text(0).endsWith(text(1));
    case 'substr': {
      // 0-based start, exclusive end; negative positions count from the end (as Enketo does).
      const source = chars(text(0));
      const start = Math.trunc(number(1)) || 0;
      const end = args.length > 2 ? Math.trunc(number(2)) : source.length;
      return source.slice(start, Number.isNaN(end) ? start : end).join('');
    }
    case 'substring-before': {
      const [haystack, needle] = [text(0), text(1)];
      const at = haystack.indexOf(needle);
      return at < 0 ? '' : haystack.slice(0, at);
    }
    case 'substring-after': {
      const [haystack, needle] = [text(0), text(1)];
      const at = haystack.indexOf(needle);
      return at < 0 ? '' : haystack.slice(at + needle.length);
    }
    case 'normalize-space':
      return (args.length ? text(0) : toText(context.current())).trim().replace(/\s+/g, ' ');
    case 'translate': {
      const [source, from, to] = [chars(text(0)), chars(text(1)), chars(text(2))];
      return source
        .map((c) => {
          const at = from.indexOf(c);
          return at < 0 ? c : (to[at] ?? '');
        })
        .join('');
    }
    case 'regex':
      return wholeMatch(text(0), text(1));
    case 'number':
      return args.length ? number(0) : toNumber(context.current());
    case 'int':
      return Math.trunc(number(0));
    case 'round':
      return roundHalfAway(number(0), args.length > 1 ? Math.trunc(number(1)) || 0 : 0);
    case 'floor':
      return Math.floor(number(0));
    case 'ceiling':
      return Math.ceil(number(0));
    case 'abs':
      return Math.abs(number(0));
    case 'pow':
      return Math.pow(number(0), number(1));
    case 'sqrt':
      return Math.sqrt(number(0));
    case 'exp':
      return Math.exp(number(0));
    case 'log':
      return Math.log(number(0));
    case 'log10':
      return Math.log10(number(0));
    case 'sin':
      return Math.sin(number(0));
    case 'cos':
      return Math.cos(number(0));
    case 'tan':
      return Math.tan(number(0));
    case 'asin':
      return Math.asin(number(0));
    case 'acos':
      return Math.acos(number(0));
    case 'atan':
      return Math.atan(number(0));
    case 'atan2':
      return Math.atan2(number(0), number(1));
    case 'pi':
      return Math.PI;
    case 'today':
      return context.today;
    case 'date': {
      const value = arg(0);
      if (typeof value === 'number' || typeof value === 'boolean') return daysToDate(toNumber(value));
      const source = toText(value).trim();
      if (DATE.test(source)) return Number.isNaN(dateToDays(source)) ? '' : source;
      return daysToDate(textToNumber(source));
    }
    default:
      // The parser refuses unknown functions; a hand-built tree could still carry one.
      return '';
  }
}
