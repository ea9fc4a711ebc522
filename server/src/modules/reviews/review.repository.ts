import type { FilterQuery } from '@mikro-orm/core';
import { andWhere, scopeWhere } from '../../common/authz.js';
import { type Page, type PageArgs, paginate } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { OutcomeReview } from './outcome-review.entity.js';

/** Pairings in review the viewer may review, oldest submission first. */
export function reviewQueuePage(ctx: AppContext, args: PageArgs): Promise<Page<Pairing>> {
  const scope = scopeWhere<Pairing>(ctx.ability, 'review', 'Pairing');
  const where = scope === null ? null : andWhere<Pairing>(scope, { status: 'IN_REVIEW' });
  return paginate(ctx.em, Pairing, where, args, { submittedAt: 'asc' });
}

/** Reviews the viewer may read, of one branch or all, newest first. */
export function outcomeReviewsPage(
  ctx: AppContext,
  branchId: number | null,
  args: PageArgs,
): Promise<Page<OutcomeReview>> {
  const scope = scopeWhere<OutcomeReview>(ctx.ability, 'read', 'OutcomeReview');
  const filter = (branchId ? { branch: branchId } : {}) as FilterQuery<OutcomeReview>;
  const where = scope === null ? null : andWhere<OutcomeReview>(scope, filter);
  return paginate(ctx.em, OutcomeReview, where, args, { createdAt: 'desc' });
}
