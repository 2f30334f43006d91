import { bind, compileNamed, SqlShapes } from './sql-shapes';

describe('compileNamed', () => {
  it('numbers each named parameter once, in order of first use, and leaves casts alone', () => {
    const compiled = compileNamed(`SELECT :a::uuid, x::text FROM t WHERE b = :b OR c = :a AND d = CAST(:c AS int)`);
    expect(compiled).toEqual({ text: `SELECT $1::uuid, x::text FROM t WHERE b = $2 OR c = $1 AND d = CAST($3 AS int)`, names: ['a', 'b', 'c'] });
    expect(bind(compiled, { c: 3, b: null, a: 'x' })).toEqual(['x', null, 3]);
  });

  it('leaves string literals and quoted identifiers alone', () => {
    expect(compileNamed(`SELECT to_char(x, 'HH24:MI:SS'), 'it''s :no' AS ":nor", y FROM t WHERE z = :yes`)).toEqual({
      text: `SELECT to_char(x, 'HH24:MI:SS'), 'it''s :no' AS ":nor", y FROM t WHERE z = $1`,
      names: ['yes'],
    });
  });

  it('refuses to bind a statement with a value missing', () => {
    expect(() => bind(compileNamed('SELECT :a'), {})).toThrow('No value for :a');
  });
});

describe('SqlShapes', () => {
  it('builds a shape once', () => {
    const shapes = new SqlShapes();
    const build = jest.fn(() => 'SELECT :a');
    expect(shapes.get('k', build)).toBe(shapes.get('k', build));
    expect(build).toHaveBeenCalledTimes(1);
  });
});
