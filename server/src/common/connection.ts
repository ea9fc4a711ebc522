import {
  Cursor,
  type EntityManager,
  type EntityName,
  type FilterQuery,
  type FindOptions,
  type QueryOrderMap,
  Utils,
} from '@mikro-orm/core';
import { rowQuery, runRows } from './plain-rows.js';
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

/**
 * `first` of a nested list (a pairing's visits): without it a parent gets
 * `LIMITS.pageSizeDefault` rows, the size the query cost counts it at.
 */
@ArgsType()
export class NestedListArgs {
  @Field(() => Int, {
    nullable: true,
    description: `At most this many, 1..${LIMITS.pageSizeMax} (${LIMITS.pageSizeDefault} when not given)`,
  })
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  first?: number;
}

export const nestedFirst = (args: NestedListArgs) => args.first ?? LIMITS.pageSizeDefault;

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

/** The JSON kind a cursor holds for a property of each type (MikroORM writes dates as ISO strings). */
function cursorKind(type: string | undefined): 'number' | 'string' | 'date' | 'boolean' {
  const t = (type ?? '').toLowerCase();
  if (/int|number|decimal|float|double|bigint/.test(t)) return 'number';
  if (/date|time/.test(t)) return 'date';
  if (/bool/.test(t)) return 'boolean';
  return 'string';
}

/**
 * A cursor is a client's text: it must decode to one plain value per sort key, each of its
 * column's kind, or it is BAD_USER_INPUT naming `after`. Handed to the ORM unchecked, a decoded
 * `[{"$ne":null},1]` becomes an operator in the WHERE (and PostgreSQL fails on it).
 */
function checkCursor<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  order: QueryOrderMap<T>,
  after: string,
) {
  const invalid = () => badInput('after', 'INVALID_CURSOR');
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    throw invalid();
  }
  const keys = Object.keys(order);
  if (!Array.isArray(values) || values.length !== keys.length) throw invalid();
  const meta = em.getMetadata().find(entity as never);
  keys.forEach((key, i) => {
    const value: unknown = values[i];
    const prop = meta?.properties[key as never] as { type?: string; nullable?: boolean } | undefined;
    if (value === null && prop?.nullable && key !== 'id') return;
    const ok: Record<ReturnType<typeof cursorKind>, boolean> = {
      number: typeof value === 'number' && Number.isSafeInteger(value),
      string: typeof value === 'string' && value.length <= 200,
      // Cursor.decode revives ISO strings as Dates.
      date:
        (value instanceof Date && !Number.isNaN(value.getTime())) ||
        (typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value))),
      boolean: typeof value === 'boolean',
    };
    if (!ok[key === 'id' ? 'number' : cursorKind(prop?.type)]) throw invalid();
  });
}

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
  if (args.after) checkCursor(em, entity, order, args.after);
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

interface CursorDriver<T extends object> {
  processCursorOptions(
    meta: unknown,
    options: FindOptions<T>,
    orderBy: QueryOrderMap<T>,
  ): { orderBy: QueryOrderMap<T>[]; where: FilterQuery<T> };
}

/**
 * As paginate, with the page's records as rows (common/plain-rows.ts), not managed entities: for
 * lists that are only read. The same keyset, order and cursors as paginate (MikroORM's own cursor
 * condition and encoding), one statement for the page and one more for totalCount if asked.
 */
export async function paginateRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T> | null,
  args: PageArgs,
  orderBy: QueryOrderMap<T>,
): Promise<Page<T>> {
  if (where === null) return emptyPage();
  const first = args.first ?? LIMITS.pageSizeDefault;
  const order = { ...orderBy, id: (Object.values(orderBy)[0] as string) ?? 'desc' } as QueryOrderMap<T>;
  if (args.after) checkCursor(em, entity, order, args.after);
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  const options = { first, after: args.after ?? undefined, overfetch: true } as FindOptions<T> & { first: number };
  let keyset: { orderBy: QueryOrderMap<T>[]; where: FilterQuery<T> };
  try {
    // The driver's own keyset (protected in its typings): the very condition em.findByCursor adds.
    const driver = em.getDriver() as unknown as CursorDriver<T>;
    keyset = driver.processCursorOptions(meta, options, order);
  } catch (e) {
    if (args.after && e instanceof Error && /cursor/i.test(e.message)) throw badInput('after', 'INVALID_CURSOR');
    throw e;
  }
  const qb = rowQuery(em, entity).where(where as never);
  if (Object.keys(keyset.where).length) qb.andWhere(keyset.where as never);
  const rows = await runRows(em, qb.orderBy(keyset.orderBy as never).limit(options.limit!));
  const hasNextPage = rows.length > first;
  if (hasNextPage) rows.pop();
  const cursorOf = (row: T) => Cursor.for(meta, row as never, order);
  return {
    edges: rows.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage, endCursor: rows.length ? cursorOf(rows[rows.length - 1]) : null },
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
