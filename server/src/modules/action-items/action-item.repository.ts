import type { FilterQuery } from '@mikro-orm/core';
import { ActionItemStatus } from '@tongxin/schema';
import { andWhere } from '../../common/authz.js';
import type { Page, PageArgs } from '../../common/connection.js';
import { ScopedRepository } from '../../common/scoped.repository.js';
import { officerSearchWhere } from '../officers/officer.repository.js';
import type { ActionItem } from './action-item.entity.js';

/** A parsed action-item filter: ids are numbers; `today` decides what is overdue. */
export interface ActionItemQuery {
  ownerId?: number;
  pairingId?: number;
  visitId?: number;
  talkId?: number;
  status?: ActionItemStatus | null;
  overdue?: { value: boolean; today: string } | null;
  search?: string | null;
}

/** Action items' queries. */
export class ActionItemRepository extends ScopedRepository<ActionItem> {
  /** One page of the items in scope matching the query, soonest due first. */
  page(scope: FilterQuery<ActionItem> | null, query: ActionItemQuery, args: PageArgs): Promise<Page<ActionItem>> {
    const parts: FilterQuery<ActionItem>[] = [];
    if (query.ownerId) parts.push({ owner: query.ownerId });
    if (query.pairingId) parts.push({ pairing: query.pairingId });
    if (query.visitId) parts.push({ visit: query.visitId });
    if (query.talkId) parts.push({ talk: query.talkId });
    if (query.status) parts.push({ status: query.status });
    if (query.overdue) {
      const { value, today } = query.overdue;
      const overdue: FilterQuery<ActionItem> = { status: ActionItemStatus.OPEN, dueDate: { $lt: today } };
      parts.push(value ? overdue : { $or: [{ status: { $ne: ActionItemStatus.OPEN } }, { dueDate: { $gte: today } }] });
    }
    // Joined in the page's own statement: still one query, and only rows in scope are matched.
    const match = officerSearchWhere(query.search);
    if (match) parts.push({ $or: [{ owner: match }, { pairing: { mentee: match } }] });
    return this.scopedPage(scope, parts, args, { dueDate: 'asc' });
  }

  /**
   * The named items of a pairing that are in the viewer's read scope (any status: the caller
   * refuses what it may not close). An item outside the scope (a confidential talk's, for one who
   * may not read the talk) is not returned, as if it did not exist.
   */
  ofPairing(scope: FilterQuery<ActionItem> | null, pairingId: number, ids: number[]): Promise<ActionItem[]> {
    if (scope === null) return Promise.resolve([]);
    return this.find(andWhere<ActionItem>(scope, { id: { $in: ids }, pairing: pairingId }));
  }
}
