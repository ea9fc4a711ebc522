import type { EntityManager } from '@mikro-orm/core';
import type { AppContext } from './context.js';

/**
 * A mutation's reads, checks and writes in one transaction: a refusal anywhere leaves nothing
 * written. The request's EntityManager is cleared after a failure before anything reuses it
 * (mikro-orm#6667).
 */
export async function inTransaction<T>(ctx: AppContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional((em) => work(em));
  } catch (e) {
    ctx.em.clear();
    throw e;
  }
}
