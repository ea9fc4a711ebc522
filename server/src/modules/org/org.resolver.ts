import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RESTRICTED } from '../../common/base.entity.js';
import type { AppContext } from '../../common/context.js';
import { ForViewer } from '../../common/decisions.js';
import { Branch } from './branch.entity.js';
import { listReadableBranches } from './branch.repository.js';
import { Bureau } from './bureau.entity.js';

@Resolver(() => Branch)
export class BranchResolver {
  @ForViewer()
  @Query(() => [Branch], { description: 'Branches the viewer may see, by code' })
  branches(@Ctx() ctx: AppContext): Promise<Branch[]> {
    return listReadableBranches(ctx);
  }

  @FieldResolver(() => Bureau, RESTRICTED)
  bureau(@Root() branch: Branch): Promise<Bureau> {
    return branch.bureau.load({ dataloader: true }) as Promise<Bureau>;
  }
}
