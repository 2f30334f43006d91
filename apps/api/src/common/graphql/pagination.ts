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

export interface Page<T> {
  totalCount: number;
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
    totalCount: number;
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return ConnectionType;
}
