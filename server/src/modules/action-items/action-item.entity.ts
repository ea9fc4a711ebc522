import { Entity, EntityRepositoryType, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { ActionItemStatus, LIMITS } from '@tongxin/schema';
import { Field, ObjectType } from 'type-graphql';
import { Officer } from '../officers/officer.entity.js';
import { ScopedRecord } from '../org/scoped-record.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { ActionItemRepository } from './action-item.repository.js';

/** 整改事项 / 承诺: a follow-up a visit or talk produced. */
@ObjectType()
@Entity({ repository: () => ActionItemRepository })
@Index({ properties: ['pairing', 'status'] })
@Index({ properties: ['owner', 'status'] })
@Index({ properties: ['status', 'dueDate'] })
export class ActionItem extends ScopedRecord {
  [EntityRepositoryType]?: ActionItemRepository;

  @ManyToOne(() => Pairing, { ref: true, nullable: true, index: true })
  pairing?: Ref<Pairing> | null;

  @ManyToOne(() => Visit, { ref: true, nullable: true, index: true })
  visit?: Ref<Visit> | null;

  @ManyToOne(() => Talk, { ref: true, nullable: true, index: true })
  talk?: Ref<Talk> | null;

  @ManyToOne(() => Officer, { ref: true, index: true })
  owner!: Ref<Officer>;

  @ManyToOne(() => Officer, { ref: true, nullable: true, index: true })
  createdBy?: Ref<Officer> | null;

  /**
   * Copied from the talk that produced it (a talk's confidentiality never changes), so the rules
   * can keep a confidential talk's follow-ups to its talker and the committee, in SQL as well.
   */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  confidential: boolean & Opt = false;

  @Field()
  @Property({ length: LIMITS.actionItemText })
  description!: string;

  /** YYYY-MM-DD */
  @Field()
  @Property({ length: 10 })
  @Index()
  dueDate!: string;

  @Field(() => ActionItemStatus)
  @Enum({ items: () => ActionItemStatus })
  @Index()
  status: ActionItemStatus & Opt = ActionItemStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ length: LIMITS.actionItemText, nullable: true })
  note?: string | null;

  // `Date | null` reflects as Object (a text column): the type is given as the Date class, not
  // 'datetime', whose snapshot on SQLite never equals the loaded value (every flush rewrote it).
  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  closedAt?: Date | null;
}
