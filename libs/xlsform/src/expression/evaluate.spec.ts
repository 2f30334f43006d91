import { EvaluationContext, NodeSet, Value, evaluateExpression, toBoolean, toText } from './evaluate';
import { parseExpression } from './parser';

/** A flat context: each name is one answer, or a list (a question inside a repeat seen from outside). */
function context(answers: Record<string, string | string[]>, current = '', columns: Record<string, string> = {}): EvaluationContext {
  return {
    today: '2026-12-01',
    resolve: (name) => {
      const value = answers[name];
      if (value === undefined) return new NodeSet([]);
      return Array.isArray(value) ? new NodeSet(value.map((v, i) => ({ value: v, position: i + 1 }))) : NodeSet.of(value);
    },
    current: () => NodeSet.of(current),
    parent: () => new NodeSet([{ value: '', position: 3 }]),
    column: (name) => columns[name],
    indexedRepeat: (name, _repeat, index) => {
      const value = answers[name];
      const list = Array.isArray(value) ? value : [];
      return index >= 1 && index <= list.length ? NodeSet.of(list[index - 1]) : new NodeSet([]);
    },
  };
}

function run(source: string, answers: Record<string, string | string[]> = {}, current = ''): Value {
  return evaluateExpression(parseExpression(source), context(answers, current));
}

const plain = (value: Value): string | number | boolean => (value instanceof NodeSet ? `nodes:${value.nodes.map((n) => n.value).join('|')}` : value);

describe('the nine rules of the expression notes', () => {
  it.each<[string, string, Record<string, string | string[]>, string | number | boolean, string?]>([
    // 1. numbers when either side of = is a number; relational always numeric; blank is NaN
    ['1', '${x} = 5', { x: '5' }, true],
    ['1', '${x} = 5', { x: '5.0' }, true],
    ['1', "${x} = '5'", { x: '5.0' }, false],
    ['1', '${x} > 5', { x: '10' }, true],
    ['1', "${x} > '5'", { x: '10' }, true],
    ['1', "'10' > '9'", {}, true],
    ['1', '${x} > 5', { x: '' }, false],
    ['1', '${x} = 5', { x: '' }, false],
    ['1', '${x} != 5', { x: '' }, true],
    ['1', '${x} < 5', { x: '' }, false],
    ['1', '${x} + 1', { x: '' }, NaN],
    ['1', '${x} > ${y}', { x: '9', y: '10' }, false],
    // 2. blank equals ''
    ['2', "${x} = ''", { x: '' }, true],
    ['2', "${x} != ''", { x: '' }, false],
    ['2', "${x} = ''", { x: 'a' }, false],
    // 3 is the form engine's (see form spec); here: constraints see `.`
    ['3', '. > 17 and . < 120', {}, false, ''],
    ['3', '. > 17 and . < 120', {}, true, '35'],
    // 4. selected splits on spaces; = compares the whole answer
    ['4', "selected(${m}, 'b')", { m: 'a b c' }, true],
    ['4', "selected(${m}, 'b')", { m: 'ab c' }, false],
    ['4', "${m} = 'a'", { m: 'a b' }, false],
    ['4', "${m} = 'a b'", { m: 'a b' }, true],
    ['4', "count-selected('')", {}, 0],
    ['4', 'count-selected(${m})', { m: ' a  b ' }, 2],
    ['4', "selected(${m}, 'a')", { m: '' }, false],
    // 6. dates are days since 1970 for numbers and comparisons
    ['6', "number('1970-01-11')", {}, 10],
    ['6', '. <= today()', {}, true, '2026-11-30'],
    ['6', '. <= today()', {}, false, '2026-12-02'],
    ['6', "${d} < '2026-01-01'", { d: '2025-12-31' }, true],
    ['6', 'today() - ${d}', { d: '2026-11-01' }, 30],
    ['6', 'date(today() + 1)', {}, '2026-12-02'],
    ['6', "date('2024-02-29')", {}, '2024-02-29'],
    ['6', "date('2023-02-29')", {}, ''],
    ['6', "number('2023-02-30')", {}, NaN],
    // 7. regex matches the whole text (Collect), not a part (Enketo)
    ['7', "regex(., '[0-9]{3}')", {}, true, '123'],
    ['7', "regex(., '[0-9]{3}')", {}, false, '1234'],
    ['7', "regex(., '^[0-9]{3}$')", {}, true, '123'],
    ['7', "regex(., '^[0]{1}[0-9]{10}$')", {}, true, '07712345678'],
    ['7', "regex(., 'a|b')", {}, false, 'ab'],
    ['7', "regex(., '(')", {}, false, '('],
    // 8. div, mod, ${a}-${b}
    ['8', '${a}-${b}', { a: '7', b: '2' }, 5],
    ['8', '${a} div ${b}', { a: '7', b: '2' }, 3.5],
    ['8', '${a} mod ${b}', { a: '7', b: '2' }, 1],
    ['8', '-7 mod 2', {}, -1],
    ['8', '1 div 0', {}, Infinity],
  ])('rule %s: %s', (_rule, source, answers, expected, current = '') => {
    expect(plain(run(source, answers, current))).toEqual(expected);
  });

  it('rule 5: Arabic-Indic digits are not numbers until the engine normalises them', () => {
    expect(run('${x} > 5', { x: '٣٥' })).toBe(false);
    expect(run('${x} > 5', { x: '35' })).toBe(true);
  });
});

describe('functions', () => {
  it.each<[string, Record<string, string | string[]>, string | number | boolean, string?]>([
    ['not(1 = 2)', {}, true],
    ['true() and not(false())', {}, true],
    ['boolean(0)', {}, false],
    ["boolean('x')", {}, true],
    ['boolean(${x})', { x: '' }, true], // a node-set with one node is true, even blank (XPath)
    ["boolean-from-string('true')", {}, true],
    ["boolean-from-string('yes')", {}, false],
    ["if(${x} > 3, 'big', 'small')", { x: '4' }, 'big'],
    ["if(${x} > 3, 'big', 'small')", { x: '' }, 'small'],
    ["coalesce(${x}, 'none')", { x: '' }, 'none'],
    ["coalesce(${x}, 'none')", { x: 'a' }, 'a'],
    ["once(concat('id-', ${x}))", { x: '7' }, 'id-7'],
    ["once(concat('id-', ${x}))", { x: '7' }, 'kept', 'kept'],
    ["selected-at('a b c', 1)", {}, 'b'],
    ["selected-at('a b c', 5)", {}, ''],
    ['count(${r})', { r: ['1', '2', ''] }, 3],
    ['count(${r})', { r: [] }, 0],
    ['sum(${r})', { r: ['1', '2.5', '3'] }, 6.5],
    ['sum(${r})', { r: ['1', ''] }, NaN],
    ['sum(${r})', { r: [] }, 0],
    ['max(${r})', { r: ['1', '7', '3'] }, 7],
    ['min(${r})', { r: ['4', '7', '3'] }, 3],
    ['max(1, 9, 4)', {}, 9],
    ['max(${r})', { r: [] }, NaN],
    ['position(..)', {}, 3],
    ['position(${r})', { r: ['a', 'b'] }, 1],
    ['indexed-repeat(${r}, ${rep}, 2)', { r: ['a', 'b'] }, 'nodes:b'],
    ["join(', ', ${r})", { r: ['a', 'b'] }, 'a, b'],
    ['string(12.50)', {}, '12.5'],
    ['string(1 = 1)', {}, 'true'],
    ['string(0 div 0)', {}, 'NaN'],
    ['string()', {}, 'cur', 'cur'],
    ["string-length('صنعاء')", {}, 5],
    ['string-length(.)', {}, 3, 'abc'],
    ["concat('a', 1, true(), ${x})", { x: 'z' }, 'a1truez'],
    ['concat(${r})', { r: ['a', 'b'] }, 'ab'],
    ["contains('abc', 'b')", {}, true],
    ["starts-with('abc', 'ab')", {}, true],
    ["ends-with('abc', 'bc')", {}, true],
    ["substr('abcdef', 1, 3)", {}, 'bc'],
    ["substr('abcdef', 2)", {}, 'cdef'],
    ["substring-before('a-b', '-')", {}, 'a'],
    ["substring-after('a-b', '-')", {}, 'b'],
    ["normalize-space('  a   b ')", {}, 'a b'],
    ["translate('abc', 'ab', 'A')", {}, 'Ac'],
    ["number('12')", {}, 12],
    ["number(' 12 ')", {}, 12],
    ["number('1e3')", {}, NaN],
    ["number('abc')", {}, NaN],
    ['number(true())', {}, 1],
    ['int(3.9)', {}, 3],
    ['int(-3.9)', {}, -3],
    ["int('')", {}, NaN],
    ['round(2.5)', {}, 3],
    ['round(-2.5)', {}, -3],
    ['round(-1.005, 2)', {}, -1.01],
    ["substr('abc', -1)", {}, 'c'],
    ['round(2.675, 2)', {}, 2.68],
    ['round(1234, -2)', {}, 1200],
    ['floor(-1.5)', {}, -2],
    ['ceiling(1.2)', {}, 2],
    ['abs(-2)', {}, 2],
    ['pow(2, 10)', {}, 1024],
    ['sqrt(16)', {}, 4],
    ['round(15 div (sqrt(cos(atan(10 div 100)))), 2)', {}, 15.04],
    ['today()', {}, '2026-12-01'],
    ['date(0)', {}, '1970-01-01'],
    ["date('x')", {}, ''],
    ['-${x}', { x: '4' }, -4],
  ])('%s', (source, answers, expected, current = '') => {
    expect(plain(run(source, answers, current))).toEqual(expected);
  });

  it('reads bare names as the filtered choice’s columns', () => {
    const expr = parseExpression("region = ${region} and name != 'x'");
    const ctx = context({ region: 'north' }, '', { region: 'north', name: 'a' });
    expect(evaluateExpression(expr, ctx)).toBe(true);
    expect(toBoolean(evaluateExpression(expr, context({ region: 'south' }, '', { region: 'north', name: 'a' })))).toBe(false);
  });

  it('compares node-sets existentially (XPath), so a repeat question matches when any entry does', () => {
    expect(run("${r} = 'b'", { r: ['a', 'b'] })).toBe(true);
    expect(run('${r} > 5', { r: ['1', '9'] })).toBe(true);
    expect(run("${r} = 'z'", { r: [] })).toBe(false);
    expect(run('${r} = ${s}', { r: ['a', 'b'], s: ['c', 'b'] })).toBe(true);
    expect(run('${x} = true()', { x: '' })).toBe(true);
    expect(toText(run('${r}', { r: ['a', 'b'] }))).toBe('a');
  });
});
