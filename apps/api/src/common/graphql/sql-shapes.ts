/**
 * Statements written with named parameters (`:name`, as TypeORM's query builder takes them, so the
 * visibility conditions of common/auth/visibility.ts fit in) and turned into PostgreSQL's positional
 * form once per shape, not per request: read paths on which TypeORM's query building showed in the
 * profile keep one compiled statement per shape (which filters are given, first page or not) in a
 * `SqlShapes` cache and only bind values per request.
 */
export interface CompiledSql {
  text: string;
  /** The parameter of each `$n`, in order. */
  names: string[];
}

/** `:name` (not `::type`), outside string literals and quoted identifiers (which are matched whole, and kept). */
const NAMED = /'(?:[^']|'')*'|"(?:[^"]|"")*"|(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g;

export function compileNamed(sql: string): CompiledSql {
  const names: string[] = [];
  const text = sql.replace(NAMED, (match, name: string | undefined) => {
    if (name === undefined) return match;
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, names };
}

/** The values of a compiled statement's parameters; a parameter without a value is an error, not a NULL. */
export function bind(compiled: CompiledSql, values: Record<string, unknown>): unknown[] {
  return compiled.names.map((name) => {
    if (!(name in values)) throw new Error(`No value for :${name}`);
    return values[name];
  });
}

/** Compiled statements by shape key; `build` runs once per key. Shapes are few (a key names flags, never values). */
export class SqlShapes {
  private readonly shapes = new Map<string, CompiledSql>();

  get(key: string, build: () => string): CompiledSql {
    let compiled = this.shapes.get(key);
    if (!compiled) this.shapes.set(key, (compiled = compileNamed(build())));
    return compiled;
  }
}
