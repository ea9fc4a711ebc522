import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { ProblemEventType, ProblemFollowUpKind } from '@tongxin/schema';
import { Field, ID, ObjectType } from 'type-graphql';
import { guardedByParent } from '../../common/decisions.js';
import { Officer } from '../officers/officer.entity.js';
import { Problem } from './problem.entity.js';

/** One step of a problem's history; a follow-up (回访) with the raiser is one too. */
@ObjectType()
@Entity()
export class ProblemEvent {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Problem, { ref: true, index: true, deleteRule: 'cascade' })
  problem!: Ref<Problem>;

  @Field(() => ProblemEventType)
  @Enum({ items: () => ProblemEventType })
  type!: ProblemEventType;

  /** Who acted: the one who noted, fixed, closed, declined or followed up; never the raiser. */
  @ManyToOne(() => Officer, { ref: true })
  actor!: Ref<Officer>;

  @Field(() => Date)
  @Property()
  occurredAt!: Date;

  @Field(() => ProblemFollowUpKind, { nullable: true })
  @Enum({ items: () => ProblemFollowUpKind, nullable: true })
  followUpKind?: ProblemFollowUpKind | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
guardedByParent('ProblemEvent', 'A step in the history of a problem the viewer may read.');
