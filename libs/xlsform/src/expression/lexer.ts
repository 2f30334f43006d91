import { Bilingual, say } from '../messages';

/**
 * Raised for any expression that is not in the supported language; `position` is a 0-based offset in the source.
 * `message` is the English text, `localized` both languages; each names the 1-based character.
 */
export class ExpressionSyntaxError extends Error {
  readonly position: number;
  readonly localized: Bilingual;

  constructor(message: Bilingual, position: number) {
    super(`${message.en} (at character ${position + 1})`);
    this.name = 'ExpressionSyntaxError';
    this.position = position;
    this.localized = say(`${message.ar} (عند الحرف ${position + 1})`, this.message);
  }
}

export type TokenKind = 'number' | 'string' | 'ref' | 'word' | 'dot' | 'dotdot' | 'op' | '(' | ')' | ',' | 'end';

export interface Token {
  kind: TokenKind;
  /** The name of a ref/word, the operator, the literal's value (number as text). */
  text: string;
  position: number;
}

/** Names of questions (`${name}`) and of choice columns: XML-like names, Unicode letters allowed. */
export const NAME_PATTERN = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_.\-:]/u;
const DIGIT = /[0-9]/;
const SPACE = /[\s\u200E\u200F\u061C]/;
const CURLY_QUOTES = '\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB';

/** Every token of the source; throws at the first bad one. */
export function tokenize(source: string): Token[] {
  const lexer = new Lexer(source);
  const tokens: Token[] = [];
  for (;;) {
    const token = lexer.next();
    tokens.push(token);
    if (token.kind === 'end') return tokens;
  }
}

/** Reads tokens on demand, so that the first error in source order is the one reported. */
export class Lexer {
  private offset = 0;

  constructor(private readonly source: string) {}

  next(): Token {
    const { source } = this;
    const n = source.length;
    let i = this.offset;
    const token = (kind: TokenKind, text: string, start: number, end: number): Token => {
      this.offset = end;
      return { kind, text, position: start };
    };
    while (i < n) {
      const c = source[i];
      // Spaces of any kind, and the invisible direction marks that Arabic keyboards and Excel slip in.
      if (SPACE.test(c)) {
        i++;
        continue;
      }
      const start = i;
      if (c === '$') {
        if (source[i + 1] !== '{') throw new ExpressionSyntaxError(say('يجب أن تبدأ "$" إشارةً مثل ${name}', '"$" must start a reference like ${name}'), start);
        const close = source.indexOf('}', i + 2);
        if (close < 0) throw new ExpressionSyntaxError(say('الإشارة ${… غير مغلقة بـ "}"', 'Reference ${… is not closed with "}"'), start);
        const name = source.slice(i + 2, close);
        if (!NAME_PATTERN.test(name)) {
          throw new ExpressionSyntaxError(say(`"\${${name}}" ليس اسم سؤال صالحاً`, `"\${${name}}" is not a valid question name`), start);
        }
        return token('ref', name, start, close + 1);
      }
      if (c === "'" || c === '"') {
        const close = source.indexOf(c, i + 1);
        if (close < 0) throw new ExpressionSyntaxError(say(`النص الذي يبدأ بـ ${c} غير مغلق`, `Text starting with ${c} is not closed`), start);
        return token('string', source.slice(i + 1, close), start, close + 1);
      }
      if (CURLY_QUOTES.includes(c)) {
        throw new ExpressionSyntaxError(
          say(
            `علامة الاقتباس المنحنية ${c} غير مسموحة: اكتب النص بين علامتي اقتباس مستقيمتين ' أو "`,
            `Curly quote ${c} is not allowed: write text between straight quotes ' or "`,
          ),
          start,
        );
      }
      if (DIGIT.test(c) || (c === '.' && DIGIT.test(source[i + 1] ?? ''))) {
        while (i < n && DIGIT.test(source[i])) i++;
        if (source[i] === '.') {
          i++;
          while (i < n && DIGIT.test(source[i])) i++;
        }
        return token('number', source.slice(start, i), start, i);
      }
      if (c === '.') {
        return source[i + 1] === '.' ? token('dotdot', '..', start, i + 2) : token('dot', '.', start, i + 1);
      }
      if (NAME_START.test(c)) {
        i++;
        while (i < n && NAME_PART.test(source[i])) i++;
        return token('word', source.slice(start, i), start, i);
      }
      if (c === '(' || c === ')' || c === ',') {
        return token(c, c, start, i + 1);
      }
      if (c === '!' && source[i + 1] === '=') {
        return token('op', '!=', start, i + 2);
      }
      if ((c === '<' || c === '>') && source[i + 1] === '=') {
        return token('op', c + '=', start, i + 2);
      }
      if (c === '=' || c === '<' || c === '>' || c === '+' || c === '-' || c === '*') {
        return token('op', c, start, i + 1);
      }
      if (c === '/') {
        throw new ExpressionSyntaxError(
          say(
            '"/" غير مدعومة: اقسم بـ div، وأشر إلى الأسئلة بـ ${name}',
            '"/" is not supported: divide with div, and name questions with ${name}',
          ),
          start,
        );
      }
      if (c === '\u060C' || c === '\u061B') throw new ExpressionSyntaxError(say(`"${c}" العربية ليست فاصلاً هنا: اكتب فاصلة لاتينية ","`, `Arabic "${c}" is not a separator here: write a Latin comma ","`), start);
      const code = source.codePointAt(i) ?? 0;
      const shown = `"${String.fromCodePoint(code)}" (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
      throw new ExpressionSyntaxError(say(`حرف غير متوقع ${shown}`, `Unexpected character ${shown}`), start);
    }
    return token('end', '', n, n);
  }
}
