import type { EntityName, FilterQuery, QueryOrderMap, Ref } from '@mikro-orm/core';
import type { SubjectName } from '@tongxin/schema';
import DataLoader from 'dataloader';
import { andWhere, scopeWhere, subjectOf } from './authz.js';
import type { AppContext } from './context.js';

export interface HasManySpec<T extends object> {
  /** Distinguishes loaders of the same entity (the relation and any extra filter). */
  name: string;
  entity: EntityName<T>;
  subject: SubjectName;
  /** The property of T pointing at the parent. */
  foreignKey: keyof T & string;
  where?: FilterQuery<T>;
  orderBy: QueryOrderMap<T>;
}

/**
 * Nested lists (a visit's action items, a pairing's visits) for every parent of the current
 * level in one SQL statement per relation, scoped by the viewer's read rules like any top-level
 * list. One per request (`ctx.loaders.hasMany`), so its batches and caches die with the request.
 */
export class HasManyLoader {
  private readonly loaders = new Map<string, DataLoader<number, unknown[]>>();

  constructor(private readonly ctx: AppContext) {}

  load<T extends object>(spec: HasManySpec<T>, parentId: number): Promise<T[]> {
    let loader = this.loaders.get(spec.name) as DataLoader<number, T[]> | undefined;
    if (!loader) {
      loader = new DataLoader<number, T[]>((ids) => this.batch(spec, ids));
      this.loaders.set(spec.name, loader as DataLoader<number, unknown[]>);
    }
    return loader.load(parentId);
  }

  private async batch<T extends object>(spec: HasManySpec<T>, ids: readonly number[]): Promise<T[][]> {
    const scope = scopeWhere<T>(this.ctx.ability, 'read', spec.subject);
    if (scope === null) return ids.map(() => []);
    const parents = { [spec.foreignKey]: { $in: [...ids] } } as FilterQuery<T>;
    const where = andWhere<T>(scope, spec.where ? ({ $and: [parents, spec.where] } as FilterQuery<T>) : parents);
    const rows = await this.ctx.em.find(spec.entity, where, { orderBy: spec.orderBy });
    const byParent = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const ref = (row as Record<string, unknown>)[spec.foreignKey] as { id: number } | null | undefined;
      if (ref) byParent.get(ref.id)?.push(row);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  }
}

/** A related record, or null when the viewer may not read it (a handed-over pairing, a confidential talk). */
export async function readableOrNull<T extends object>(
  ctx: AppContext,
  subject: SubjectName,
  ref: Ref<T> | null | undefined,
): Promise<T | null> {
  if (!ref) return null;
  const record = (await ref.load({ dataloader: true })) as T | null;
  if (!record) return null;
  return ctx.ability.can('read', subjectOf(ctx, subject, record)) ? record : null;
}
