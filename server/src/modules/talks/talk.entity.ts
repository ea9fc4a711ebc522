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
import { TalkKind } from '@tongxin/schema';
import { Field, ObjectType } from 'type-graphql';
import { Officer } from '../officers/officer.entity.js';
import { ScopedRecord } from '../org/scoped-record.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { TalkRepository } from './talk.repository.js';

/** 谈心谈话记录: a heart-to-heart talk, top-down, with or without a pairing. branch is the talkee's. */
@ObjectType()
@Entity({ repository: () => TalkRepository })
@Index({ properties: ['branch', 'occurredAt'] })
@Index({ properties: ['talkee', 'occurredAt'] })
@Unique({ properties: ['talker', 'clientKey'] })
export class Talk extends ScopedRecord {
  [EntityRepositoryType]?: TalkRepository;

  @ManyToOne(() => Officer, { ref: true, index: true })
  talker!: Ref<Officer>;

  @ManyToOne(() => Officer, { ref: true, index: true })
  talkee!: Ref<Officer>;

  @ManyToOne(() => Pairing, { ref: true, nullable: true, index: true })
  pairing?: Ref<Pairing> | null;

  @Field(() => TalkKind)
  @Enum({ items: () => TalkKind })
  @Index()
  kind!: TalkKind;

  @Field(() => Date)
  @Property()
  @Index()
  occurredAt!: Date;

  @Field()
  @Property({ type: 'text' })
  topics!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  officerViews?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  problemsRaised?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  guidance?: string | null;

  /** Restricted: the talker's assessment, never shown to the talkee. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  assessment?: string | null;

  /** Confidential talks are readable by their talker and the committee only. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  @Index()
  confidential: boolean & Opt = false;

  /**
   * Chosen by the portal for one submission of the form: a resend after a lost response finds the
   * talk already recorded instead of recording it twice. Not exposed: only the sender needs it.
   */
  @Property({ length: 64, nullable: true })
  clientKey?: string | null;
}
