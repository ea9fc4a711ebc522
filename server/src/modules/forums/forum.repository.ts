import type { FilterQuery } from '@mikro-orm/core';
import type { ForumKind } from '@tongxin/schema';
import { andWhere } from '../../common/authz.js';
import type { Page, PageArgs } from '../../common/connection.js';
import { ScopedRepository } from '../../common/scoped.repository.js';
import { likeTerm } from '../pairings/pairing.repository.js';
import { ForumAttendance } from './forum-attendance.entity.js';
import type { Forum } from './forum.entity.js';

/** A parsed forum filter: ids are numbers, dates an instant range. */
export interface ForumQuery {
  kind?: ForumKind | null;
  occurredAt?: { $gte?: Date; $lt?: Date } | null;
  branchId?: number;
  hostId?: number;
  /** Forums this officer is listed at (present or absent). */
  attendeeId?: number;
  /** Committee forums of the bureau only (no branch). */
  bureauOnly?: boolean | null;
  search?: string | null;
}

/** Forums' queries. */
export class ForumRepository extends ScopedRepository<Forum> {
  findByClientKey(scope: FilterQuery<Forum> | null, createdById: number, clientKey: string): Promise<Forum | null> {
    return scope ? this.findOne(andWhere<Forum>(scope, { createdBy: createdById, clientKey })) : Promise.resolve(null);
  }

  /** One page of the forums in scope matching the query, latest first. */
  page(scope: FilterQuery<Forum> | null, query: ForumQuery, args: PageArgs): Promise<Page<Forum>> {
    const parts: FilterQuery<Forum>[] = [];
    if (query.kind) parts.push({ kind: query.kind });
    if (query.occurredAt) parts.push({ occurredAt: query.occurredAt });
    if (query.branchId) parts.push({ branch: query.branchId });
    if (query.bureauOnly) parts.push({ branch: null });
    if (query.hostId) parts.push({ host: query.hostId });
    if (query.attendeeId) {
      // A subquery, not a join: a forum is one row whatever its attendance.
      const listed = this.em
        .createQueryBuilder(ForumAttendance, 'fa')
        .select('fa.forum')
        .where({ officer: query.attendeeId });
      parts.push({ id: { $in: listed.getKnexQuery() } } as unknown as FilterQuery<Forum>);
    }
    const term = query.search ? likeTerm(query.search) : '';
    if (term) parts.push({ title: { $like: `%${term}%` } });
    return this.scopedPage(scope, parts, args, { occurredAt: 'desc' });
  }

  /** The attendance of several forums, each officer loaded; one statement. */
  attendancesOf(forumIds: readonly number[]): Promise<ForumAttendance[]> {
    return this.em.find(
      ForumAttendance,
      { forum: { $in: [...forumIds] } },
      { populate: ['officer'], orderBy: { id: 'asc' } },
    );
  }

  /** Forums the officer was present at (the rules let them read those). */
  async attendedForumIds(officerId: number): Promise<number[]> {
    const rows = await this.em.find(ForumAttendance, { officer: officerId, present: true }, { fields: ['forum'] });
    return rows.map((r) => r.forum.id);
  }
}
