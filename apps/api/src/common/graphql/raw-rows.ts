import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads an entity's columns as plain objects, without TypeORM's hydration (which costs more than the
 * query on a page of rows: per-column transformation, relation bookkeeping, entity instances). The
 * objects have the entity's property names and the values TypeORM would give them (a `date` as
 * 'YYYY-MM-DD' text, `numeric` and `bigint` as text), so the GraphQL mappers (`toServiceType` …) take
 * them as they take entities. For read paths only: nothing saves them back. Columns no GraphQL type
 * shows (NEVER_READ: search text, hashes) are left out of the objects.
 */
export interface RawReader<T> {
  /** `alias.column AS "<prefix>property", …` for a SELECT list. */
  select(alias: string, prefix?: string): string;
  /** The object of one result row (the columns selected with the same prefix). */
  read(row: Record<string, unknown>, prefix?: string): T;
}

/** Columns kept for searching, matching or signing in, never shown through the API: not read on read paths. */
export const NEVER_READ = new Set(['searchText', 'nationalIdHash', 'passwordHash']);

const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, RawReader<ObjectLiteral>>>>();

/**
 * The reader of `entity`'s columns, or of only `properties` (a read path that knows what its GraphQL
 * types show: the objects then have only those properties, and must not reach code expecting more).
 */
export function rawReader<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, properties?: ReadonlyArray<keyof T & string>): RawReader<T> {
  let cache = readers.get(dataSource);
  if (!cache) readers.set(dataSource, (cache = new Map()));
  let ofEntity = cache.get(entity);
  if (!ofEntity) cache.set(entity, (ofEntity = new Map()));
  const variant = properties ? properties.join(',') : '';
  const known = ofEntity.get(variant);
  if (known) return known as RawReader<T>;
  const wanted = (property: string) => (properties ? properties.includes(property) : !NEVER_READ.has(property));
  const columns = dataSource.getMetadata(entity).columns.filter((column) => wanted(column.propertyName)).map((column) => {
    if (column.embeddedMetadata || column.transformer) throw new Error(`rawReader: ${column.propertyName} needs TypeORM's hydration`);
    // pg parses `date` into a Date at local midnight; TypeORM (and the GraphQL types) use the text.
    const cast = column.type === 'date' ? '::text' : '';
    return { property: column.propertyName, sql: (alias: string) => `"${alias}"."${column.databaseName}"${cast}` };
  });
  // The row keys of each prefix, worked out once: reading a row is then one loop over (property, key) pairs.
  const keysByPrefix = new Map<string, Array<[property: string, key: string]>>();
  const keysOf = (prefix: string) => {
    let keys = keysByPrefix.get(prefix);
    if (!keys) keysByPrefix.set(prefix, (keys = columns.map((column) => [column.property, prefix + column.property])));
    return keys;
  };
  const read = (row: Record<string, unknown>, prefix: string): T => {
    const object: Record<string, unknown> = {};
    for (const [property, key] of keysOf(prefix)) object[property] = row[key];
    return object as T;
  };
  const reader: RawReader<T> = {
    select: (alias, prefix = '') => columns.map((column) => `${column.sql(alias)} AS "${prefix}${column.property}"`).join(', '),
    read: (row, prefix = '') => read(row, prefix),
  };
  if (properties && columns.length !== properties.length) throw new Error(`rawReader: not all of ${variant} are columns`);
  ofEntity.set(variant, reader as RawReader<ObjectLiteral>);
  return reader;
}
