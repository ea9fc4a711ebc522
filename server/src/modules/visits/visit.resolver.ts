import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { findReadable, subjectOf } from '../../common/authz.js';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { refId } from '../../common/plain-rows.js';
import { MUTATION_ID, QUERY_ID, parseId } from '../../common/parse.js';
import { ForViewer } from '../../common/decisions.js';
import { ActionItem } from '../action-items/action-item.entity.js';
import { readableOrNull } from '../../common/has-many-loader.js';
import { Forum } from '../forums/forum.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { Visit } from './visit.entity.js';
import { acknowledgeVisit, isVisitLocked, listVisits, logVisit, updateVisit } from './visit.service.js';
import { LogVisitInput, UpdateVisitInput, VisitConnection, VisitFilter } from './visit.types.js';

@Resolver(() => Visit)
export class VisitResolver {
  @ForViewer()
  @Query(() => VisitConnection, { description: 'Visits the viewer may see, latest first' })
  async visits(
    @Ctx() ctx: AppContext,
    @Args() page: PageArgs,
    @Arg('filter', () => VisitFilter, { nullable: true }) filter?: VisitFilter,
  ): Promise<VisitConnection> {
    return toConnection(VisitConnection, await listVisits(ctx, filter, page));
  }

  @ForViewer()
  @Query(() => Visit, { nullable: true, description: 'null when missing or out of the viewer’s scope' })
  visit(@Ctx() ctx: AppContext, @Arg('id', () => ID, QUERY_ID) id: string): Promise<Visit | null> {
    return findReadable(ctx, Visit, 'Visit', parseId('id', id));
  }

  @ForViewer()
  @Mutation(() => Visit, { description: 'A mentor of an active pairing logs a contact (走访)' })
  logVisit(@Ctx() ctx: AppContext, @Arg('input') input: LogVisitInput): Promise<Visit> {
    return logVisit(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Visit, { description: 'Its author edits a visit until it is locked' })
  updateVisit(@Ctx() ctx: AppContext, @Arg('input') input: UpdateVisitInput): Promise<Visit> {
    return updateVisit(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Visit, { description: 'The mentee confirms the visit (签字确认), once' })
  acknowledgeVisit(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, MUTATION_ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<Visit> {
    return acknowledgeVisit(ctx, id, comment);
  }

  @FieldResolver(() => Pairing, { nullable: true })
  pairing(@RecordRoot() visit: Visit, @Ctx() ctx: AppContext): Promise<Pairing | null> {
    return readableOrNull(ctx, Pairing, 'Pairing', visit.pairing);
  }

  @FieldResolver(() => Forum, {
    nullable: true,
    description: 'The forum (座谈会) this contact comes from, if the viewer may read it; such a visit is edited there',
  })
  forum(@RecordRoot() visit: Visit, @Ctx() ctx: AppContext): Promise<Forum | null> {
    return readableOrNull(ctx, Forum, 'Forum', visit.forum);
  }

  @FieldResolver(() => Officer)
  author(@RecordRoot() visit: Visit, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(visit.author));
  }

  @FieldResolver(() => [Officer], { nullable: true, description: 'Mentors of the pairing who were present' })
  participantMentors(@RecordRoot() visit: Visit, @Ctx() ctx: AppContext): Promise<Officer[]> {
    const ids = visit.participantMentorIds ?? [];
    return Promise.all(ids.map((id) => ctx.loaders.rows.load(Officer, id))).then((officers) =>
      officers.filter((o): o is Officer => !!o),
    );
  }

  @FieldResolver(() => [ActionItem], { description: 'Follow-ups this visit produced that the viewer may see' })
  actionItems(@RecordRoot() visit: Visit, @Ctx() ctx: AppContext): Promise<ActionItem[]> {
    return ctx.loaders.hasMany.load(VISIT_ITEMS, visit.id);
  }

  @FieldResolver(() => Boolean, { description: 'Acknowledged, or logged more than 7 days ago: read-only' })
  locked(@RecordRoot() visit: Visit, @Ctx() ctx: AppContext): boolean {
    return isVisitLocked(visit, ctx.clock.now());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'The viewer may still edit it' })
  editable(@RecordRoot() visit: Visit, @Ctx() ctx: AppContext): boolean {
    if (visit.forum || isVisitLocked(visit, ctx.clock.now())) return false;
    ctx.subjects.delete(visit);
    return ctx.ability.can('update', subjectOf(ctx, 'Visit', visit));
  }
}

const VISIT_ITEMS = {
  name: 'Visit.actionItems',
  entity: ActionItem,
  subject: 'ActionItem' as const,
  foreignKey: 'visit' as const,
  orderBy: { id: 'asc' as const },
};
