import { Type as ClassType } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { LIMITS } from '@shuraka/domain';
import { AppError } from '../errors/app-error';

@ObjectType({ description: 'Relay page information' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; pass it as `after`' })
  endCursor: string | null;
}

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { nullable: true, description: `Page size: default ${LIMITS.pageSizeDefault}, at most ${LIMITS.pageSizeMax}` })
  @IsOptional() @IsInt() @Min(0) @Max(LIMITS.pageSizeMax)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (an `endCursor`)' })
  @IsOptional() @IsString()
  after?: string;
}

export interface Page<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
}

export interface Window {
  offset: number;
  limit: number;
}

const encode = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

/** Turns `first`/`after` into an offset window; cursors are opaque to clients. */
export function toWindow(args: PaginationArgs): Window {
  const limit = args.first ?? LIMITS.pageSizeDefault;
  if (!args.after) return { offset: 0, limit };
  const decoded = Buffer.from(args.after, 'base64url').toString();
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw AppError.field('after', 'is not a cursor this API gave out', 'isCursor');
  return { offset: Number(match[1]) + 1, limit };
}

export function toPage<T>(nodes: T[], totalCount: number, window: Window): Page<T> {
  const edges = nodes.map((node, index) => ({ cursor: encode(window.offset + index), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: window.offset + nodes.length < totalCount,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}

/** Declares `<Name>Edge` and `<Name>Connection` for a node type. */
export function Connection<T>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection)` })
  class ConnectionType implements Page<T> {
    @Field(() => Int, { description: 'Items matching the filter, over all pages' })
    totalCount: number;
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return ConnectionType;
}
