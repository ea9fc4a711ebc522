import type { EntityManager } from '@mikro-orm/core';
import { type DeliveryChannel, DeliveryStatus } from '@tongxin/schema';
import { Bureau } from '../org/bureau.entity.js';
import { type DeliveryPayload, DigestDelivery } from './digest-delivery.entity.js';
import { Notification } from './notification.entity.js';

/** The sends of one digest, one row per channel, PENDING and due at once. */
export async function createDeliveries(
  em: EntityManager,
  digestId: number,
  bureauId: number,
  channels: readonly DeliveryChannel[],
  payload: DeliveryPayload,
  now: Date,
): Promise<void> {
  for (const channel of channels) {
    em.create(DigestDelivery, {
      digest: em.getReference(Notification, digestId, { wrapped: true }),
      bureau: em.getReference(Bureau, bureauId, { wrapped: true }),
      channel,
      payload,
      nextAttemptAt: now,
    });
  }
  await em.flush();
}

/**
 * Takes up to `limit` of a bureau's sends whose time has come, for this run alone: each is moved
 * to `leaseUntil` by an update that only succeeds if no other run moved it first, so two runs
 * (two instances) never send the same one at once.
 */
export async function claimDueDeliveries(
  em: EntityManager,
  bureauId: number,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<DigestDelivery[]> {
  const due = await em.find(
    DigestDelivery,
    { bureau: bureauId, status: DeliveryStatus.PENDING, nextAttemptAt: { $lte: now }, payload: { $ne: null } },
    { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit, populate: ['payload'] },
  );
  const claimed: DigestDelivery[] = [];
  for (const d of due) {
    const taken = await em.nativeUpdate(
      DigestDelivery,
      { id: d.id, status: DeliveryStatus.PENDING, nextAttemptAt: d.nextAttemptAt },
      { nextAttemptAt: leaseUntil },
    );
    if (taken === 1) claimed.push(d);
  }
  return claimed;
}

/** When the bureau's next pending send is due (null when none is waiting). */
export async function nextPendingAt(em: EntityManager, bureauId: number): Promise<Date | null> {
  const next = await em.findOne(
    DigestDelivery,
    { bureau: bureauId, status: DeliveryStatus.PENDING, nextAttemptAt: { $ne: null }, payload: { $ne: null } },
    { orderBy: { nextAttemptAt: 'asc' }, fields: ['nextAttemptAt'] },
  );
  return next?.nextAttemptAt ?? null;
}

/**
 * Records one attempt of a claimed send: SENT; or FAILED when it was the last; or PENDING again,
 * due at `retryAt`, with its error.
 */
export async function recordAttempt(
  em: EntityManager,
  delivery: DigestDelivery,
  outcome: { ok: true; at: Date } | { ok: false; error: string; retryAt: Date | null },
): Promise<void> {
  const changes: Partial<DigestDelivery> = { attempts: delivery.attempts + 1 };
  if (outcome.ok) {
    Object.assign(changes, { status: DeliveryStatus.SENT, sentAt: outcome.at, lastError: null, nextAttemptAt: null });
  } else {
    Object.assign(changes, {
      status: outcome.retryAt ? DeliveryStatus.PENDING : DeliveryStatus.FAILED,
      lastError: outcome.error.slice(0, 300),
      nextAttemptAt: outcome.retryAt,
    });
  }
  // By id alone: the lease is this run's; a run that outlived it sends at worst twice, and the
  // message's id lets the receiver drop the second.
  await em.nativeUpdate(DigestDelivery, { id: delivery.id }, changes);
  Object.assign(delivery, changes);
}
