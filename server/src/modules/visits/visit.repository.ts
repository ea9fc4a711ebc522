import type { FilterQuery } from '@mikro-orm/core';
import type { VisitKind } from '@tongxin/schema';
import { andWhere } from '../../common/authz.js';
import type { Page, PageArgs } from '../../common/connection.js';
import { ScopedRepository } from '../../common/scoped.repository.js';
import { officerSearchWhere } from '../officers/officer.repository.js';
import type { Visit } from './visit.entity.js';

/** A parsed visit filter: ids are numbers, dates an instant range. */
export interface VisitQuery {
  kind?: VisitKind | null;
  occurredAt?: { $gte?: Date; $lt?: Date } | null;
  pairingId?: number;
  branchId?: number;
  authorId?: number;
  menteeId?: number;
  acknowledged?: boolean | null;
  search?: string | null;
}

/** Visits' queries. */
export class VisitRepository extends ScopedRepository<Visit> {
  /** The visit an author already logged under a draft's key (a resent offline draft), if in scope. */
  findByClientKey(scope: FilterQuery<Visit> | null, authorId: number, clientKey: string): Promise<Visit | null> {
    return scope ? this.findOne(andWhere<Visit>(scope, { author: authorId, clientKey })) : Promise.resolve(null);
  }

  /** One page of the visits in scope matching the query, newest first. */
  page(scope: FilterQuery<Visit> | null, query: VisitQuery, args: PageArgs): Promise<Page<Visit>> {
    const parts: FilterQuery<Visit>[] = [];
    if (query.kind) parts.push({ kind: query.kind });
    if (query.occurredAt) parts.push({ occurredAt: query.occurredAt });
    if (query.pairingId) parts.push({ pairing: query.pairingId });
    if (query.branchId) parts.push({ branch: query.branchId });
    if (query.authorId) parts.push({ author: query.authorId });
    if (query.menteeId) parts.push({ mentee: query.menteeId });
    if (query.acknowledged != null) parts.push({ acknowledgedAt: query.acknowledged ? { $ne: null } : null });
    // Joined in the page's own statement: still one query, and only rows in scope are matched.
    const match = officerSearchWhere(query.search);
    if (match) parts.push({ mentee: match });
    return this.scopedPage(scope, parts, args, { occurredAt: 'desc' });
  }

  /** The FORUM contacts a forum gave its attending mentees' pairings. */
  ofForum(forumId: number): Promise<Visit[]> {
    return this.find({ forum: forumId }, { orderBy: { id: 'asc' } });
  }

  /** When the pairing's latest visit happened, if any (its contact bookkeeping). */
  async latestOccurredAt(pairingId: number): Promise<Date | null> {
    const [visit] = await this.find({ pairing: pairingId }, { orderBy: { occurredAt: 'desc' }, limit: 1 });
    return visit ? new Date(visit.occurredAt) : null;
  }
}
