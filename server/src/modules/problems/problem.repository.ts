import type { FilterQuery } from '@mikro-orm/core';
import { ProblemStatus } from '@tongxin/schema';
import { andWhere } from '../../common/authz.js';
import type { Page, PageArgs } from '../../common/connection.js';
import { ScopedRepository } from '../../common/scoped.repository.js';
import { likeTerm } from '../pairings/pairing.repository.js';
import { Branch } from '../org/branch.entity.js';
import { ProblemCategory } from './problem-category.entity.js';
import { ProblemEvent } from './problem-event.entity.js';
import type { Problem } from './problem.entity.js';

/** Statuses in which a problem still waits for its owner: past its due date it is overdue. */
export const UNRESOLVED: readonly ProblemStatus[] = [ProblemStatus.OPEN, ProblemStatus.RECTIFYING];

/** A parsed problem filter: ids are numbers, `today` decides what is overdue. */
export interface ProblemQuery {
  status?: readonly ProblemStatus[] | null;
  categoryId?: number;
  ownerId?: number;
  ownerBranchId?: number;
  branchId?: number;
  forumId?: number;
  talkId?: number;
  visitId?: number;
  raisedAt?: { $gte?: Date; $lt?: Date } | null;
  overdue?: { value: boolean; today: string } | null;
  search?: string | null;
}

/** The WHERE of overdue problems as of `today` (a bureau-local date). */
export const overdueWhere = (today: string): FilterQuery<Problem> => ({
  status: { $in: [...UNRESOLVED] },
  dueDate: { $lt: today },
});

/** Problems' queries. */
export class ProblemRepository extends ScopedRepository<Problem> {
  findByClientKey(scope: FilterQuery<Problem> | null, createdById: number, clientKey: string): Promise<Problem | null> {
    return scope
      ? this.findOne(andWhere<Problem>(scope, { createdBy: createdById, clientKey }))
      : Promise.resolve(null);
  }

  /** One page of the problems in scope matching the query, latest raised first. */
  page(scope: FilterQuery<Problem> | null, query: ProblemQuery, args: PageArgs): Promise<Page<Problem>> {
    const parts: FilterQuery<Problem>[] = [];
    if (query.status?.length) parts.push({ status: { $in: [...query.status] } });
    if (query.categoryId) parts.push({ category: query.categoryId });
    if (query.ownerId) parts.push({ owner: query.ownerId });
    if (query.ownerBranchId) parts.push({ ownerBranch: query.ownerBranchId });
    if (query.branchId) parts.push({ branch: query.branchId });
    if (query.forumId) parts.push({ forum: query.forumId });
    if (query.talkId) parts.push({ talk: query.talkId });
    if (query.visitId) parts.push({ visit: query.visitId });
    if (query.raisedAt) parts.push({ raisedAt: query.raisedAt });
    if (query.overdue) {
      const { value, today } = query.overdue;
      parts.push(
        value
          ? overdueWhere(today)
          : { $or: [{ status: { $nin: [...UNRESOLVED] } }, { dueDate: null }, { dueDate: { $gte: today } }] },
      );
    }
    const term = query.search ? likeTerm(query.search) : '';
    if (term) parts.push({ text: { $like: `%${term}%` } });
    return this.scopedPage(scope, parts, args, { raisedAt: 'desc' });
  }

  /** The history of several problems in the order it was written; one statement. */
  eventsOf(problemIds: readonly number[]): Promise<ProblemEvent[]> {
    return this.em.find(
      ProblemEvent,
      { problem: { $in: [...problemIds] } },
      { populate: ['actor'], orderBy: { id: 'asc' } },
    );
  }

  /** The bureau's categories in their order. */
  categories(bureauId: number): Promise<ProblemCategory[]> {
    return this.em.find(ProblemCategory, { bureau: bureauId }, { orderBy: { position: 'asc', id: 'asc' } });
  }

  branchOfBureau(bureauId: number, id: number): Promise<Branch | null> {
    return this.em.findOne(Branch, { bureau: bureauId, id });
  }

  category(bureauId: number, id: number): Promise<ProblemCategory | null> {
    return this.em.findOne(ProblemCategory, { bureau: bureauId, id });
  }
}
