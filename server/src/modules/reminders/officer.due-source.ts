import { ActionItemStatus, NotificationKind, Role } from '@tongxin/schema';
import { ActionItem } from '../action-items/action-item.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { localDate } from './due-dates.js';
import type { DueContext, DueItem, DueSource } from './due-sources.js';
import { itemEntry } from './mentor.due-source.js';

/**
 * A visit waiting for the viewer's acknowledgment (签字确认): exactly the visits their rules let them
 * acknowledge, so the scope is the `acknowledge` rule itself.
 */
const visitToAcknowledge: DueSource = {
  kind: NotificationKind.VISIT_TO_ACKNOWLEDGE,
  role: Role.OFFICER,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const where = ctx.scoped<Visit>('Visit', { mentee: ctx.viewer.officerId, acknowledgedAt: null }, 'acknowledge');
    if (!where) return [];
    const rows = await ctx.em.find(Visit, where, {
      populate: ['author'],
      strategy: 'joined',
      orderBy: { occurredAt: 'asc' },
    });
    return rows.map((v) => ({
      kind: NotificationKind.VISIT_TO_ACKNOWLEDGE,
      subjectType: 'Visit',
      subjectId: v.id,
      label: v.author.unwrap().name,
      dueDate: localDate(v.occurredAt),
      overdue: false,
      count: null,
      link: `/visits/${v.id}`,
    }));
  },
};

/** The viewer's own open action items that are due today or overdue. */
const ownItemDue: DueSource = {
  kind: NotificationKind.ITEM_DUE,
  role: Role.OFFICER,
  async collect(ctx: DueContext): Promise<DueItem[]> {
    const today = localDate(ctx.now);
    const where = ctx.scoped<ActionItem>('ActionItem', {
      owner: ctx.viewer.officerId,
      status: ActionItemStatus.OPEN,
      dueDate: { $lte: today },
    });
    if (!where) return [];
    const rows = await ctx.em.find(ActionItem, where, {
      populate: ['owner'],
      strategy: 'joined',
      orderBy: { dueDate: 'asc' },
    });
    return rows.map((i) => itemEntry(i, today));
  },
};

export const officerSources: readonly DueSource[] = [visitToAcknowledge, ownItemDue];
