import type { EntityManager, EntityName, FilterQuery, QueryOrderMap, Ref } from '@mikro-orm/core';
import { Utils, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { SubjectName } from '@tongxin/schema';
import DataLoader from 'dataloader';
import { andWhere, scopeWhere, subjectOf } from './authz.js';
import { readRows, refId } from './plain-rows.js';
import type { AppContext } from './context.js';

export interface HasManySpec<T extends object> {
  /** Distinguishes loaders of the same entity (the relation and any extra filter). */
  name: string;
  entity: EntityName<T>;
  subject: SubjectName;
  /** The property of T pointing at the parent. */
  foreignKey: keyof T & string;
  where?: FilterQuery<T>;
  /** Also decides which rows are the first `first` of each parent; end it with the id so ties are stable. */
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>>;
}

/**
 * Nested lists (a visit's action items, a pairing's visits) for every parent of the current
 * level in one SQL statement per relation, scoped by the viewer's read rules like any top-level
 * list. With `first`, each parent gets at most that many rows, cut in SQL per parent (a window
 * function), so a page of pairings never loads every visit to show the last five. One per
 * request (`ctx.loaders.hasMany`), so its batches and caches die with the request.
 */
export class HasManyLoader {
  private readonly loaders = new Map<string, DataLoader<number, unknown[]>>();

  constructor(private readonly ctx: AppContext) {}

  load<T extends object>(spec: HasManySpec<T>, parentId: number, first?: number | null): Promise<T[]> {
    // Parents asking for different page sizes are different statements; equal ones share one.
    const key = first == null ? spec.name : `${spec.name}#${first}`;
    let loader = this.loaders.get(key) as DataLoader<number, T[]> | undefined;
    if (!loader) {
      loader = new DataLoader<number, T[]>((ids) => this.batch(spec, ids, first ?? undefined));
      this.loaders.set(key, loader as DataLoader<number, unknown[]>);
    }
    return loader.load(parentId);
  }

  private async batch<T extends object>(spec: HasManySpec<T>, ids: readonly number[], first?: number): Promise<T[][]> {
    const scope = scopeWhere<T>(this.ctx.ability, 'read', spec.subject);
    if (scope === null) return ids.map(() => []);
    const parents = { [spec.foreignKey]: { $in: [...ids] } } as FilterQuery<T>;
    const where = andWhere<T>(scope, spec.where ? ({ $and: [parents, spec.where] } as FilterQuery<T>) : parents);
    // Rows, not managed entities (common/plain-rows.ts): a nested list is only read.
    const rows =
      first === undefined
        ? await readRows(this.ctx.em, spec.entity, where, { orderBy: spec.orderBy as QueryOrderMap<T> })
        : await firstPerParent(this.ctx.em, spec, where, first);
    const byParent = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const parent = refId((row as Record<string, unknown>)[spec.foreignKey] as number | null | undefined);
      if (parent != null) byParent.get(parent)?.push(row);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  }
}

/**
 * The first `first` rows of each parent in `spec.orderBy`, among those `where` admits, in one
 * statement: the ids are ranked per parent with `row_number() over (partition by …)` (SQLite and
 * PostgreSQL alike) and only the ranks up to `first` are read.
 */
async function firstPerParent<T extends object>(
  em: EntityManager,
  spec: HasManySpec<T>,
  where: FilterQuery<T>,
  first: number,
): Promise<T[]> {
  const top = firstIdsPerParent(em, spec.entity, spec.foreignKey, spec.orderBy, where, first);
  return readRows(em, spec.entity, { id: { $in: top } } as unknown as FilterQuery<T>, {
    orderBy: spec.orderBy as QueryOrderMap<T>,
  });
}

/**
 * A subquery of the ids of the first `first` rows of each parent (`foreignKey`) in `orderBy` among
 * those `where` admits: ranked with `row_number() over (partition by …)`, or with `rank()` when
 * rows tied at the cut must all come (the caller then orders and cuts them itself).
 */
export function firstIdsPerParent<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  foreignKey: string,
  orderBy: Partial<Record<string, 'asc' | 'desc'>>,
  where: FilterQuery<T>,
  first: number,
  ranking: 'row_number' | 'rank' = 'row_number',
) {
  const sqlEm = em as SqlEntityManager;
  const props = em.getMetadata().get<T>(Utils.className(entity)).properties as Record<string, { fieldNames: string[] }>;
  // Column names from the entity's metadata, never from input.
  const column = (prop: string) => `"r"."${props[prop].fieldNames[0]}"`;
  const order = Object.entries(orderBy)
    .map(([prop, dir]) => `${column(prop)} ${dir === 'desc' ? 'desc' : 'asc'}`)
    .join(', ');
  const ranked = sqlEm
    .createQueryBuilder(entity, 'r')
    .select(['r.id', raw(`${ranking}() over (partition by ${column(foreignKey)} order by ${order}) as "rank"`)])
    .where(where)
    .getKnexQuery();
  return sqlEm.getKnex().select('t.id').from(ranked.as('t')).where('t.rank', '<=', first);
}

/**
 * A related record (as a row), or null when the viewer may not read it (a handed-over pairing, a
 * confidential talk). `ref` is the relation as an entity or a row holds it.
 */
export async function readableOrNull<T extends object>(
  ctx: AppContext,
  entity: EntityName<T>,
  subject: SubjectName,
  ref: Ref<T> | number | null | undefined,
): Promise<T | null> {
  const record = await ctx.loaders.rows.load(entity, refId(ref as { id: number } | number | null | undefined));
  if (!record) return null;
  return ctx.ability.can('read', subjectOf(ctx, subject, record)) ? record : null;
}
