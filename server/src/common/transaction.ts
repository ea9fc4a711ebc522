import { type EntityManager, helper } from '@mikro-orm/core';
import type { AppContext } from './context.js';

type Services = AppContext['services'];

/**
 * A mutation's reads, checks and writes in one transaction: a refusal anywhere leaves nothing
 * written. The work gets the transaction's EntityManager and the request's repositories bound to
 * it, so nothing inside reads or writes past the transaction by taking `ctx.services`. The
 * request's EntityManager is cleared after a failure before anything reuses it (mikro-orm#6667).
 */
export async function inTransaction<T>(
  ctx: AppContext,
  work: (em: EntityManager, services: Services) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.em.transactional((em) => work(em, ctx.services.within(em)));
  } catch (e) {
    ctx.em.clear();
    throw e;
  }
}

/**
 * Whether the edits applied to a loaded record change any column. An update that changes nothing
 * writes nothing: no new version, no audit event, no timeline entry.
 */
export function hasChanges(em: EntityManager, entity: object): boolean {
  const wrapped = helper(entity);
  const original = wrapped.__originalEntityData;
  if (!original) return true;
  const comparator = em.getComparator();
  return (
    Object.keys(comparator.diffEntities(wrapped.__meta.className, original, comparator.prepareEntity(entity))).length >
    0
  );
}
