import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { DeliveryChannel, DeliveryStatus } from '@tongxin/schema';
import { BaseEntity } from '../../common/base.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import type { DigestMessage } from './digest-message.js';
import { Notification } from './notification.entity.js';

/** What a delivery sends, kept with it so that a retry (after a restart too) sends the same digest. */
export interface DeliveryPayload {
  message: DigestMessage;
  /** The e-mail address for the EMAIL channel, as it was when the digest was made. */
  to: string | null;
}

/**
 * One send of one digest through one channel: how it went, after how many attempts, and when the
 * next attempt is due. The row is the retry queue: any run of any instance picks up the sends
 * whose time has come, so a receiver's outage neither holds up the others' digests nor is
 * forgotten at a restart.
 */
@Entity()
@Unique({ properties: ['digest', 'channel'] })
@Index({ properties: ['bureau', 'createdAt'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class DigestDelivery extends BaseEntity {
  @ManyToOne(() => Notification, { ref: true, deleteRule: 'cascade' })
  digest!: Ref<Notification>;

  @ManyToOne(() => Bureau, { ref: true })
  bureau!: Ref<Bureau>;

  @Enum({ items: () => DeliveryChannel })
  channel!: DeliveryChannel;

  @Enum({ items: () => DeliveryStatus })
  status: DeliveryStatus & Opt = DeliveryStatus.PENDING;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  /** Why the last attempt failed, as an operator reads it (a status code, a timeout); never content. */
  @Property({ length: 300, nullable: true })
  lastError?: string | null;

  @Property({ type: Date, nullable: true })
  sentAt?: Date | null;

  /**
   * PENDING: when the next attempt may start. A run that takes a send moves it past the send's
   * timeout first (a lease), so a second run leaves it alone and a run that died with it in hand
   * gives it back when the lease ends. Null once SENT or FAILED.
   */
  @Property({ type: Date, nullable: true })
  nextAttemptAt?: Date | null;

  /** Null on sends made before retries were kept in the database. */
  @Property({ type: 'json', nullable: true, lazy: true })
  payload?: DeliveryPayload | null;
}
