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
import { ForumKind, LIMITS } from '@tongxin/schema';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { ForumRepository } from './forum.repository.js';

/**
 * 座谈会: a meeting of officers, organised by a branch or (branch null) by the committee for the
 * bureau. bureau, branch and host are flat columns because the permission rules test them.
 */
@ObjectType()
@Entity({ repository: () => ForumRepository })
@Index({ properties: ['bureau', 'occurredAt'] })
@Index({ properties: ['branch', 'occurredAt'] })
@Unique({ properties: ['createdBy', 'clientKey'] })
export class Forum extends BaseEntity {
  [EntityRepositoryType]?: ForumRepository;

  @ManyToOne(() => Bureau, { ref: true, index: true })
  bureau!: Ref<Bureau>;

  /** The organising branch; null for a committee forum of the whole bureau. */
  @ManyToOne(() => Branch, { ref: true, nullable: true, index: true })
  branch?: Ref<Branch> | null;

  @Field(() => ForumKind)
  @Enum({ items: () => ForumKind })
  kind!: ForumKind;

  @Field()
  @Property({ length: LIMITS.shortText })
  title!: string;

  @Field(() => Date)
  @Property()
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ length: LIMITS.shortText, nullable: true })
  place?: string | null;

  @ManyToOne(() => Officer, { ref: true, index: true })
  host!: Ref<Officer>;

  /** Who recorded it (a secretary or a committee member). */
  @ManyToOne(() => Officer, { ref: true, index: true })
  createdBy!: Ref<Officer>;

  /** 纪要: plain text. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  minutes?: string | null;

  /** Restricted: read like a confidential talk, by the host and the committee only. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  confidentialMinutes?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  /** Chosen by the portal per submission of the form: a resend returns the forum already recorded. */
  @Property({ length: 64, nullable: true })
  clientKey?: string | null;
}
