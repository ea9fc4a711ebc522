import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { ActionItem } from '../action-items/action-item.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { OutcomeReview } from '../reviews/outcome-review.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import type { ReportScope } from './report-scope.js';
import { num, runQuery, selectFrom, sqlDialect } from './sql-dialect.js';

/** Grouped rows, never records: every statement here is a GROUP BY over indexed columns. */
export interface PairingGroup {
  branchId: number;
  status: string;
  reason: string;
  count: number;
  overdue: number;
}
export interface ContactGroup {
  branchId: number;
  kind: string;
  month: string;
  count: number;
  acknowledged: number;
  sessions: number;
}
export interface ActionItemGroup {
  branchId: number;
  status: string;
  count: number;
  onTime: number;
  overdue: number;
}
export interface RatingGroup {
  month: string;
  rating: string;
  count: number;
}

/** The pairings whose planned span overlaps the period. */
export const overlapping = (scope: ReportScope) => ({
  startDate: { $lte: scope.to },
  plannedEndDate: { $gte: scope.from },
});

/**
 * The dashboard's grouped counts. A report repository, not an `EntityRepository`: its GROUP BY
 * statements span several tables and answer rows no entity owns, so it is a plain class built on
 * the request's EntityManager, like EvidenceRepository and LedgerRepository.
 */
export class DashboardRepository {
  private readonly d;
  private readonly knex: Knex;

  constructor(private readonly em: EntityManager) {
    this.d = sqlDialect(em);
    this.knex = this.d.knex;
  }

  async pairingGroups(where: FilterQuery<Pairing>, now: Date): Promise<PairingGroup[]> {
    const q = selectFrom(this.em, Pairing, 'p', where)
      .select(
        'p.branch_id',
        'p.status',
        'p.reason',
        this.knex.raw('count(*) as n'),
        this.knex.raw(`sum(case when p.status = 'ACTIVE' and p.next_contact_due < ? then 1 else 0 end) as overdue`, [
          this.d.instant(now),
        ]),
      )
      .groupBy('p.branch_id', 'p.status', 'p.reason');
    const rows = await runQuery(this.em, q);
    return rows.map((r) => ({
      branchId: num(r.branch_id),
      status: String(r.status),
      reason: String(r.reason),
      count: num(r.n),
      overdue: num(r.overdue),
    }));
  }

  /** Distinct mentees per branch, and over the whole scope (a mentee may have moved branch). */
  async menteeCounts(where: FilterQuery<Pairing>): Promise<{ total: number; byBranch: Map<number, number> }> {
    const active = { $and: [where, { status: { $ne: 'CANCELLED' } }] } as FilterQuery<Pairing>;
    const perBranch = selectFrom(this.em, Pairing, 'p', active)
      .select('p.branch_id', this.knex.raw('count(distinct p.mentee_id) as n'))
      .groupBy('p.branch_id');
    const total = selectFrom(this.em, Pairing, 'p', active).select(this.knex.raw('count(distinct p.mentee_id) as n'));
    const [rows, [sum]] = await Promise.all([runQuery(this.em, perBranch), runQuery(this.em, total)]);
    return { total: num(sum?.n), byBranch: new Map(rows.map((r) => [num(r.branch_id), num(r.n)])) };
  }

  async visitGroups(where: FilterQuery<Visit>): Promise<ContactGroup[]> {
    const month = this.d.month('v.occurred_at');
    const q = selectFrom(this.em, Visit, 'v', where)
      .select(
        'v.branch_id',
        'v.kind',
        this.knex.raw(`${month.toQuery()} as bucket`),
        this.knex.raw('count(*) as n'),
        this.knex.raw('count(v.acknowledged_at) as acked'),
        // A meeting with several mentees is logged once per pairing, at the same time.
        this.knex.raw('count(distinct v.occurred_at) as sessions'),
      )
      .groupBy('v.branch_id', 'v.kind', month);
    const rows = await runQuery(this.em, q);
    return rows.map((r) => ({
      branchId: num(r.branch_id),
      kind: String(r.kind),
      month: String(r.bucket),
      count: num(r.n),
      acknowledged: num(r.acked),
      sessions: num(r.sessions),
    }));
  }

  async talkGroups(where: FilterQuery<Talk>): Promise<ContactGroup[]> {
    const month = this.d.month('t.occurred_at');
    const q = selectFrom(this.em, Talk, 't', where)
      .select('t.branch_id', 't.kind', this.knex.raw(`${month.toQuery()} as bucket`), this.knex.raw('count(*) as n'))
      .groupBy('t.branch_id', 't.kind', month);
    const rows = await runQuery(this.em, q);
    return rows.map((r) => ({
      branchId: num(r.branch_id),
      kind: String(r.kind),
      month: String(r.bucket),
      count: num(r.n),
      acknowledged: 0,
      sessions: num(r.n),
    }));
  }

  async actionItemGroups(where: FilterQuery<ActionItem>, today: string): Promise<ActionItemGroup[]> {
    const closedOn = this.d.localDate('a.closed_at');
    const q = selectFrom(this.em, ActionItem, 'a', where)
      .select(
        'a.branch_id',
        'a.status',
        this.knex.raw('count(*) as n'),
        this.knex.raw(
          `sum(case when a.status = 'DONE' and a.closed_at is not null and ${closedOn} <= a.due_date then 1 else 0 end) as on_time`,
        ),
        this.knex.raw(`sum(case when a.status = 'OPEN' and a.due_date < ? then 1 else 0 end) as overdue`, [today]),
      )
      .groupBy('a.branch_id', 'a.status');
    const rows = await runQuery(this.em, q);
    return rows.map((r) => ({
      branchId: num(r.branch_id),
      status: String(r.status),
      count: num(r.n),
      onTime: num(r.on_time),
      overdue: num(r.overdue),
    }));
  }

  async ratingGroups(where: FilterQuery<OutcomeReview>): Promise<RatingGroup[]> {
    const month = this.d.month('r.created_at');
    const q = selectFrom(this.em, OutcomeReview, 'r', where)
      .select('r.rating', this.knex.raw(`${month.toQuery()} as bucket`), this.knex.raw('count(*) as n'))
      .groupBy('r.rating', month);
    const rows = await runQuery(this.em, q);
    return rows.map((r) => ({ month: String(r.bucket), rating: String(r.rating), count: num(r.n) }));
  }
}
