import { Type as ClassType } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { LIMITS } from '@shuraka/domain';

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

/**
 * The total over all pages, counted only when asked for: a thenable that starts its count when GraphQL
 * awaits it, that is when `totalCount` is selected (Nest's field resolvers return the property as it
 * is, so a function would not be called). Counted at most once; spreading a page copies it uncounted.
 */
export class LazyCount implements PromiseLike<number> {
  private total?: Promise<number>;

  constructor(private readonly count: () => Promise<number>) {}

  then<A = number, B = never>(onFulfilled?: ((value: number) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return (this.total ??= this.count()).then(onFulfilled, onRejected);
  }
}

export interface Page<T> {
  /** A number, or (Paginator) a LazyCount. */
  totalCount: number | PromiseLike<number>;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
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
    totalCount: number | PromiseLike<number>;
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return ConnectionType;
}
