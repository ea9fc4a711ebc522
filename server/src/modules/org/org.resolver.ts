import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { RESTRICTED } from '../../common/base.entity.js';
import type { AppContext } from '../../common/context.js';
import { refId } from '../../common/plain-rows.js';
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
  bureau(@RecordRoot() branch: Branch, @Ctx() ctx: AppContext): Promise<Bureau> {
    return ctx.loaders.rows.get(Bureau, refId(branch.bureau));
  }
}
