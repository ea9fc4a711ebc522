import type { EntityManager } from '@mikro-orm/core';
import { type DeliveryChannel, DeliveryStatus } from '@tongxin/schema';
import { Bureau } from '../org/bureau.entity.js';
import { DigestDelivery } from './digest-delivery.entity.js';
import { Notification } from './notification.entity.js';

/** The sends of one digest, one row per channel, PENDING until the first attempt ends. */
export async function createDeliveries(
  em: EntityManager,
  digestId: number,
  bureauId: number,
  channels: readonly DeliveryChannel[],
): Promise<DigestDelivery[]> {
  const rows = channels.map((channel) =>
    em.create(DigestDelivery, {
      digest: em.getReference(Notification, digestId, { wrapped: true }),
      bureau: em.getReference(Bureau, bureauId, { wrapped: true }),
      channel,
    }),
  );
  await em.flush();
  return rows;
}

/** Records one attempt: SENT, or still PENDING with its error, or FAILED when it was the last. */
export async function recordAttempt(
  em: EntityManager,
  delivery: DigestDelivery,
  outcome: { ok: true; at: Date } | { ok: false; error: string; last: boolean },
): Promise<void> {
  delivery.attempts += 1;
  if (outcome.ok) {
    delivery.status = DeliveryStatus.SENT;
    delivery.sentAt = outcome.at;
    delivery.lastError = null;
  } else {
    delivery.status = outcome.last ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
    delivery.lastError = outcome.error.slice(0, 300);
  }
  await em.flush();
}
