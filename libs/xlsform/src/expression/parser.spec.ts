import fc from 'fast-check';
import { BINARY_OPERATORS, Expr, FUNCTIONS } from './ast';
import { NodeSet, evaluateExpression } from './evaluate';
import { ExpressionSyntaxError } from './lexer';
import { parseExpression, referencePositions } from './parser';
import { decimalText, printExpression, referencedNames } from './printer';

const ref = (name: string): Expr => ({ type: 'ref', name });
const num = (value: number): Expr => ({ type: 'number', value });
const str = (value: string): Expr => ({ type: 'string', value });

function syntaxError(source: string): ExpressionSyntaxError {
  try {
    parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error;
    throw error;
  }
  throw new Error(`"${source}" parsed`);
}

describe('parseExpression', () => {
  it.each<[string, Expr]>([
    ['${a}-${b}', { type: 'binary', operator: '-', left: ref('a'), right: ref('b') }],
    [
      '${a} div ${b} mod 2',
      {
        type: 'binary',
        operator: 'mod',
        left: {
          type: 'binary',
          operator: 'div',
          left: ref('a'),
          right: ref('b'),
        },
        right: num(2),
      },
    ],
    [
      '1 + 2 * 3',
      {
        type: 'binary',
        operator: '+',
        left: num(1),
        right: { type: 'binary', operator: '*', left: num(2), right: num(3) },
      },
    ],
    [
      '1 - 2 - 3',
      {
        type: 'binary',
        operator: '-',
        left: { type: 'binary', operator: '-', left: num(1), right: num(2) },
        right: num(3),
      },
    ],
    [
      '.> 17 and .< 120',
      {
        type: 'binary',
        operator: 'and',
        left: {
          type: 'binary',
          operator: '>',
          left: { type: 'current' },
          right: num(17),
        },
        right: {
          type: 'binary',
          operator: '<',
          left: { type: 'current' },
          right: num(120),
        },
      },
    ],
    [
      '.=0 or .>=9999  and .<= 10000000',
      {
        type: 'binary',
        operator: 'or',
        left: {
          type: 'binary',
          operator: '=',
          left: { type: 'current' },
          right: num(0),
        },
        right: {
          type: 'binary',
          operator: 'and',
          left: {
            type: 'binary',
            operator: '>=',
            left: { type: 'current' },
            right: num(9999),
          },
          right: {
            type: 'binary',
            operator: '<=',
            left: { type: 'current' },
            right: num(10000000),
          },
        },
      },
    ],
    [
      "selected (., 'no')",
      {
        type: 'call',
        name: 'selected',
        args: [{ type: 'current' }, str('no')],
      },
    ],
    ['"it\'s"', str("it's")],
    ['\'say "hi"\'', str('say "hi"')],
    ['position(..)', { type: 'call', name: 'position', args: [{ type: 'parent' }] }],
    ['-.5', { type: 'negate', operand: num(0.5) }],
    [
      'region_id=${region_id}',
      {
        type: 'binary',
        operator: '=',
        left: { type: 'name', name: 'region_id' },
        right: ref('region_id'),
      },
    ],
    ['true()', { type: 'call', name: 'true', args: [] }],
    ['\u200F${a}\u00A0=\u200E1\u061C', { type: 'binary', operator: '=', left: ref('a'), right: num(1) }],
    ['${الدخل} > ٥'.replace('٥', '5'), { type: 'binary', operator: '>', left: ref('الدخل'), right: num(5) }],
    // a word is an operator only after an operand (XPath's rule): here `div` is a choice column
    [
      'div = 1',
      {
        type: 'binary',
        operator: '=',
        left: { type: 'name', name: 'div' },
        right: num(1),
      },
    ],
  ])('parses %s', (source, expected) => {
    expect(parseExpression(source)).toEqual(expected);
  });

  it.each<[string, number, RegExp]>([
    ['${leader_name} = ‘other’', 17, /Curly quote/],
    ['${a} = “x”', 7, /Curly quote/],
    ['foo(1)', 0, /Unknown function "foo\(\)"/],
    ['1 + bogus-fn(2)', 4, /Unknown function/],
    ['if(1, 2)', 0, /if\(\) takes 3 argument/],
    ["'abc", 0, /not closed/],
    ['${a', 0, /not closed/],
    ['${1a}', 0, /not a valid question name/],
    ['1 +', 3, /ends too early/],
    ['(1', 2, /Missing "\)"/],
    ['1 2', 2, /Unexpected "2"/],
    ['${a} / 2', 5, /div/],
    ['', 0, /empty/],
    ['   ', 0, /empty/],
    ['a ? b', 2, /Unexpected character/],
    ["jr:itext('x')", 0, /Unknown function/],
    ["instance('x')/root", 0, /Unknown function/],
    ['$x', 0, /reference/],
    ["if(${a} > 1، 'x', 'y')", 11, /Latin comma/],
    ['${a} \u2260 1', 5, /U\+2260/],
  ])('refuses %s at position %i', (source, position, message) => {
    const error = syntaxError(source);
    expect(error.position).toBe(position);
    expect(error.message).toMatch(message);
    // Arabic too, naming the same 1-based character; English as `message`.
    expect(error.localized.en).toBe(error.message);
    expect(error.localized.ar).toMatch(/[\u0600-\u06FF]/);
    expect(error.localized.ar.endsWith(`(عند الحرف ${position + 1})`)).toBe(true);
  });

  it('refuses absurd nesting with a clean syntax error', () => {
    expect(syntaxError('('.repeat(5000) + '1' + ')'.repeat(5000)).message).toMatch(/nested too deeply/);
    expect(syntaxError('-'.repeat(5000) + '1').message).toMatch(/nested too deeply/);
  });

  it('never throws anything but ExpressionSyntaxError, with a position inside the source', () => {
    const alphabet = fc.constantFrom(
      ...'${}()., \'"=!<>+-*/abdimnorstv_0123456789‘’“”٣[]|@#:\t'.split(''),
      ' and ',
      ' or ',
      ' div ',
      ' mod ',
      '${a}',
      'selected(',
      'if(',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')),
        ),
        (source) => {
          try {
            parseExpression(source);
          } catch (error) {
            expect(error).toBeInstanceOf(ExpressionSyntaxError);
            const position = (error as ExpressionSyntaxError).position;
            expect(position).toBeGreaterThanOrEqual(0);
            expect(position).toBeLessThanOrEqual(source.length);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

const nameArb = fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/);
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.nat({ max: 1_000_000 }).map((value): Expr => num(value)),
      fc.double({ min: 0, max: 1e25, noNaN: true, noDefaultInfinity: true }).map((value): Expr => num(Math.abs(value))),
      fc
        .string({ maxLength: 8 })
        .filter((s) => !(s.includes("'") && s.includes('"')))
        .map((value): Expr => str(value)),
      nameArb.map((name): Expr => ref(name)),
      nameArb.filter((name) => !['and', 'or', 'div', 'mod'].includes(name)).map((name): Expr => ({ type: 'name', name })),
      fc.constant<Expr>({ type: 'current' }),
      fc.constant<Expr>({ type: 'parent' }),
    ),
    tie('expr').map((operand): Expr => ({ type: 'negate', operand })),
    fc
      .record({
        operator: fc.constantFrom(...BINARY_OPERATORS),
        left: tie('expr'),
        right: tie('expr'),
      })
      .map((b): Expr => ({ type: 'binary', ...b })),
    fc
      .record({
        name: fc.constantFrom(...Object.keys(FUNCTIONS)),
        args: fc.array(tie('expr'), { maxLength: 4 }),
      })
      .filter(({ name, args }) => args.length >= FUNCTIONS[name].min && args.length <= FUNCTIONS[name].max)
      .map((c): Expr => ({ type: 'call', ...c })),
  ),
})).expr;

describe('printExpression', () => {
  it('prints canonically', () => {
    expect(printExpression(parseExpression('(${a}+${b})*2 div(3)'))).toBe('(${a} + ${b}) * 2 div 3');
    expect(printExpression(parseExpression('1-(2-3)'))).toBe('1 - (2 - 3)');
    expect(printExpression(parseExpression("not(selected(.,'x'))and -(1+2)>0"))).toBe("not(selected(., 'x')) and -(1 + 2) > 0");
  });

  it('gives back the same tree when parsed again, for generated trees', () => {
    fc.assert(
      fc.property(exprArb, (expr) => {
        expect(parseExpression(printExpression(expr))).toEqual(expr);
      }),
      { numRuns: 2000 },
    );
  });

  it('prints numbers without exponents', () => {
    expect(decimalText(1e21)).toBe('1000000000000000000000');
    expect(decimalText(1.5e-7)).toBe('0.00000015');
    expect(decimalText(-2.5e22)).toBe('-25000000000000000000000');
    expect(decimalText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(parseExpression(decimalText(1.23e-30))).toEqual(num(1.23e-30));
  });

  it('prints a text holding both quotes as a concatenation', () => {
    expect(printExpression(str(`it's "x"`))).toBe(`concat('it', "'", 's "x"')`);
  });
});

describe('referencedNames and referencePositions', () => {
  it('lists each ${name} once in order', () => {
    expect(referencedNames(parseExpression('if(${b} > ${a}, ${b}, -${c}) + count(${a})'))).toEqual(['b', 'a', 'c']);
    expect(referencedNames(parseExpression("region = 'x'"))).toEqual([]);
  });

  it('finds where each reference starts', () => {
    expect(referencePositions('${a} + ${bb}')).toEqual([
      { name: 'a', position: 0 },
      { name: 'bb', position: 7 },
    ]);
  });
});

describe('evaluateExpression on generated trees', () => {
  it('always gives a value (never throws, whatever the types meet)', () => {
    const context = {
      today: '2026-12-01',
      resolve: (name: string) => (name.length % 2 ? NodeSet.of('3') : new NodeSet([{ value: 'a b', position: 1 }, { value: '', position: 2 }])),
      current: () => NodeSet.of('2026-01-31'),
      parent: () => new NodeSet([{ value: '', position: 2 }]),
      column: (name: string) => (name === 'name' ? 'x' : undefined),
    };
    fc.assert(
      fc.property(exprArb, (expr) => {
        const value = evaluateExpression(expr, context);
        expect(['string', 'number', 'boolean'].includes(typeof value) || value instanceof NodeSet).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
