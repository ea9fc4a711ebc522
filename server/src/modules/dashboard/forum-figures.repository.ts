import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { ProblemStatus } from '@tongxin/schema';
import { Forum } from '../forums/forum.entity.js';
import { Problem } from '../problems/problem.entity.js';
import { num, runQuery, selectFrom, sqlDialect } from './sql-dialect.js';

/** Forums held per organiser (null: the committee's) and month. */
export interface ForumGroup {
  branchId: number | null;
  month: string;
  count: number;
}
/** Problems raised per branch (null: at a committee forum), month, category and status. */
export interface ProblemGroup {
  branchId: number | null;
  month: string;
  categoryId: number;
  status: ProblemStatus;
  count: number;
  overdue: number;
}

const nullableId = (v: unknown) => (v == null ? null : num(v));

/** The dashboard's forum and problem counts: two GROUP BY statements over indexed columns. */
export class ForumFiguresRepository {
  private readonly d;

  constructor(private readonly em: EntityManager) {
    this.d = sqlDialect(em);
  }

  async forumGroups(where: FilterQuery<Forum>): Promise<ForumGroup[]> {
    const month = this.d.month('f.occurred_at');
    const q = selectFrom(this.em, Forum, 'f', where)
      .select('f.branch_id', this.d.knex.raw(`${month.toQuery()} as bucket`), this.d.knex.raw('count(*) as n'))
      .groupBy('f.branch_id', month);
    const rows = await runQuery(this.em, q);
    return rows.map((r) => ({ branchId: nullableId(r.branch_id), month: String(r.bucket), count: num(r.n) }));
  }

  /** `today` (bureau-local) decides overdue: OPEN or RECTIFYING with an earlier due date. */
  async problemGroups(where: FilterQuery<Problem>, today: string): Promise<ProblemGroup[]> {
    const month = this.d.month('p.raised_at');
    const q = selectFrom(this.em, Problem, 'p', where)
      .select(
        'p.branch_id',
        'p.category_id',
        'p.status',
        this.d.knex.raw(`${month.toQuery()} as bucket`),
        this.d.knex.raw('count(*) as n'),
        this.d.knex.raw(`sum(case when p.status in (?, ?) and p.due_date < ? then 1 else 0 end) as overdue`, [
          ProblemStatus.OPEN,
          ProblemStatus.RECTIFYING,
          today,
        ]),
      )
      .groupBy('p.branch_id', 'p.category_id', 'p.status', month);
    const rows = await runQuery(this.em, q);
    return rows.map((r) => ({
      branchId: nullableId(r.branch_id),
      categoryId: num(r.category_id),
      status: String(r.status) as ProblemStatus,
      month: String(r.bucket),
      count: num(r.n),
      overdue: num(r.overdue),
    }));
  }
}
