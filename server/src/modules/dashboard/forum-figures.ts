import { ProblemStatus } from '@tongxin/schema';
import type { AppContext } from '../../common/context.js';
import type { Forum } from '../forums/forum.entity.js';
import type { Branch } from '../org/branch.entity.js';
import type { Problem } from '../problems/problem.entity.js';
import { type ForumGroup, ForumFiguresRepository, type ProblemGroup } from './forum-figures.repository.js';
import { BranchProblems, CategoryProblems, MonthProblems, ProblemStats } from './forum-figures.types.js';
import { type ReportScope, readableIn } from './report-scope.js';

const count = <T extends { count: number }>(rows: T[], keep: (r: T) => boolean = () => true) =>
  rows.reduce((s, r) => (keep(r) ? s + r.count : s), 0);
const overdue = (rows: ProblemGroup[], keep: (r: ProblemGroup) => boolean = () => true) =>
  rows.reduce((s, r) => (keep(r) ? s + r.overdue : s), 0);
const is = (status: ProblemStatus) => (r: ProblemGroup) => r.status === status;

export interface ForumFigures {
  forumSessions: number;
  problems: ProblemStats;
  problemsByMonth: MonthProblems[];
  problemsByBranch: BranchProblems[];
  problemsByCategory: CategoryProblems[];
}

/**
 * 座谈会 N 场 and 征集问题 / 即知即改 / 已销号 / 逾期, from the forum and problem records the viewer may
 * read in the report's bureau or branch: forums held in the period, problems raised in it (by their
 * status now). Three statements whatever the scope.
 */
export async function forumFigures(
  ctx: AppContext,
  scope: ReportScope,
  branches: Branch[],
  months: { month: string; partial: boolean }[],
): Promise<ForumFigures> {
  const repo = new ForumFiguresRepository(ctx.em);
  const during = { $gte: scope.fromInstant, $lt: scope.toInstant };
  const forumWhere = readableIn<Forum>(ctx, 'Forum', scope, { occurredAt: during });
  const problemWhere = readableIn<Problem>(ctx, 'Problem', scope, { raisedAt: during });
  const [forums, problems, categories] = await Promise.all([
    forumWhere ? repo.forumGroups(forumWhere) : ([] as ForumGroup[]),
    problemWhere ? repo.problemGroups(problemWhere, scope.today) : ([] as ProblemGroup[]),
    ctx.services.problems.categories(scope.bureauId),
  ]);

  const stats = Object.assign(new ProblemStats(), {
    raised: count(problems),
    open: count(problems, is(ProblemStatus.OPEN)),
    fixedOnTheSpot: count(problems, is(ProblemStatus.FIXED_ON_THE_SPOT)),
    rectifying: count(problems, is(ProblemStatus.RECTIFYING)),
    closed: count(problems, is(ProblemStatus.CLOSED)),
    declined: count(problems, is(ProblemStatus.DECLINED)),
    overdue: overdue(problems),
  });
  const row = <T extends object>(
    target: T,
    keepForum: (r: ForumGroup) => boolean,
    keep: (r: ProblemGroup) => boolean,
  ) =>
    Object.assign(target, {
      forums: count(forums, keepForum),
      raised: count(problems, keep),
      fixedOnTheSpot: count(problems, (r) => keep(r) && r.status === ProblemStatus.FIXED_ON_THE_SPOT),
      closed: count(problems, (r) => keep(r) && r.status === ProblemStatus.CLOSED),
      overdue: overdue(problems, keep),
    });
  const byMonth = months.map(({ month, partial }) =>
    row(
      Object.assign(new MonthProblems(), { month, partial }),
      (r) => r.month === month,
      (r) => r.month === month,
    ),
  );
  // The branches of the report, then the committee's own forums (no branch) when there are any.
  const units: (Branch | null)[] = [...branches, null];
  const byBranch = units
    .map((branch) =>
      row(
        Object.assign(new BranchProblems(), { branch }),
        (r) => r.branchId === (branch?.id ?? null),
        (r) => r.branchId === (branch?.id ?? null),
      ),
    )
    .filter((r) => r.forums > 0 || r.raised > 0)
    .sort((a, b) => b.raised - a.raised || b.forums - a.forums);
  const byCategory = categories.map((category) =>
    Object.assign(new CategoryProblems(), {
      category,
      raised: count(problems, (r) => r.categoryId === category.id),
    }),
  );
  return {
    forumSessions: count(forums),
    problems: stats,
    problemsByMonth: byMonth,
    problemsByBranch: byBranch,
    problemsByCategory: byCategory,
  };
}
