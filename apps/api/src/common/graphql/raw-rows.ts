import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads an entity's columns as plain objects, without TypeORM's hydration (which costs more than the
 * query on a page of rows: per-column transformation, relation bookkeeping, entity instances). The
 * objects have the entity's property names and the values TypeORM would give them (a `date` as
 * 'YYYY-MM-DD' text, `numeric` and `bigint` as text), so the GraphQL mappers (`toServiceType` …) take
 * them as they take entities. For read paths only: nothing saves them back.
 */
export interface RawReader<T> {
  /** `alias.column AS "<prefix>property", …` for a SELECT list. */
  select(alias: string, prefix?: string): string;
  /** The object of one result row (the columns selected with the same prefix). */
  read(row: Record<string, unknown>, prefix?: string): T;
}

const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, RawReader<ObjectLiteral>>>();

export function rawReader<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>): RawReader<T> {
  let cache = readers.get(dataSource);
  if (!cache) readers.set(dataSource, (cache = new Map()));
  const known = cache.get(entity);
  if (known) return known as RawReader<T>;
  const columns = dataSource.getMetadata(entity).columns.map((column) => {
    if (column.embeddedMetadata || column.transformer) throw new Error(`rawReader: ${column.propertyName} needs TypeORM's hydration`);
    // pg parses `date` into a Date at local midnight; TypeORM (and the GraphQL types) use the text.
    const cast = column.type === 'date' ? '::text' : '';
    return { property: column.propertyName, sql: (alias: string) => `"${alias}"."${column.databaseName}"${cast}` };
  });
  const reader: RawReader<T> = {
    select: (alias, prefix = '') => columns.map((column) => `${column.sql(alias)} AS "${prefix}${column.property}"`).join(', '),
    read: (row, prefix = '') => {
      const out: Record<string, unknown> = {};
      for (const column of columns) out[column.property] = row[prefix + column.property];
      return out as T;
    },
  };
  cache.set(entity, reader as RawReader<ObjectLiteral>);
  return reader;
}
