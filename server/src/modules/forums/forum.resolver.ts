import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { findReadable, subjectOf } from '../../common/authz.js';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { refId } from '../../common/plain-rows.js';
import { ForViewer } from '../../common/decisions.js';
import { QUERY_ID, parseId } from '../../common/parse.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Problem } from '../problems/problem.entity.js';
import { ForumAttendance } from './forum-attendance.entity.js';
import { isForumLocked } from './forum-rules.js';
import { markForumAttendance, updateForum } from './forum-update.service.js';
import { Forum } from './forum.entity.js';
import { createForum, listForums } from './forum.service.js';
import {
  CreateForumInput,
  ForumConnection,
  ForumFilter,
  MarkForumAttendanceInput,
  UpdateForumInput,
} from './forum.types.js';

@Resolver(() => Forum)
export class ForumResolver {
  @ForViewer()
  @Query(() => ForumConnection, { description: '座谈会 the viewer may see, latest first' })
  async forums(
    @Ctx() ctx: AppContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ForumFilter, { nullable: true }) filter?: ForumFilter,
  ): Promise<ForumConnection> {
    return toConnection(ForumConnection, await listForums(ctx, filter, page));
  }

  @ForViewer()
  @Query(() => Forum, { nullable: true, description: 'null when missing or out of the viewer’s scope' })
  forum(@Ctx() ctx: AppContext, @Arg('id', () => ID, QUERY_ID) id: string): Promise<Forum | null> {
    return findReadable(ctx, Forum, 'Forum', parseId('id', id));
  }

  @ForViewer()
  @Mutation(() => Forum, {
    description:
      'A secretary records a forum of their branch, the committee one of the bureau; with attendees and problems',
  })
  createForum(@Ctx() ctx: AppContext, @Arg('input') input: CreateForumInput): Promise<Forum> {
    return createForum(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Forum, { description: 'The host edits the forum within 7 days of recording it' })
  updateForum(@Ctx() ctx: AppContext, @Arg('input') input: UpdateForumInput): Promise<Forum> {
    return updateForum(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Forum, { description: 'The host marks a listed attendee present or absent (within 7 days)' })
  markForumAttendance(@Ctx() ctx: AppContext, @Arg('input') input: MarkForumAttendanceInput): Promise<Forum> {
    return markForumAttendance(ctx, input);
  }

  @FieldResolver(() => Branch, {
    nullable: true,
    description: 'The organising branch; null: the committee, for the bureau',
  })
  branch(@RecordRoot() forum: Forum, @Ctx() ctx: AppContext): Promise<Branch | null> {
    return ctx.loaders.rows.load(Branch, refId(forum.branch));
  }

  @FieldResolver(() => Officer)
  host(@RecordRoot() forum: Forum, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(forum.host));
  }

  @FieldResolver(() => Officer, { description: 'Who recorded it' })
  createdBy(@RecordRoot() forum: Forum, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(forum.createdBy));
  }

  @FieldResolver(() => [ForumAttendance], { description: 'Everyone listed, present or absent' })
  attendances(@RecordRoot() forum: Forum, @Ctx() ctx: AppContext): Promise<ForumAttendance[]> {
    return ctx.loaders.forums.attendances.load(forum.id);
  }

  @FieldResolver(() => Int)
  async attendeeCount(@RecordRoot() forum: Forum, @Ctx() ctx: AppContext): Promise<number> {
    return (await ctx.loaders.forums.attendances.load(forum.id)).length;
  }

  @FieldResolver(() => Int)
  async presentCount(@RecordRoot() forum: Forum, @Ctx() ctx: AppContext): Promise<number> {
    return (await ctx.loaders.forums.attendances.load(forum.id)).filter((a) => a.present).length;
  }

  @FieldResolver(() => Boolean, {
    description: 'Confidential minutes exist (their text is the host’s and the committee’s)',
  })
  hasConfidentialMinutes(@RecordRoot() forum: Forum): boolean {
    return !!forum.confidentialMinutes;
  }

  @FieldResolver(() => [Problem], { description: 'Problems raised at it that the viewer may see, in order raised' })
  problems(@RecordRoot() forum: Forum, @Ctx() ctx: AppContext): Promise<Problem[]> {
    return ctx.loaders.hasMany.load(FORUM_PROBLEMS, forum.id);
  }

  @FieldResolver(() => Boolean, { description: 'Recorded more than 7 days ago: read-only' })
  locked(@RecordRoot() forum: Forum, @Ctx() ctx: AppContext): boolean {
    return isForumLocked(forum, ctx.clock.now());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'The viewer may still edit it' })
  editable(@RecordRoot() forum: Forum, @Ctx() ctx: AppContext): boolean {
    if (isForumLocked(forum, ctx.clock.now())) return false;
    return ctx.ability.can('update', subjectOf(ctx, 'Forum', forum));
  }
}

@Resolver(() => ForumAttendance)
export class ForumAttendanceResolver {
  @FieldResolver(() => Officer)
  officer(@RecordRoot() attendance: ForumAttendance, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(attendance.officer));
  }
}

const FORUM_PROBLEMS = {
  name: 'Forum.problems',
  entity: Problem,
  subject: 'Problem' as const,
  foreignKey: 'forum' as const,
  orderBy: { id: 'asc' as const },
};
