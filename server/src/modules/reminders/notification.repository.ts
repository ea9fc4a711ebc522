import type { FilterQuery } from '@mikro-orm/core';
import { EntityRepository } from '@mikro-orm/knex';
import { NotificationKind } from '@tongxin/schema';
import { andWhere } from '../../common/authz.js';
import { type Page, type PageArgs, emptyPage, paginate } from '../../common/connection.js';
import { DigestDelivery } from './digest-delivery.entity.js';
import type { DueItem } from './due-sources.js';
import { dueKey } from './due-sources.js';
import type { Notification } from './notification.entity.js';

const DUE_FIELDS = ['label', 'dueDate', 'overdue', 'count', 'link'] as const;

/** Inbox entries: kept in step with what is due, listed and marked read in the recipient's scope. */
export class NotificationRepository extends EntityRepository<Notification> {
  /**
   * Makes the recipient's due entries what `items` says: new causes are added, changed ones
   * updated (their read mark kept), and entries whose cause is gone deleted. A digest entry is not
   * a due entry and stays. At most three statements, none when nothing changed; concurrent calls
   * for one person (a bell poll beside the inbox page) meet on the unique key instead of failing.
   */
  async syncDue(recipientId: number, bureauId: number, items: readonly DueItem[], now: Date): Promise<void> {
    const existing = await this.find(
      { recipient: recipientId, kind: { $ne: NotificationKind.DIGEST } },
      { fields: ['key', ...DUE_FIELDS], disableIdentityMap: true },
    );
    const byKey = new Map(existing.map((n) => [n.key, n]));
    const wanted = new Set(items.map(dueKey));
    const gone = existing.filter((n) => !wanted.has(n.key)).map((n) => n.id);
    const changed = items.filter((i) => {
      const n = byKey.get(dueKey(i));
      return !n || DUE_FIELDS.some((f) => (n[f] ?? null) !== (i[f] ?? null));
    });
    if (gone.length > 0) await this.nativeDelete({ id: { $in: gone } });
    if (changed.length === 0) return;
    // A query builder, not em.upsertMany: the request's identity map stays as it was.
    await this.em
      .createQueryBuilder(this.entityName)
      .insert(
        changed.map((i) => ({
          recipient: recipientId,
          bureau: bureauId,
          key: dueKey(i),
          kind: i.kind,
          subjectType: i.subjectType,
          subjectId: i.subjectId,
          label: i.label,
          dueDate: i.dueDate,
          overdue: i.overdue,
          count: i.count,
          link: i.link,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .onConflict(['recipient', 'key'])
      .merge([...DUE_FIELDS, 'updatedAt'])
      .execute('run');
  }

  /**
   * Stores the day's digest entry unless the person already has one: the unique (recipient, key)
   * makes the first writer the only one, whichever instance or retry it is. True when this call
   * created it.
   */
  async claimDigest(data: {
    recipientId: number;
    bureauId: number;
    day: string;
    label: string;
    count: number;
    now: Date;
  }): Promise<number | null> {
    const key = `${NotificationKind.DIGEST}:${data.day}`;
    const inserted = await this.em
      .createQueryBuilder(this.entityName)
      .insert({
        recipient: data.recipientId,
        bureau: data.bureauId,
        key,
        kind: NotificationKind.DIGEST,
        label: data.label,
        dueDate: data.day,
        overdue: false,
        count: data.count,
        link: '/inbox',
        createdAt: data.now,
        updatedAt: data.now,
      })
      .onConflict(['recipient', 'key'])
      .ignore()
      .execute('run');
    if (!inserted.affectedRows) return null;
    const row = await this.findOneOrFail({ recipient: data.recipientId, key }, { fields: ['id'] });
    return row.id;
  }

  /** The people of a bureau who already have the day's digest. */
  async digestRecipients(bureauId: number, day: string): Promise<Set<number>> {
    const rows = await this.find(
      { bureau: bureauId, key: `${NotificationKind.DIGEST}:${day}` },
      { fields: ['recipient'] },
    );
    return new Set(rows.map((r) => r.recipient.id));
  }

  page(scope: FilterQuery<Notification> | null, args: PageArgs): Promise<Page<Notification>> {
    if (scope === null) return Promise.resolve(emptyPage());
    return paginate(this.em, this.entityName, scope, args, { id: 'desc' });
  }

  async counts(scope: FilterQuery<Notification> | null): Promise<{ total: number; unread: number }> {
    if (scope === null) return { total: 0, unread: 0 };
    const [total, unread] = await Promise.all([
      this.count(scope),
      this.count(andWhere<Notification>(scope, { readAt: null })),
    ]);
    return { total, unread };
  }

  /** Marks one entry in scope read (or unread again); the number changed (0 when not in scope). */
  setRead(scope: FilterQuery<Notification>, id: number, readAt: Date | null): Promise<number> {
    return this.nativeUpdate(andWhere<Notification>(scope, { id }), { readAt });
  }

  markAllRead(scope: FilterQuery<Notification>, now: Date): Promise<number> {
    return this.nativeUpdate(andWhere<Notification>(scope, { readAt: null }), { readAt: now });
  }

  /** The deliveries of a bureau's latest digests, newest first, for the sysadmin's page. */
  recentDeliveries(bureauId: number, limit: number): Promise<DigestDelivery[]> {
    return this.em.find(DigestDelivery, { bureau: bureauId }, { orderBy: { id: 'desc' }, limit });
  }
}
