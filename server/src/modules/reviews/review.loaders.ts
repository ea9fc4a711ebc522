import type { FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { andWhere, scopeWhere } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import type { Pairing } from '../pairings/pairing.entity.js';
import { loadEvidence } from './evidence.repository.js';
import { OutcomeReview } from './outcome-review.entity.js';
import type { PairingEvidence } from './review.types.js';

export interface ReviewLoaders {
  evidence: DataLoader<Pairing, PairingEvidence, number>;
  /** Reviews of a pairing the viewer may read, newest first. */
  reviews: DataLoader<number, OutcomeReview[]>;
}

// Per request (resolvers are singletons): kept per context object and collected with it.
const registry = new WeakMap<AppContext, ReviewLoaders>();

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

export function reviewLoaders(ctx: AppContext): ReviewLoaders {
  let loaders = registry.get(ctx);
  if (!loaders) {
    loaders = {
      evidence: new DataLoader((pairings) => loadEvidence(ctx, pairings), { cacheKeyFn: (p) => p.id }),
      reviews: new DataLoader((ids) => reviewsOf(ctx, ids)),
    };
    registry.set(ctx, loaders);
  }
  return loaders;
}

/** After a write in this request the figures must be read again. */
export function resetReviewLoaders(ctx: AppContext) {
  registry.delete(ctx);
}
