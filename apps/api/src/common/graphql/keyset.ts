import { Injectable, Module } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LIMITS } from '@shuraka/domain';
import { AppConfig } from '../../config/app-config';
import { countRows } from '../database/count';
import { AppError } from '../errors/app-error';
import { requiredSecret } from '../secrets';
import { LazyCount, type Page, type PaginationArgs } from './pagination';

/**
 * The order of one list. Keys are SQL expressions over the query's alias, most significant
 * first, all sorted in `direction`; the last must be unique (the id) so that the order is total.
 * Keys should not change once a row exists (`created_at`, `id`), or a changed row can move
 * across a page boundary; an index on exactly these expressions (after the list's usual
 * equality filters) serves the seek.
 */
export interface KeysetOrder {
  /** Names the list and its order; a cursor given out for another list or order is refused. */
  kind: string;
  direction: 'ASC' | 'DESC';
  keys: Array<{ sql: string; type: 'timestamptz' | 'uuid' | 'text' | 'bigint' | 'int' | 'date' }>;
  /** The entity's id column as TypeORM names it in raw results (`<alias>_id`). */
  idColumn: string;
}

const MAC_BYTES = 16;

/** A sort key as text that reads back exactly, whatever the session's DateStyle or TimeZone (ISO 8601; timestamps in UTC with microseconds). */
function asText(key: KeysetOrder['keys'][number]): string {
  if (key.type === 'timestamptz') return `to_char((${key.sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  if (key.type === 'date') return `to_char((${key.sql}), 'YYYY-MM-DD')`;
  return `(${key.sql})::text`;
}

/**
 * Counts the rows of `query` the first time it is called (a copy: the caller's query may change later),
 * exactly, as `count(*)` served by the list's index where it can (countRows).
 */
function lazyCount<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): LazyCount {
  const counted = query.clone();
  return new LazyCount(() => countRows(counted));
}

function badCursor(): AppError {
  return AppError.field('after', 'is not a cursor this list gave out', 'isCursor');
}

/**
 * Keyset (seek) pagination. A cursor carries the sort keys of the last row of a page, as
 * PostgreSQL printed them (no precision lost), and the list kind, MACed with a key derived from
 * the server secret: clients cannot forge, alter or move cursors between lists, and pages stay
 * stable while rows are inserted or changed between requests.
 */
/** Cursors remembered per process (a page re-read, the inbox polled): forgotten together when full. */
export const REMEMBERED_CURSORS = 4_096;

@Injectable()
export class Paginator {
  private readonly key: Buffer;
  /** payload → its cursor: the MAC of a payload never changes, so one computed is kept rather than computed again. */
  private readonly cursors = new Map<string, string>();

  constructor(config: AppConfig) {
    const secret = requiredSecret(config, 'JWT_SECRET');
    this.key = createHmac('sha256', secret).update('shuraka/page-cursor/v1').digest();
  }

  /**
   * One page of `query` (filtered, not yet ordered) after `args.after`, as entities, with the total over
   * all pages counted only if the client selects it (`totalCount` is a LazyCount).
   */
  async page<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, order: KeysetOrder, args: PaginationArgs): Promise<Page<T>> {
    const limit = args.first ?? LIMITS.pageSizeDefault;
    const seek = this.seek(query.clone(), order, args);
    const { entities, raw } = await seek.limit(limit + 1).getRawAndEntities();
    const keysOf = new Map<string, string[]>(
      (raw as Array<Record<string, unknown>>).map((row) => [String(row[order.idColumn]), order.keys.map((_, index) => String(row[`keyset_${index}`]))]),
    );
    const edges = entities.slice(0, limit).map((node) => ({ node, cursor: this.encode(order.kind, keysOf.get(String(node.id))!) }));
    return this.connection(query, edges, entities.length > limit);
  }

  /**
   * The keyset parts of a page statement written as SQL text with named parameters (compiled once per
   * shape: SqlShapes), for read paths that skip the query builder: `keys` for the SELECT list (the
   * cursor's sort keys, `keyset_<i>`), `seek` (null on a first page) for the WHERE clause, `orderBy`
   * (over `alias.` keys as written in the order, or over the SELECT list's names when `outer` maps
   * them) and `limit` (`:keyset_limit`). Bind them with keysetValues.
   */
  keysetSql(order: KeysetOrder, firstPage: boolean): { keys: string; seek: string | null; orderBy: (outer?: (sql: string) => string) => string; limit: string } {
    const keys = order.keys.map((key, index) => `${asText(key)} AS "keyset_${index}"`).join(', ');
    const seek = firstPage
      ? null
      : `(${order.keys.map((key) => key.sql).join(', ')}) ${order.direction === 'DESC' ? '<' : '>'} (${order.keys.map((key, index) => `CAST(:keyset_after_${index} AS ${key.type})`).join(', ')})`;
    const orderBy = (outer: (sql: string) => string = (sql) => sql) => order.keys.map((key) => `${outer(key.sql)} ${order.direction}`).join(', ');
    return { keys, seek, orderBy, limit: ':keyset_limit' };
  }

  /** The values of keysetSql's parameters for `args` (the cursor decoded and checked), the page size, and whether it is a first page. */
  keysetValues(order: KeysetOrder, args: PaginationArgs): { values: Record<string, unknown>; limit: number; firstPage: boolean } {
    const limit = args.first ?? LIMITS.pageSizeDefault;
    const after = args.after === undefined || args.after === null ? null : this.decode(args.after, order);
    const values: Record<string, unknown> = { keyset_limit: limit + 1 };
    after?.forEach((value, index) => (values[`keyset_after_${index}`] = value));
    return { values, limit, firstPage: after === null };
  }

  /** The page of raw rows read with keysetSql (`limit` + 1 of them at most), the total counted by `count` only if selected. */
  rawPage<R>(rows: Array<Record<string, unknown>>, order: KeysetOrder, limit: number, read: (row: Record<string, unknown>) => R, count: () => Promise<number>): Page<R> {
    const shown = Math.min(rows.length, limit);
    const edges = new Array<{ node: R; cursor: string }>(shown);
    for (let index = 0; index < shown; index += 1) {
      const row = rows[index];
      edges[index] = { node: read(row), cursor: this.encode(order.kind, order.keys.map((_, key) => String(row[`keyset_${key}`]))) };
    }
    return {
      totalCount: new LazyCount(count),
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: shown > 0 ? edges[shown - 1].cursor : null },
    };
  }

  private seek<T extends ObjectLiteral>(seek: SelectQueryBuilder<T>, order: KeysetOrder, args: PaginationArgs): SelectQueryBuilder<T> {
    const after = args.after === undefined || args.after === null ? null : this.decode(args.after, order);
    order.keys.forEach((key, index) => seek.addSelect(asText(key), `keyset_${index}`));
    if (after) {
      const columns = order.keys.map((key) => key.sql).join(', ');
      const values = order.keys.map((key, index) => `CAST(:keyset_after_${index} AS ${key.type})`).join(', ');
      const params = Object.fromEntries(after.map((value, index) => [`keyset_after_${index}`, value]));
      seek.andWhere(`(${columns}) ${order.direction === 'DESC' ? '<' : '>'} (${values})`, params);
    }
    order.keys.forEach((key, index) => (index === 0 ? seek.orderBy(key.sql, order.direction) : seek.addOrderBy(key.sql, order.direction)));
    return seek;
  }

  private connection<N, T extends ObjectLiteral>(query: SelectQueryBuilder<T>, edges: Array<{ node: N; cursor: string }>, hasNextPage: boolean): Page<N> {
    return {
      totalCount: lazyCount(query),
      edges,
      pageInfo: { hasNextPage, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null },
    };
  }

  encode(kind: string, values: string[]): string {
    const payload = Buffer.from(JSON.stringify([kind, values])).toString('base64url');
    const known = this.cursors.get(payload);
    if (known !== undefined) return known;
    const cursor = `${payload}.${this.mac(payload).toString('base64url')}`;
    if (this.cursors.size >= REMEMBERED_CURSORS) this.cursors.clear();
    this.cursors.set(payload, cursor);
    return cursor;
  }

  /** The sort keys in a cursor of this list; BAD_USER_INPUT on `after` for anything else. */
  decode(cursor: string, order: Pick<KeysetOrder, 'kind' | 'keys'>): string[] {
    const [payload, mac, ...rest] = cursor.split('.');
    if (!payload || !mac || rest.length > 0) throw badCursor();
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== MAC_BYTES || !timingSafeEqual(given, this.mac(payload))) throw badCursor();
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw badCursor();
    }
    if (!Array.isArray(decoded) || decoded[0] !== order.kind) throw badCursor();
    const values: unknown = decoded[1];
    if (!Array.isArray(values) || values.length !== order.keys.length || !values.every((value) => typeof value === 'string')) throw badCursor();
    return values as string[];
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, MAC_BYTES);
  }
}

/** Import where a service pages a list. */
@Module({ providers: [Paginator], exports: [Paginator] })
export class PaginationModule {}
