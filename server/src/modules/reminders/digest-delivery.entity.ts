import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { DeliveryChannel, DeliveryStatus } from '@tongxin/schema';
import { BaseEntity } from '../../common/base.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { Notification } from './notification.entity.js';

/** One send of one digest through one channel: how it went, after how many attempts. */
@Entity()
@Unique({ properties: ['digest', 'channel'] })
@Index({ properties: ['bureau', 'createdAt'] })
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
}
