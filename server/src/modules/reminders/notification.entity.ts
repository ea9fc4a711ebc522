import {
  Entity,
  EntityRepositoryType,
  Enum,
  Index,
  ManyToOne,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { NotificationKind } from '@tongxin/schema';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { NotificationRepository } from './notification.repository.js';

/** The record types a notification points at (and the portal links to). */
export type NotificationSubject = 'Pairing' | 'Visit' | 'ActionItem' | 'Branch' | 'Problem';

/**
 * 提醒: one thing due for one person, or their daily digest. A due entry exists while its cause does:
 * each look at the inbox recomputes what is due and removes the entries whose cause is gone, so
 * `readAt` lives exactly as long as the cause. The text is names, counts and dates only.
 */
@ObjectType({ description: '提醒: something due for the viewer, or their daily digest' })
@Entity({ repository: () => NotificationRepository })
@Unique({ properties: ['recipient', 'key'] })
@Index({ properties: ['recipient', 'readAt'] })
export class Notification extends BaseEntity {
  [EntityRepositoryType]?: NotificationRepository;

  @ManyToOne(() => Officer, { ref: true })
  recipient!: Ref<Officer>;

  @ManyToOne(() => Bureau, { ref: true, index: true })
  bureau!: Ref<Bureau>;

  /** What makes it one entry: kind, record type and id (or the digest's day). */
  @Property({ length: 80 })
  key!: string;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Field(() => String, { nullable: true, description: 'Pairing, Visit, ActionItem or Branch; null for a digest' })
  @Property({ length: 20, nullable: true })
  subjectType?: NotificationSubject | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  subjectId?: number | null;

  @Field({ description: 'Who or what it is about: a name, a branch, never a record’s text' })
  @Property({ length: 200 })
  label!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (bureau time) it is or was due' })
  @Property({ length: 10, nullable: true })
  dueDate?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  overdue: boolean & Opt = false;

  @Field(() => Int, {
    nullable: true,
    description: 'Days overdue, percent overdue (BRANCH_OVERDUE) or items in a digest',
  })
  @Property({ type: 'integer', nullable: true })
  count?: number | null;

  @Field({ description: 'The portal path of the record' })
  @Property({ length: 200 })
  link!: string;

  // `Date | null` reflects as Object: the type is given as the Date class.
  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  readAt?: Date | null;
}
