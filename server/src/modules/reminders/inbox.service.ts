import type { EntityManager } from '@mikro-orm/core';
import { type AppAbility, NotificationKind, type Viewer, effectiveRoles } from '@tongxin/schema';
import { requireViewer, scopeWhere } from '../../common/authz.js';
import type { PageArgs } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { notFound } from '../../common/errors.js';
import { parseId } from '../../common/parse.js';
import { inTransaction } from '../../common/transaction.js';
import { audit } from '../audit/audit.service.js';
import { type DueItem, type DueThresholds, computeDue, dueContext } from './due-sources.js';
import { Notification } from './notification.entity.js';
import { findSettings } from './reminder-settings.repository.js';

/**
 * What is due for one person now, and their inbox brought in step with it: the one definition the
 * inbox, the digest and the counts share.
 */
export async function refreshDue(
  em: EntityManager,
  viewer: Viewer,
  ability: AppAbility,
  now: Date,
  thresholds?: DueThresholds,
): Promise<DueItem[]> {
  const limits = thresholds ?? (await findSettings(em, viewer.bureauId));
  const items = await computeDue(dueContext(em, viewer, ability, now, limits), effectiveRoles(viewer));
  await em.getRepository(Notification).syncDue(viewer.officerId, viewer.bureauId, items, now);
  return items;
}

// One refresh per request: the bell's count, the list and the home's counts in one query share it.
const refreshed = new WeakMap<AppContext, Promise<DueItem[]>>();

function ensureFresh(ctx: AppContext): Promise<DueItem[]> {
  const viewer = requireViewer(ctx);
  let done = refreshed.get(ctx);
  if (!done) {
    // An account that reads no notification (the sysadmin, the auditor) has no due entries either.
    done = scopeWhere(ctx.ability, 'read', 'Notification')
      ? refreshDue(ctx.em, viewer, ctx.ability, ctx.clock.now())
      : Promise.resolve([]);
    refreshed.set(ctx, done);
  }
  return done;
}

const inboxScope = (ctx: AppContext) => scopeWhere<Notification>(ctx.ability, 'read', 'Notification');
const repo = (ctx: AppContext) => ctx.em.getRepository(Notification);

export async function listNotifications(ctx: AppContext, args: PageArgs) {
  await ensureFresh(ctx);
  return repo(ctx).page(inboxScope(ctx), args);
}

export async function notificationCounts(ctx: AppContext) {
  await ensureFresh(ctx);
  return repo(ctx).counts(inboxScope(ctx));
}

export interface DueKindCount {
  kind: NotificationKind;
  count: number;
  overdue: number;
}

/**
 * The home pages' counts: what is due for the viewer now, per kind, from the same computation
 * that fills the inbox and the digest (so the three never disagree), in the inbox's kind order.
 */
export async function dueSummary(ctx: AppContext): Promise<DueKindCount[]> {
  const items = await ensureFresh(ctx);
  const byKind = new Map<NotificationKind, DueKindCount>();
  for (const item of items) {
    const entry = byKind.get(item.kind) ?? { kind: item.kind, count: 0, overdue: 0 };
    entry.count++;
    if (item.overdue) entry.overdue++;
    byKind.set(item.kind, entry);
  }
  return (Object.values(NotificationKind) as NotificationKind[])
    .filter((k) => byKind.has(k))
    .map((k) => byKind.get(k)!);
}

/** Marks one of the viewer's entries read or unread; another person's entry is NOT_FOUND. */
export async function markNotificationRead(ctx: AppContext, rawId: string, read: boolean): Promise<Notification> {
  const viewer = requireViewer(ctx);
  const id = parseId('id', rawId);
  const scope = scopeWhere<Notification>(ctx.ability, 'update', 'Notification');
  await inTransaction(ctx, async (em) => {
    const changed = scope ? await em.getRepository(Notification).setRead(scope, id, read ? ctx.clock.now() : null) : 0;
    if (changed === 0) throw notFound('NOTIFICATION_NOT_FOUND');
    audit(em, viewer, { action: 'markNotificationRead', subjectType: 'Notification', subjectId: id, detail: { read } });
    await em.flush();
  });
  return repo(ctx).findOneOrFail({ id }, { refresh: true });
}

export async function markAllNotificationsRead(ctx: AppContext): Promise<number> {
  const viewer = requireViewer(ctx);
  await ensureFresh(ctx);
  const scope = scopeWhere<Notification>(ctx.ability, 'update', 'Notification');
  if (!scope) return 0;
  return inTransaction(ctx, async (em) => {
    const count = await em.getRepository(Notification).markAllRead(scope, ctx.clock.now());
    audit(em, viewer, { action: 'markAllNotificationsRead', subjectType: 'Notification', detail: { count } });
    await em.flush();
    return count;
  });
}
