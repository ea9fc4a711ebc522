import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { findReadable } from '../../common/authz.js';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { refId } from '../../common/plain-rows.js';
import { QUERY_ID, parseId } from '../../common/parse.js';
import { ForViewer } from '../../common/decisions.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { ActionItem } from './action-item.entity.js';
import { isOverdue, listActionItems, updateActionItem } from './action-item.service.js';
import { editActionItem } from './action-item-edit.service.js';
import {
  ActionItemConnection,
  ActionItemFilter,
  EditActionItemInput,
  UpdateActionItemInput,
} from './action-item.types.js';
import { readableOrNull } from '../../common/has-many-loader.js';

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @ForViewer()
  @Query(() => ActionItemConnection, { description: '整改事项 the viewer may see, earliest due first' })
  async actionItems(
    @Ctx() ctx: AppContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ActionItemFilter, { nullable: true }) filter?: ActionItemFilter,
  ): Promise<ActionItemConnection> {
    return toConnection(ActionItemConnection, await listActionItems(ctx, filter, page));
  }

  @ForViewer()
  @Query(() => ActionItem, { nullable: true, description: 'null when missing or out of the viewer’s scope' })
  actionItem(@Ctx() ctx: AppContext, @Arg('id', () => ID, QUERY_ID) id: string): Promise<ActionItem | null> {
    return findReadable(ctx, ActionItem, 'ActionItem', parseId('id', id));
  }

  @ForViewer()
  @Mutation(() => ActionItem, { description: 'Closes an open item: DONE, or DROPPED with a note' })
  updateActionItem(@Ctx() ctx: AppContext, @Arg('input') input: UpdateActionItemInput): Promise<ActionItem> {
    return updateActionItem(ctx, input);
  }

  @ForViewer()
  @Mutation(() => ActionItem, { description: 'A mentor or the secretary corrects an open item: text, due date, owner' })
  editActionItem(@Ctx() ctx: AppContext, @Arg('input') input: EditActionItemInput): Promise<ActionItem> {
    return editActionItem(ctx, input);
  }

  @FieldResolver(() => Officer)
  owner(@RecordRoot() item: ActionItem, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(item.owner));
  }

  @FieldResolver(() => Branch, { description: 'The branch whose follow-up it is' })
  branch(@RecordRoot() item: ActionItem, @Ctx() ctx: AppContext): Promise<Branch> {
    return ctx.loaders.rows.get(Branch, refId(item.branch));
  }

  @FieldResolver(() => Pairing, { nullable: true })
  pairing(@RecordRoot() item: ActionItem, @Ctx() ctx: AppContext): Promise<Pairing | null> {
    return readableOrNull(ctx, Pairing, 'Pairing', item.pairing);
  }

  @FieldResolver(() => Visit, { nullable: true, description: 'The visit that produced it, if the viewer may read it' })
  visit(@RecordRoot() item: ActionItem, @Ctx() ctx: AppContext): Promise<Visit | null> {
    return readableOrNull(ctx, Visit, 'Visit', item.visit);
  }

  @FieldResolver(() => Talk, { nullable: true, description: 'The talk that produced it, if the viewer may read it' })
  talk(@RecordRoot() item: ActionItem, @Ctx() ctx: AppContext): Promise<Talk | null> {
    return readableOrNull(ctx, Talk, 'Talk', item.talk);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date (bureau time)' })
  overdue(@RecordRoot() item: ActionItem, @Ctx() ctx: AppContext): boolean {
    return isOverdue(item, ctx.clock.now());
  }
}
