import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { findReadable, subjectOf } from '../../common/authz.js';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { refId } from '../../common/plain-rows.js';
import { QUERY_ID, parseId } from '../../common/parse.js';
import { ForViewer } from '../../common/decisions.js';
import { ActionItem } from '../action-items/action-item.entity.js';
import { readableOrNull } from '../../common/has-many-loader.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { isTalkLocked, updateTalk } from './talk-update.service.js';
import { Talk } from './talk.entity.js';
import { listTalks, recordTalk } from './talk.service.js';
import { RecordTalkInput, TalkConnection, TalkFilter, UpdateTalkInput } from './talk.types.js';

@Resolver(() => Talk)
export class TalkResolver {
  @ForViewer()
  @Query(() => TalkConnection, { description: '谈心谈话记录 the viewer may see, latest first' })
  async talks(
    @Ctx() ctx: AppContext,
    @Args() page: PageArgs,
    @Arg('filter', () => TalkFilter, { nullable: true }) filter?: TalkFilter,
  ): Promise<TalkConnection> {
    return toConnection(TalkConnection, await listTalks(ctx, filter, page));
  }

  @ForViewer()
  @Query(() => Talk, { nullable: true, description: 'null when missing or out of the viewer’s scope' })
  talk(@Ctx() ctx: AppContext, @Arg('id', () => ID, QUERY_ID) id: string): Promise<Talk | null> {
    return findReadable(ctx, Talk, 'Talk', parseId('id', id));
  }

  @ForViewer()
  @Mutation(() => Talk, { description: 'Records a heart-to-heart talk (谈心谈话)' })
  recordTalk(@Ctx() ctx: AppContext, @Arg('input') input: RecordTalkInput): Promise<Talk> {
    return recordTalk(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Talk, { description: 'The talker corrects a talk within 7 days of recording it' })
  updateTalk(@Ctx() ctx: AppContext, @Arg('input') input: UpdateTalkInput): Promise<Talk> {
    return updateTalk(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: 'Recorded more than 7 days ago: read-only' })
  locked(@RecordRoot() talk: Talk, @Ctx() ctx: AppContext): boolean {
    return isTalkLocked(talk, ctx.clock.now());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'The viewer may still edit it' })
  editable(@RecordRoot() talk: Talk, @Ctx() ctx: AppContext): boolean {
    if (isTalkLocked(talk, ctx.clock.now())) return false;
    ctx.subjects.delete(talk);
    return ctx.ability.can('update', subjectOf(ctx, 'Talk', talk));
  }

  @FieldResolver(() => Officer)
  talker(@RecordRoot() talk: Talk, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(talk.talker));
  }

  @FieldResolver(() => Officer)
  talkee(@RecordRoot() talk: Talk, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(talk.talkee));
  }

  @FieldResolver(() => Branch, { description: 'The talkee’s branch' })
  branch(@RecordRoot() talk: Talk, @Ctx() ctx: AppContext): Promise<Branch> {
    return ctx.loaders.rows.get(Branch, refId(talk.branch));
  }

  @FieldResolver(() => Pairing, { nullable: true })
  pairing(@RecordRoot() talk: Talk, @Ctx() ctx: AppContext): Promise<Pairing | null> {
    return readableOrNull(ctx, Pairing, 'Pairing', talk.pairing);
  }

  @FieldResolver(() => [ActionItem], { description: 'Follow-ups this talk produced that the viewer may see' })
  actionItems(@RecordRoot() talk: Talk, @Ctx() ctx: AppContext): Promise<ActionItem[]> {
    return ctx.loaders.hasMany.load(TALK_ITEMS, talk.id);
  }
}

const TALK_ITEMS = {
  name: 'Talk.actionItems',
  entity: ActionItem,
  subject: 'ActionItem' as const,
  foreignKey: 'talk' as const,
  orderBy: { id: 'asc' as const },
};
