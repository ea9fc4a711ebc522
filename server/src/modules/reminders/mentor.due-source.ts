import { ActionItemStatus, NotificationKind, PairingStatus, Role } from '@tongxin/schema';
import { ActionItem } from '../action-items/action-item.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { dayStart, localDate, plusDays } from './due-dates.js';
import type { DueContext, DueItem, DueSource } from './due-sources.js';
import { actionItemLink, menteeName, pairingLink } from './due-labels.js';

/** A contact due within `dueSoonDays` bureau days, or overdue, on a pairing the viewer mentors now. */
const contactDue: DueSource = {
  kind: NotificationKind.CONTACT_DUE,
  role: Role.MENTOR,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const cutoff = dayStart(plusDays(localDate(ctx.now), ctx.thresholds.dueSoonDays + 1));
    const where = ctx.scoped<Pairing>('Pairing', {
      id: { $in: [...ctx.viewer.mentoredPairingIds] },
      status: PairingStatus.ACTIVE,
      nextContactDue: { $lt: cutoff },
    });
    if (!where || ctx.viewer.mentoredPairingIds.length === 0) return [];
    const rows = await ctx.em.find(Pairing, where, {
      populate: ['mentee'],
      strategy: 'joined',
      orderBy: { nextContactDue: 'asc' },
    });
    return rows.map((p) => ({
      kind: NotificationKind.CONTACT_DUE,
      subjectType: 'Pairing',
      subjectId: p.id,
      label: menteeName(p),
      dueDate: localDate(p.nextContactDue),
      overdue: p.nextContactDue < ctx.now,
      count: null,
      link: pairingLink(p.id),
    }));
  },
};

/** An open action item of a pairing the viewer mentors, due within `dueSoonDays` or overdue. */
const itemDue: DueSource = {
  kind: NotificationKind.ITEM_DUE,
  role: Role.MENTOR,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const today = localDate(ctx.now);
    const where = ctx.scoped<ActionItem>('ActionItem', {
      pairing: { $in: [...ctx.viewer.mentoredPairingIds] },
      status: ActionItemStatus.OPEN,
      dueDate: { $lte: plusDays(today, ctx.thresholds.dueSoonDays) },
    });
    if (!where || ctx.viewer.mentoredPairingIds.length === 0) return [];
    const rows = await ctx.em.find(ActionItem, where, {
      populate: ['owner'],
      strategy: 'joined',
      orderBy: { dueDate: 'asc' },
    });
    return rows.map((i) => itemEntry(i, today));
  },
};

/** An open item as an entry: named by its owner, never by its description (which may be confidential). */
export function itemEntry(i: ActionItem, today: string): DueItem {
  return {
    kind: NotificationKind.ITEM_DUE,
    subjectType: 'ActionItem',
    subjectId: i.id,
    label: i.owner.unwrap().name,
    dueDate: i.dueDate,
    overdue: i.dueDate < today,
    count: null,
    link: actionItemLink(i),
  };
}

/** A visit the viewer logged that its mentee has not acknowledged after `acknowledgeAfterDays`. */
const visitUnacknowledged: DueSource = {
  kind: NotificationKind.VISIT_UNACKNOWLEDGED,
  role: Role.MENTOR,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const before = new Date(ctx.now.getTime() - ctx.thresholds.acknowledgeAfterDays * 86_400_000);
    const where = ctx.scoped<Visit>('Visit', {
      author: ctx.viewer.officerId,
      acknowledgedAt: null,
      createdAt: { $lte: before },
      pairing: { status: { $in: [PairingStatus.ACTIVE, PairingStatus.IN_REVIEW] } },
    });
    if (!where) return [];
    const rows = await ctx.em.find(Visit, where, {
      populate: ['mentee'],
      strategy: 'joined',
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((v) => ({
      kind: NotificationKind.VISIT_UNACKNOWLEDGED,
      subjectType: 'Visit',
      subjectId: v.id,
      label: v.mentee.unwrap().name,
      dueDate: localDate(new Date(v.createdAt.getTime() + ctx.thresholds.acknowledgeAfterDays * 86_400_000)),
      overdue: true,
      count: null,
      link: `/visits/${v.id}`,
    }));
  },
};

export const mentorSources: readonly DueSource[] = [contactDue, itemDue, visitUnacknowledged];
