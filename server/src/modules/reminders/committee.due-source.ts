import { type FilterQuery, type QBFilterQuery, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { NotificationKind, PairingStatus, Role } from '@tongxin/schema';
import { Branch } from '../org/branch.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { localDate } from './due-dates.js';
import type { DueContext, DueItem, DueSource } from './due-sources.js';
import { menteeName, pairingLink } from './due-labels.js';

/** Pairings waiting for the committee's review: the ones its `review` rule allows. */
const reviewWaiting: DueSource = {
  kind: NotificationKind.REVIEW_WAITING,
  role: Role.COMMITTEE,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const where = ctx.scoped<Pairing>('Pairing', { status: PairingStatus.IN_REVIEW }, 'review');
    if (!where) return [];
    const rows = await ctx.em.find(Pairing, where, {
      populate: ['mentee'],
      strategy: 'joined',
      orderBy: { submittedAt: 'asc' },
    });
    return rows.map((p) => ({
      kind: NotificationKind.REVIEW_WAITING,
      subjectType: 'Pairing',
      subjectId: p.id,
      label: menteeName(p),
      dueDate: p.submittedAt ? localDate(p.submittedAt) : null,
      overdue: false,
      count: null,
      link: `/reviews/${p.id}`,
    }));
  },
};

/** Escalated pairings of the bureau: the committee decided to escalate and must follow up. */
const escalated: DueSource = {
  kind: NotificationKind.ESCALATED,
  role: Role.COMMITTEE,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const where = ctx.scoped<Pairing>('Pairing', { status: PairingStatus.ESCALATED });
    if (!where) return [];
    const rows = await ctx.em.find(Pairing, where, {
      populate: ['mentee'],
      strategy: 'joined',
      orderBy: { updatedAt: 'asc' },
    });
    return rows.map((p) => ({
      kind: NotificationKind.ESCALATED,
      subjectType: 'Pairing',
      subjectId: p.id,
      label: menteeName(p),
      dueDate: null,
      overdue: false,
      count: null,
      link: pairingLink(p.id),
    }));
  },
};

/** Active pairings per branch, in one GROUP BY statement. */
async function countByBranch(ctx: DueContext, where: FilterQuery<Pairing>): Promise<Map<number, number>> {
  const rows = await (ctx.em as SqlEntityManager)
    .createQueryBuilder(Pairing, 'p')
    .select([raw('p.branch_id as branch_id'), raw('count(*) as n')])
    .where(where as QBFilterQuery<Pairing>)
    .groupBy('p.branch')
    .execute<{ branch_id: number | string; n: number | string }[]>('all', false);
  return new Map(rows.map((r) => [Number(r.branch_id), Number(r.n)]));
}

/** Branches whose share of overdue active pairings is above the bureau's threshold. */
const branchOverdue: DueSource = {
  kind: NotificationKind.BRANCH_OVERDUE,
  role: Role.COMMITTEE,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const active = ctx.scoped<Pairing>('Pairing', { status: PairingStatus.ACTIVE });
    const late = ctx.scoped<Pairing>('Pairing', { status: PairingStatus.ACTIVE, nextContactDue: { $lt: ctx.now } });
    if (!active || !late) return [];
    const overdue = await countByBranch(ctx, late);
    if (overdue.size === 0) return [];
    const totals = await countByBranch(ctx, active);
    const shares = [...overdue].map(([branchId, n]) => ({
      branchId,
      percent: Math.round((100 * n) / (totals.get(branchId) ?? n)),
    }));
    const above = shares.filter((s) => s.percent > ctx.thresholds.branchOverduePercent);
    if (above.length === 0) return [];
    const branches = await ctx.em.find(Branch, { id: { $in: above.map((s) => s.branchId) } });
    const names = new Map(branches.map((b) => [b.id, b.name]));
    return above
      .sort((a, b) => b.percent - a.percent)
      .map((s) => ({
        kind: NotificationKind.BRANCH_OVERDUE,
        subjectType: 'Branch',
        subjectId: s.branchId,
        label: names.get(s.branchId) ?? '',
        dueDate: null,
        overdue: true,
        count: s.percent,
        link: `/pairings?branchId=${s.branchId}`,
      }));
  },
};

export const committeeSources: readonly DueSource[] = [reviewWaiting, escalated, branchOverdue];
