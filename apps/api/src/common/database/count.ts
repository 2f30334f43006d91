import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The number of rows a list query selects, exactly. TypeORM's `getCount()` writes
 * `COUNT(DISTINCT id)`, which PostgreSQL computes by sorting or hashing every id (over a million
 * rows at a national programme's volume); without joins every row is already distinct, so a plain
 * `count(*)` says the same and is answered from the list's index alone (an index-only scan over
 * the visibility columns, the visibility map kept by autovacuum). With joins, which could repeat
 * a row, `getCount()` as before.
 */
export async function countRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<number> {
  if (query.expressionMap.joinAttributes.length > 0) return query.clone().getCount();
  const row = await query.clone().select('count(*)::int', 'count').orderBy().offset(undefined).limit(undefined).getRawOne<{ count: number }>();
  return row?.count ?? 0;
}
