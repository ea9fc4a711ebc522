import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ReviewDecision, ReviewRating } from '@tongxin/schema';
import { Field, ObjectType } from 'type-graphql';
import { Officer } from '../officers/officer.entity.js';
import { BranchScopedEntity } from '../org/scoped-record.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';

/** 成效评估: the committee's rating and decision on one submission of a pairing. */
@ObjectType()
@Entity()
@Index({ properties: ['bureau', 'createdAt'] })
export class OutcomeReview extends BranchScopedEntity {
  @ManyToOne(() => Pairing, { ref: true, index: true })
  pairing!: Ref<Pairing>;

  @ManyToOne(() => Officer, { ref: true, index: true })
  mentee!: Ref<Officer>;

  @ManyToOne(() => Officer, { ref: true, index: true })
  reviewer!: Ref<Officer>;

  /** Nullable in GraphQL: the mentee reads the decision only (the field middleware nulls the rest). */
  @Field(() => ReviewRating, { nullable: true })
  @Enum({ items: () => ReviewRating })
  @Index()
  rating!: ReviewRating;

  @Field(() => ReviewDecision)
  @Enum({ items: () => ReviewDecision })
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comments?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 10, nullable: true })
  newPlannedEndDate?: string | null;

  /** The secretary's summary this review answered. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  submissionSummary?: string | null;
}
