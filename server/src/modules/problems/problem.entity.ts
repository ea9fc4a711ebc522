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
import { ProblemStatus } from '@tongxin/schema';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Forum } from '../forums/forum.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { ProblemCategory } from './problem-category.entity.js';
import { ProblemRepository } from './problem.repository.js';

/**
 * 问题 / 意见建议 raised at a forum, talk or visit. bureau, branch (the origin's), owner,
 * ownerBranch, raisedBy and createdBy are flat columns: the permission rules test them. An
 * anonymous problem (匿名) stores no raiser at all, so no rule, list, export or audit can name one.
 */
@ObjectType()
@Entity({ repository: () => ProblemRepository })
@Index({ properties: ['bureau', 'raisedAt'] })
@Index({ properties: ['branch', 'raisedAt'] })
@Index({ properties: ['status', 'dueDate'] })
@Unique({ properties: ['createdBy', 'clientKey'] })
export class Problem extends BaseEntity {
  [EntityRepositoryType]?: ProblemRepository;

  @ManyToOne(() => Bureau, { ref: true, index: true })
  bureau!: Ref<Bureau>;

  /** The branch of the forum, talk or visit it was raised in; null at a committee forum. */
  @ManyToOne(() => Branch, { ref: true, nullable: true, index: true })
  branch?: Ref<Branch> | null;

  @ManyToOne(() => Forum, { ref: true, nullable: true, index: true })
  forum?: Ref<Forum> | null;

  @ManyToOne(() => Talk, { ref: true, nullable: true, index: true })
  talk?: Ref<Talk> | null;

  // A forum's contact visit goes when its mentee is marked absent; a problem noted on it stays.
  @ManyToOne(() => Visit, { ref: true, nullable: true, index: true, deleteRule: 'set null' })
  visit?: Ref<Visit> | null;

  @ManyToOne(() => ProblemCategory, { ref: true, index: true })
  category!: Ref<ProblemCategory>;

  @Field()
  @Property({ type: 'text' })
  text!: string;

  /** Who raised it; null when anonymous (then nobody, not even the database, knows). */
  @ManyToOne(() => Officer, { ref: true, nullable: true, index: true })
  raisedBy?: Ref<Officer> | null;

  @Field(() => Boolean, { description: '匿名: the raiser is stored for nobody' })
  @Property({ type: 'boolean', default: false })
  anonymous: boolean & Opt = false;

  /** The person who must fix it, or (ownerBranch) the branch; at most one of the two. */
  @ManyToOne(() => Officer, { ref: true, nullable: true, index: true })
  owner?: Ref<Officer> | null;

  @ManyToOne(() => Branch, { ref: true, nullable: true, index: true })
  ownerBranch?: Ref<Branch> | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ length: 10, nullable: true })
  dueDate?: string | null;

  @Field(() => ProblemStatus)
  @Enum({ items: () => ProblemStatus })
  @Index()
  status: ProblemStatus & Opt = ProblemStatus.OPEN;

  /** When it was raised: the forum's, talk's or visit's time. */
  @Field(() => Date)
  @Property()
  raisedAt!: Date;

  /** When it left OPEN/RECTIFYING: fixed on the spot, closed (销号) or declined. */
  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  resolvedAt?: Date | null;

  /** 销号: what was done; or how it was fixed on the spot. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;

  /** Who noted it (the host, a talker, a mentor): never the raiser's stand-in. */
  @ManyToOne(() => Officer, { ref: true, index: true })
  createdBy!: Ref<Officer>;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ length: 64, nullable: true })
  clientKey?: string | null;
}
