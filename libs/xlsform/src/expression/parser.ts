import { BinaryOperator, Expr, FUNCTIONS, PRECEDENCE } from './ast';
import { Bilingual, say } from '../messages';
import { ExpressionSyntaxError, Lexer, Token, tokenize } from './lexer';

/** Deeper nesting than this is refused (a phone's stack and the evaluator's recursion stay small). */
const MAX_DEPTH = 100;

const WORD_OPERATORS: ReadonlySet<string> = new Set(['and', 'or', 'div', 'mod']);

const TOO_DEEP = say('التعبير متداخل أكثر من اللازم', 'The expression is nested too deeply');
const unexpected = (token: Token): Bilingual => say(`"${token.text}" في غير موضعه`, `Unexpected "${token.text}"`);

/**
 * Parses an XLSForm expression. Throws `ExpressionSyntaxError` (and nothing else) with the 0-based
 * position of the problem: unknown function, wrong number of arguments, curly quotes, `/` paths...
 */
export function parseExpression(source: string): Expr {
  if (typeof source !== 'string') throw new ExpressionSyntaxError(say('يجب أن يكون التعبير نصاً', 'An expression must be text'), 0);
  if (source.trim() === '') throw new ExpressionSyntaxError(say('التعبير فارغ', 'The expression is empty'), 0);
  const parser = new Parser(new Lexer(source));
  const expr = parser.expression(0);
  const rest = parser.peek();
  if (rest.kind !== 'end') {
    throw new ExpressionSyntaxError(unexpected(rest), rest.position);
  }
  return expr;
}

class Parser {
  private current: Token;

  constructor(private readonly lexer: Lexer) {
    this.current = lexer.next();
  }

  peek(): Token {
    return this.current;
  }

  private next(): Token {
    const token = this.current;
    if (token.kind !== 'end') this.current = this.lexer.next();
    return token;
  }

  /** The binary operator at the current token, if the token is one (words count only in operator position). */
  private operatorAhead(): BinaryOperator | null {
    const token = this.peek();
    if (token.kind === 'op') return token.text as BinaryOperator;
    if (token.kind === 'word' && WORD_OPERATORS.has(token.text)) return token.text as BinaryOperator;
    return null;
  }

  /** Precedence climbing; every operator is left-associative. */
  expression(depth: number, minPrecedence = 1): Expr {
    if (depth > MAX_DEPTH) throw new ExpressionSyntaxError(TOO_DEEP, this.peek().position);
    let left = this.unary(depth + 1);
    for (;;) {
      const operator = this.operatorAhead();
      if (!operator || PRECEDENCE[operator] < minPrecedence) return left;
      this.next();
      const right = this.expression(depth + 1, PRECEDENCE[operator] + 1);
      left = { type: 'binary', operator, left, right };
    }
  }

  private unary(depth: number): Expr {
    if (depth > MAX_DEPTH) throw new ExpressionSyntaxError(TOO_DEEP, this.peek().position);
    const token = this.peek();
    if (token.kind === 'op' && token.text === '-') {
      this.next();
      return { type: 'negate', operand: this.unary(depth + 1) };
    }
    return this.primary(depth);
  }

  private primary(depth: number): Expr {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: Number(token.text) };
      case 'string':
        return { type: 'string', value: token.text };
      case 'ref':
        return { type: 'ref', name: token.text };
      case 'dot':
        return { type: 'current' };
      case 'dotdot':
        return { type: 'parent' };
      case '(': {
        const inner = this.expression(depth + 1);
        this.expect(')', say('ينقص ")"', 'Missing ")"'));
        return inner;
      }
      case 'word': {
        if (this.peek().kind === '(') return this.call(token, depth);
        if (token.text.includes(':')) throw new ExpressionSyntaxError(say(`"${token.text}" غير مدعوم`, `"${token.text}" is not supported`), token.position);
        return { type: 'name', name: token.text };
      }
      case 'end':
        throw new ExpressionSyntaxError(say('ينتهي التعبير قبل اكتماله', 'The expression ends too early'), token.position);
      default:
        throw new ExpressionSyntaxError(unexpected(token), token.position);
    }
  }

  private call(nameToken: Token, depth: number): Expr {
    const name = nameToken.text;
    const arity = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (!arity) throw new ExpressionSyntaxError(say(`دالة غير معروفة "${name}()"`, `Unknown function "${name}()"`), nameToken.position);
    this.next(); // (
    const args: Expr[] = [];
    if (this.peek().kind !== ')') {
      for (;;) {
        args.push(this.expression(depth + 1));
        if (this.peek().kind !== ',') break;
        this.next();
      }
    }
    this.expect(')', say(`ينقص ")" بعد وسائط ${name}()`, `Missing ")" after the arguments of ${name}()`));
    if (args.length < arity.min || args.length > arity.max) {
      const wanted =
        arity.min === arity.max
          ? say(`${arity.min}`, `${arity.min}`)
          : arity.max === Infinity
            ? say(`${arity.min} على الأقل`, `at least ${arity.min}`)
            : say(`من ${arity.min} إلى ${arity.max}`, `${arity.min} to ${arity.max}`);
      throw new ExpressionSyntaxError(
        say(`تأخذ ${name}() من الوسائط ${wanted.ar}، لا ${args.length}`, `${name}() takes ${wanted.en} argument(s), not ${args.length}`),
        nameToken.position,
      );
    }
    return { type: 'call', name, args };
  }

  private expect(kind: Token['kind'], message: Bilingual): void {
    const token = this.peek();
    if (token.kind !== kind) throw new ExpressionSyntaxError(message, token.position);
    this.next();
  }
}

/** Where each `${name}` of the source starts (for messages naming the position of an unknown reference). */
export function referencePositions(source: string): Array<{ name: string; position: number }> {
  try {
    return tokenize(source)
      .filter((token) => token.kind === 'ref')
      .map((token) => ({ name: token.text, position: token.position }));
  } catch {
    return [];
  }
}
