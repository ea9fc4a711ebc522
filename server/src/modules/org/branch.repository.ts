import { scopeWhere } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { Branch } from './branch.entity.js';

/** Branches the viewer may see, by code. */
export async function listReadableBranches(ctx: AppContext): Promise<Branch[]> {
  const where = scopeWhere<Branch>(ctx.ability, 'read', 'Branch');
  if (where === null) return [];
  return ctx.em.find(Branch, where, { orderBy: { code: 'asc' } });
}
