import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { ForViewer } from '../../common/decisions.js';
import { LedgerService } from './ledger.service.js';
import { ExportLedgerInput, LedgerExport } from './ledger.types.js';

@Resolver()
export class LedgerResolver {
  private readonly service = new LedgerService();

  @ForViewer()
  @Mutation(() => LedgerExport, {
    description: '台账 export (committee: bureau or any branch; secretary: their branch): a link to download',
  })
  exportLedger(@Arg('input') input: ExportLedgerInput, @Ctx() ctx: AppContext): Promise<LedgerExport> {
    return this.service.requestExport(ctx, input);
  }
}
