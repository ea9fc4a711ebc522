import { Optional } from '../../common/input-fields.js';
import { LIMITS, ReviewDecision, ReviewRating } from '@tongxin/schema';
import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf, PageArgs } from '../../common/connection.js';
import { guardedByParent } from '../../common/decisions.js';
import { VisitKindCount } from '../pairings/pairing.types.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { MUTATION_ID } from '../../common/parse.js';

@InputType({ description: '成效评估: the committee’s rating and decision on a pairing in review' })
export class ReviewPairingInput {
  @Field(() => ID, MUTATION_ID)
  pairingId!: string;

  @Field(() => ReviewRating)
  rating!: ReviewRating;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required unless the decision is CONCLUDE' })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  comments?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD after today; required for EXTEND only' })
  @IsOptional()
  @MaxLength(10)
  newPlannedEndDate?: string | null;

  @Optional(() => Int, 'The pairing version the reviewer saw; a newer one is a CONFLICT')
  version?: number | null;
}

export const OutcomeReviewConnection = connectionOf(OutcomeReview, 'OutcomeReview');
export type OutcomeReviewConnection = InstanceType<typeof OutcomeReviewConnection>;

@ArgsType()
export class OutcomeReviewsArgs extends PageArgs {
  @Optional(() => ID, 'Only this branch’s reviews')
  branchId?: string | null;
}

@ObjectType({ description: 'What a pairing achieved, for its review: computed from the records the viewer may read' })
export class PairingEvidence {
  @Field(() => String, { nullable: true, description: 'The secretary’s summary (Pairing.reviewSummary)' })
  summary!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field({ description: 'YYYY-MM-DD the figures run to: today, or the day the pairing closed' })
  asOf!: string;

  @Field(() => Int, { description: 'Days from the start date to asOf' })
  durationDays!: number;

  @Field(() => [VisitKindCount])
  visitsByKind!: VisitKindCount[];

  @Field(() => Int)
  visitCount!: number;

  @Field(() => Int, { description: 'Visits the mentee acknowledged (签字确认)' })
  acknowledgedVisits!: number;

  @Field(() => Float, { nullable: true, description: 'acknowledgedVisits / visitCount; null without visits' })
  acknowledgmentRate!: number | null;

  @Field(() => Int)
  actionItemsDone!: number;

  @Field(() => Int)
  actionItemsOpen!: number;

  @Field(() => Int, { description: 'Open items past their due date' })
  actionItemsOverdue!: number;

  @Field(() => Int)
  actionItemsDropped!: number;

  @Field(() => Int)
  talkCount!: number;

  @Field(() => Int, {
    description: 'Contact intervals counted: every elapsed interval, plus the current one once it has a contact',
  })
  contactIntervals!: number;

  @Field(() => Int, { description: 'Intervals with at least one visit or talk' })
  contactIntervalsMet!: number;

  @Field(() => Float, { nullable: true, description: 'contactIntervalsMet / contactIntervals; null before the first' })
  contactRegularity!: number | null;
}
guardedByParent('PairingEvidence', 'A field of a Pairing the viewer may read; counts come from their own scope.');
