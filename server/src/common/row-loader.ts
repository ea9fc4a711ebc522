import { type EntityManager, type EntityName, type FilterQuery, Utils } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { readRows } from './plain-rows.js';

/**
 * Related records by id as rows (see plain-rows.ts), batched per type: every officer a page names
 * (mentees, owners, authors) in one statement. Rows a list already read are primed here, so a
 * relation back to them (an item's pairing) costs nothing. One per request (`ctx.loaders.rows`);
 * a mutation starts it afresh, since the records it changed must be read again.
 */
export class RowLoader {
  private loaders = new Map<string, DataLoader<number, object | null>>();

  constructor(private readonly em: EntityManager) {}

  private loaderOf<T extends object>(entity: EntityName<T>): DataLoader<number, T | null> {
    const name = Utils.className(entity);
    let loader = this.loaders.get(name) as DataLoader<number, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<number, T | null>(async (ids) => {
        const rows = await readRows(this.em, entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
        const byId = new Map(rows.map((r) => [(r as { id: number }).id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(name, loader as DataLoader<number, object | null>);
    }
    return loader;
  }

  /** The record with this id, or null when there is none (the caller judges whether the viewer may read it). */
  load<T extends object>(entity: EntityName<T>, id: number | null): Promise<T | null> {
    return id == null ? Promise.resolve(null) : this.loaderOf(entity).load(id);
  }

  /** As load, for a relation that always exists (a non-null foreign key). */
  async get<T extends object>(entity: EntityName<T>, id: number | null): Promise<T> {
    const row = await this.load(entity, id);
    if (!row) throw new Error(`${Utils.className(entity)} ${id} not found`);
    return row;
  }

  /** Rows (or entities) a list read: later loads of them by id answer from here. */
  prime<T extends { id: number }>(entity: EntityName<T>, records: readonly T[]): void {
    const loader = this.loaderOf(entity);
    for (const r of records) loader.prime(r.id, r);
  }

  /** Forgets every record read so far (after a mutation). */
  clear(): void {
    this.loaders = new Map();
  }
}
