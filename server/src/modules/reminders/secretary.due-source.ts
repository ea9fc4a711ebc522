import { NotificationKind, PairingStatus, Role } from '@tongxin/schema';
import { Pairing } from '../pairings/pairing.entity.js';
import { daysBetween, localDate, plusDays } from './due-dates.js';
import type { DueContext, DueItem, DueSource } from './due-sources.js';
import { menteeName, pairingLink } from './due-labels.js';

/** Their branch's overdue pairings, with how many bureau days overdue. */
const pairingOverdue: DueSource = {
  kind: NotificationKind.PAIRING_OVERDUE,
  role: Role.SECRETARY,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const where = ctx.scoped<Pairing>('Pairing', {
      branch: ctx.viewer.branchId,
      status: PairingStatus.ACTIVE,
      nextContactDue: { $lt: ctx.now },
    });
    if (!where) return [];
    const today = localDate(ctx.now);
    const rows = await ctx.em.find(Pairing, where, {
      populate: ['mentee'],
      strategy: 'joined',
      orderBy: { nextContactDue: 'asc' },
    });
    return rows.map((p) => {
      const due = localDate(p.nextContactDue);
      return {
        kind: NotificationKind.PAIRING_OVERDUE,
        subjectType: 'Pairing',
        subjectId: p.id,
        label: menteeName(p),
        dueDate: due,
        overdue: true,
        count: Math.max(daysBetween(due, today), 0),
        link: pairingLink(p.id),
      };
    });
  },
};

/** Active pairings of their branch past, or within `planEndWindowDays` of, their planned end: not yet submitted. */
const planEnding: DueSource = {
  kind: NotificationKind.PLAN_ENDING,
  role: Role.SECRETARY,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const today = localDate(ctx.now);
    const where = ctx.scoped<Pairing>(
      'Pairing',
      {
        branch: ctx.viewer.branchId,
        status: PairingStatus.ACTIVE,
        plannedEndDate: { $lte: plusDays(today, ctx.thresholds.planEndWindowDays) },
      },
      // What they can hand in for review: their rule for `submit` is the scope.
      'submit',
    );
    if (!where) return [];
    const rows = await ctx.em.find(Pairing, where, {
      populate: ['mentee'],
      strategy: 'joined',
      orderBy: { plannedEndDate: 'asc' },
    });
    return rows.map((p) => ({
      kind: NotificationKind.PLAN_ENDING,
      subjectType: 'Pairing',
      subjectId: p.id,
      label: menteeName(p),
      dueDate: p.plannedEndDate,
      overdue: p.plannedEndDate < today,
      count: null,
      link: pairingLink(p.id),
    }));
  },
};

export const secretarySources: readonly DueSource[] = [pairingOverdue, planEnding];
