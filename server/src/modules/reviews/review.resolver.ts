import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { requireViewer } from '../../common/authz.js';
import { NestedListArgs, PageArgs, nestedFirst, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { refId } from '../../common/plain-rows.js';
import { ForViewer } from '../../common/decisions.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { parseId } from '../../common/parse.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { PairingConnection } from '../pairings/pairing.types.js';
import { OutcomeReview } from './outcome-review.entity.js';
import { outcomeReviewsPage, reviewQueuePage } from './review.repository.js';
import { PAIRING_REVIEWS, createReviewLoaders } from './review.loaders.js';
import { ReviewService } from './review.service.js';
import { OutcomeReviewConnection, OutcomeReviewsArgs, PairingEvidence, ReviewPairingInput } from './review.types.js';

@Resolver(() => OutcomeReview)
export class ReviewResolver {
  private readonly service = new ReviewService();

  @ForViewer()
  @Query(() => PairingConnection, {
    description: 'Pairings in review the viewer may review (the committee), oldest submission first',
  })
  async reviewQueue(@Args() args: PageArgs, @Ctx() ctx: AppContext): Promise<PairingConnection> {
    requireViewer(ctx);
    return toConnection(PairingConnection, await reviewQueuePage(ctx, args));
  }

  @ForViewer()
  @Query(() => OutcomeReviewConnection, { description: 'Reviews the viewer may read, newest first' })
  async outcomeReviews(@Args() args: OutcomeReviewsArgs, @Ctx() ctx: AppContext): Promise<OutcomeReviewConnection> {
    requireViewer(ctx);
    const branchId = args.branchId ? parseId('branchId', args.branchId) : null;
    return toConnection(OutcomeReviewConnection, await outcomeReviewsPage(ctx, branchId, args));
  }

  @ForViewer()
  @Mutation(() => Pairing, {
    description:
      '成效评估 (committee, pairing IN_REVIEW): CONCLUDE → CONCLUDED, EXTEND → ACTIVE with a new planned end date, ESCALATE → ESCALATED',
  })
  async reviewPairing(@Arg('input') input: ReviewPairingInput, @Ctx() ctx: AppContext): Promise<Pairing> {
    const pairing = await this.service.reviewPairing(ctx, input);
    ctx.loaders.reviews = createReviewLoaders(ctx);
    return pairing;
  }

  @FieldResolver(() => Pairing, { nullable: true })
  pairing(@RecordRoot() review: OutcomeReview, @Ctx() ctx: AppContext): Promise<Pairing | null> {
    return ctx.loaders.rows.load(Pairing, refId(review.pairing));
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The committee member who reviewed' })
  reviewer(@RecordRoot() review: OutcomeReview, @Ctx() ctx: AppContext): Promise<Officer | null> {
    return ctx.loaders.rows.load(Officer, refId(review.reviewer));
  }

  @FieldResolver(() => Officer, { nullable: true })
  mentee(@RecordRoot() review: OutcomeReview, @Ctx() ctx: AppContext): Promise<Officer | null> {
    return ctx.loaders.rows.load(Officer, refId(review.mentee));
  }

  @FieldResolver(() => Branch, { nullable: true })
  branch(@RecordRoot() review: OutcomeReview, @Ctx() ctx: AppContext): Promise<Branch | null> {
    return ctx.loaders.rows.load(Branch, refId(review.branch));
  }
}

/** The review side of a pairing: its evidence and its review history. */
@Resolver(() => Pairing)
export class PairingReviewFieldsResolver {
  @FieldResolver(() => PairingEvidence, {
    nullable: true,
    description: 'Summary and figures for the review; batched per page',
  })
  evidence(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext): Promise<PairingEvidence> {
    return ctx.loaders.reviews.evidence.load(pairing);
  }

  @FieldResolver(() => [OutcomeReview], {
    description: 'Reviews of this pairing the viewer may read, newest first (the mentee reads the decision only)',
  })
  reviews(
    @RecordRoot() pairing: Pairing,
    @Ctx() ctx: AppContext,
    @Args() page: NestedListArgs,
  ): Promise<OutcomeReview[]> {
    return ctx.loaders.reviews.reviews.load(PAIRING_REVIEWS, pairing.id, nestedFirst(page));
  }
}
