import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { ForViewer } from '../../common/decisions.js';
import { DashboardService } from './dashboard.service.js';
import { Dashboard, DashboardArgs } from './dashboard.types.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  private readonly service = new DashboardService();

  @ForViewer()
  @Query(() => Dashboard, {
    description: 'Figures of the bureau (committee) or one branch (committee: any; secretary: their own) over a period',
  })
  dashboard(@Args() args: DashboardArgs, @Ctx() ctx: AppContext): Promise<Dashboard> {
    // A period's aggregates over the whole bureau: a few at a time per instance and per account.
    return ctx.limits.expensive(() => this.service.dashboard(ctx, args));
  }
}
