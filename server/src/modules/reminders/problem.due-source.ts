import { NotificationKind, ProblemStatus, Role } from '@tongxin/schema';
import type { FilterQuery } from '@mikro-orm/core';
import { Problem } from '../problems/problem.entity.js';
import { daysBetween, localDate } from './due-dates.js';
import type { DueContext, DueItem, DueSource } from './due-sources.js';

// A problem's text may be sensitive and an entry may travel in a digest: an entry names the
// problem by its number and category only.
const STILL_OPEN = [ProblemStatus.OPEN, ProblemStatus.RECTIFYING];

async function overdueProblems(
  ctx: DueContext,
  owner: { ownerBranch: number } | { owner: number },
): Promise<DueItem[]> {
  const today = localDate(ctx.now);
  const where = ctx.scoped<Problem>('Problem', {
    ...owner,
    status: { $in: STILL_OPEN },
    dueDate: { $lt: today },
  } as FilterQuery<Problem>);
  if (!where) return [];
  const rows = await ctx.em.find(Problem, where, {
    populate: ['category'],
    strategy: 'joined',
    orderBy: { dueDate: 'asc', id: 'asc' },
  });
  return rows.map((p) => ({
    kind: NotificationKind.PROBLEM_OVERDUE,
    subjectType: 'Problem',
    subjectId: p.id,
    label: `#${p.id} ${p.category.unwrap().name}`,
    dueDate: p.dueDate ?? null,
    overdue: true,
    count: p.dueDate ? Math.max(daysBetween(p.dueDate, today), 0) : null,
    link: `/problems/${p.id}`,
  }));
}

/** Problems owned by the secretary's branch that are past their due date and not yet closed. */
const branchProblemOverdue: DueSource = {
  kind: NotificationKind.PROBLEM_OVERDUE,
  role: Role.SECRETARY,
  collect: (ctx) => overdueProblems(ctx, { ownerBranch: ctx.viewer.branchId ?? 0 }),
};

/** Problems the viewer owns in person that are past their due date and not yet closed. */
const ownProblemOverdue: DueSource = {
  kind: NotificationKind.PROBLEM_OVERDUE,
  role: Role.OFFICER,
  collect: (ctx) => overdueProblems(ctx, { owner: ctx.viewer.officerId ?? 0 }),
};

export const problemSources: readonly DueSource[] = [branchProblemOverdue, ownProblemOverdue];
