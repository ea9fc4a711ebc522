import DataLoader from 'dataloader';
import type { AppContext } from '../../common/context.js';
import { type HasManySpec, HasManyLoader } from '../../common/has-many-loader.js';
import type { Pairing } from '../pairings/pairing.entity.js';
import { EvidenceRepository } from './evidence.repository.js';
import { OutcomeReview } from './outcome-review.entity.js';
import type { PairingEvidence } from './review.types.js';

export interface ReviewLoaders {
  evidence: DataLoader<Pairing, PairingEvidence, number>;
  /** Reviews of a pairing the viewer may read, newest first (`PAIRING_REVIEWS`). */
  reviews: HasManyLoader;
}

export const PAIRING_REVIEWS: HasManySpec<OutcomeReview> = {
  name: 'Pairing.reviews',
  entity: OutcomeReview,
  subject: 'OutcomeReview',
  foreignKey: 'pairing',
  orderBy: { createdAt: 'desc', id: 'desc' },
};

/**
 * The review loaders of one request (`ctx.loaders.reviews`); a review replaces them, so the
 * pairing it returns shows the new review. The reviews have their own nested-list loader for that.
 */
export function createReviewLoaders(ctx: AppContext): ReviewLoaders {
  return {
    evidence: new DataLoader(
      (pairings) => new EvidenceRepository(ctx.em).load(ctx.ability, ctx.clock.now(), pairings),
      {
        cacheKeyFn: (p) => p.id,
      },
    ),
    reviews: new HasManyLoader(ctx),
  };
}
