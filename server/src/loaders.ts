import type { AppContext } from './common/context.js';
import { HasManyLoader } from './common/has-many-loader.js';
import { RowLoader } from './common/row-loader.js';
import { type ForumLoaders, createForumLoaders } from './modules/forums/forum.loaders.js';
import { type PairingLoaders, createPairingLoaders } from './modules/pairings/pairing.loaders.js';
import { type ProblemLoaders, createProblemLoaders } from './modules/problems/problem.loaders.js';
import { type ReviewLoaders, createReviewLoaders } from './modules/reviews/review.loaders.js';

/**
 * Every DataLoader of a request, built with its context (`ctx.loaders`): resolvers are
 * singletons, so batches and caches must live on the request, and a reader finds them all here.
 * A module adds its loaders as one entry.
 */
export interface RequestLoaders {
  /** Nested lists of any subject (a visit's action items, a pairing's visits and talks). */
  hasMany: HasManyLoader;
  /** Related records by id, as plain rows (see common/plain-rows.ts). */
  rows: RowLoader;
  forums: ForumLoaders;
  pairings: PairingLoaders;
  problems: ProblemLoaders;
  reviews: ReviewLoaders;
}

export function createLoaders(ctx: AppContext): RequestLoaders {
  return {
    hasMany: new HasManyLoader(ctx),
    rows: new RowLoader(ctx.em),
    forums: createForumLoaders(ctx),
    pairings: createPairingLoaders(ctx),
    problems: createProblemLoaders(ctx),
    reviews: createReviewLoaders(ctx),
  };
}
