import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { scopeWhere } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { ForViewer } from '../../common/decisions.js';
import { Branch } from './branch.entity.js';
import { Bureau } from './bureau.entity.js';

@Resolver(() => Branch)
export class BranchResolver {
  @ForViewer()
  @Query(() => [Branch], { description: 'Branches the viewer may see, by code' })
  async branches(@Ctx() ctx: AppContext): Promise<Branch[]> {
    const where = scopeWhere<Branch>(ctx.ability, 'read', 'Branch');
    if (where === null) return [];
    return ctx.em.find(Branch, where, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => Bureau)
  bureau(@Root() branch: Branch): Promise<Bureau> {
    return branch.bureau.load({ dataloader: true }) as Promise<Bureau>;
  }
}
