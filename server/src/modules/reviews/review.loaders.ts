import type { FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { andWhere, scopeWhere } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import type { Pairing } from '../pairings/pairing.entity.js';
import { EvidenceRepository } from './evidence.repository.js';
import { OutcomeReview } from './outcome-review.entity.js';
import type { PairingEvidence } from './review.types.js';

export interface ReviewLoaders {
  evidence: DataLoader<Pairing, PairingEvidence, number>;
  /** Reviews of a pairing the viewer may read, newest first. */
  reviews: DataLoader<number, OutcomeReview[]>;
}

async function reviewsOf(ctx: AppContext, ids: readonly number[]): Promise<OutcomeReview[][]> {
  const scope = scopeWhere<OutcomeReview>(ctx.ability, 'read', 'OutcomeReview');
  if (scope === null) return ids.map(() => []);
  const rows = await ctx.em.find(
    OutcomeReview,
    andWhere<OutcomeReview>(scope, { pairing: { $in: [...ids] } } as FilterQuery<OutcomeReview>),
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  return ids.map((id) => rows.filter((r) => r.pairing.id === id));
}

/** The review loaders of one request (`ctx.loaders.reviews`). */
export function createReviewLoaders(ctx: AppContext): ReviewLoaders {
  return {
    evidence: new DataLoader(
      (pairings) => new EvidenceRepository(ctx.em).load(ctx.ability, ctx.clock.now(), pairings),
      {
        cacheKeyFn: (p) => p.id,
      },
    ),
    reviews: new DataLoader((ids) => reviewsOf(ctx, ids)),
  };
}
