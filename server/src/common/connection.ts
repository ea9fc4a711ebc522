import { Cursor, type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { LIMITS } from '@tongxin/schema';
import { Max, Min, MaxLength } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { guardedByParent } from './decisions.js';
import { badInput } from './errors.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1..${LIMITS.pageSizeMax}` })
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  first?: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @MaxLength(500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
guardedByParent('PageInfo', 'Describes a page of a list that is already scoped.');

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

export interface ConnectionClass<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** `<Name>Connection` and `<Name>Edge` types for a node type (Relay cursor connection). */
export function connectionOf<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    /** Counted only when asked for: one extra statement. */
    @Field(() => Int, { description: 'Number of records the viewer may see with this filter' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  guardedByParent(`${name}Edge`, 'An edge of a list scoped in SQL by the viewer’s rules.');
  guardedByParent(`${name}Connection`, 'A list scoped in SQL by the viewer’s rules.');
  return Connection;
}

export const emptyPage = <T>(): Page<T> => ({
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: async () => 0,
});

/**
 * One page of `entity` matching `where` (already combined with the viewer's scope), ordered by
 * `orderBy` plus id for a stable keyset. One statement for the page, one more for totalCount if
 * the client asks for it.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T> | null,
  args: PageArgs,
  orderBy: QueryOrderMap<T>,
): Promise<Page<T>> {
  if (where === null) return emptyPage();
  const first = args.first ?? LIMITS.pageSizeDefault;
  const order = { ...orderBy, id: (Object.values(orderBy)[0] as string) ?? 'desc' } as QueryOrderMap<T>;
  if (args.after) {
    try {
      Cursor.decode(args.after);
    } catch {
      throw badInput('after', 'INVALID_CURSOR');
    }
  }
  let cursor: Cursor<T, never, '*', never, false>;
  try {
    cursor = await em.findByCursor(entity, where, {
      first,
      after: args.after ?? undefined,
      orderBy: order,
      includeCount: false,
    });
  } catch (e) {
    if (args.after && e instanceof Error && /cursor/i.test(e.message)) {
      throw badInput('after', 'INVALID_CURSOR');
    }
    throw e;
  }
  return {
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node), node })),
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount: () => em.count(entity, where),
  };
}

/** Wrap a page into the connection class instance type-graphql resolves. */
export function toConnection<T extends object, C extends ConnectionClass<T>>(cls: new () => C, page: Page<T>): C {
  const c = new cls() as C & { count: () => Promise<number> };
  c.edges = page.edges;
  c.pageInfo = page.pageInfo;
  c.count = page.totalCount;
  return c;
}
