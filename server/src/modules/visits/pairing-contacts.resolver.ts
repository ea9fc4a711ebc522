import { ActionItemStatus } from '@tongxin/schema';
import { Arg, Args, Ctx, FieldResolver, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { NestedListArgs, nestedFirst } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { ActionItem } from '../action-items/action-item.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from './visit.entity.js';

/**
 * The contacts a pairing accumulates, as nested lists: for a page of pairings each is one SQL
 * statement, scoped by the viewer's rules for visits, talks and action items, and cut to `first`
 * per pairing in SQL.
 */
@Resolver(() => Pairing)
export class PairingContactsResolver {
  @FieldResolver(() => [Visit], { description: 'Visits on this pairing the viewer may see, latest first' })
  visits(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext, @Args() page: NestedListArgs): Promise<Visit[]> {
    return ctx.loaders.hasMany.load(PAIRING_VISITS, pairing.id, nestedFirst(page));
  }

  @FieldResolver(() => [Talk], { description: 'Talks held on this pairing the viewer may see, latest first' })
  talks(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext, @Args() page: NestedListArgs): Promise<Talk[]> {
    return ctx.loaders.hasMany.load(PAIRING_TALKS, pairing.id, nestedFirst(page));
  }

  @FieldResolver(() => [ActionItem], {
    description: 'Action items of this pairing the viewer may see, earliest due first',
  })
  actionItems(
    @RecordRoot() pairing: Pairing,
    @Ctx() ctx: AppContext,
    @Args() page: NestedListArgs,
    @Arg('status', () => ActionItemStatus, { nullable: true }) status?: ActionItemStatus | null,
  ): Promise<ActionItem[]> {
    return ctx.loaders.hasMany.load(
      {
        name: `Pairing.actionItems:${status ?? '*'}`,
        entity: ActionItem,
        subject: 'ActionItem',
        foreignKey: 'pairing',
        where: status ? { status } : undefined,
        orderBy: { dueDate: 'asc', id: 'asc' },
      },
      pairing.id,
      nestedFirst(page),
    );
  }
}

/** A pairing's contacts of one kind, latest first. */
const latestFirst = <E extends typeof Visit | typeof Talk, S extends 'Visit' | 'Talk'>(entity: E, subject: S) => ({
  name: `Pairing.${subject.toLowerCase()}s`,
  entity,
  subject,
  foreignKey: 'pairing' as const,
  orderBy: { occurredAt: 'desc' as const, id: 'desc' as const },
});

const PAIRING_VISITS = latestFirst(Visit, 'Visit');
const PAIRING_TALKS = latestFirst(Talk, 'Talk');
