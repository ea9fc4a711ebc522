import { Entity, Enum, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { WebhookFormat } from '@tongxin/schema';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Bureau } from '../org/bureau.entity.js';

/**
 * The bureau's reminder configuration, set by its sysadmin: the digest hour (bureau time), the due
 * thresholds and which channels send. The secrets (webhook key, SMTP password) are not here: they
 * come from the server's environment. A bureau without a row uses the defaults.
 */
@ObjectType({
  description: 'The bureau’s reminder configuration (the sysadmin’s); secrets stay in the server’s environment',
})
@Entity()
export class ReminderSettings extends BaseEntity {
  @OneToOne(() => Bureau, { ref: true, owner: true, unique: true })
  bureau!: Ref<Bureau>;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  digestEnabled: boolean & Opt = true;

  /** 0–23, bureau time (UTC+8). */
  @Field(() => Int)
  @Property({ type: 'integer' })
  digestHour: number & Opt = 8;

  /** A mentor is told of a contact or item this many days before it is due. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  dueSoonDays: number & Opt = 3;

  /** A mentor is told of their visit the mentee has not acknowledged after this many days. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  acknowledgeAfterDays: number & Opt = 7;

  /** A secretary is told of a pairing this many days before its planned end. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  planEndWindowDays: number & Opt = 14;

  /** The committee is told of a branch whose overdue share of active pairings is above this percent. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  branchOverduePercent: number & Opt = 20;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  webhookEnabled: boolean & Opt = false;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  webhookUrl?: string | null;

  @Field(() => WebhookFormat)
  @Enum({ items: () => WebhookFormat })
  webhookFormat: WebhookFormat & Opt = WebhookFormat.GENERIC;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  emailEnabled: boolean & Opt = false;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
