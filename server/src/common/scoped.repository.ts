import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { EntityRepository } from '@mikro-orm/knex';
import { andWhere } from './authz.js';
import { type Page, type PageArgs, paginate, paginateRows } from './connection.js';

/**
 * A repository whose lists are scoped by the viewer's rules: every read takes the scope
 * (`scopeWhere`), null meaning the viewer may read none of them.
 */
export class ScopedRepository<T extends object> extends EntityRepository<T> {
  /** One page of the records in scope matching every part, in one statement (plus one if counted). */
  protected scopedPage(
    scope: FilterQuery<T> | null,
    parts: FilterQuery<T>[],
    args: PageArgs,
    orderBy: QueryOrderMap<T>,
  ): Promise<Page<T>> {
    const where = scope === null ? null : andWhere<T>(scope, parts.length ? ({ $and: parts } as FilterQuery<T>) : {});
    return paginate(this.em, this.entityName, where, args, orderBy);
  }

  /** As scopedPage, with the records as rows (see common/plain-rows.ts): for lists that are only read. */
  protected scopedRowPage(
    scope: FilterQuery<T> | null,
    parts: FilterQuery<T>[],
    args: PageArgs,
    orderBy: QueryOrderMap<T>,
  ): Promise<Page<T>> {
    const where = scope === null ? null : andWhere<T>(scope, parts.length ? ({ $and: parts } as FilterQuery<T>) : {});
    return paginateRows(this.em, this.entityName, where, args, orderBy);
  }
}
