import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { findReadable, requireViewer } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { refId } from '../../common/plain-rows.js';
import { ForViewer } from '../../common/decisions.js';
import { readableOrNull } from '../../common/has-many-loader.js';
import { QUERY_ID, parseId } from '../../common/parse.js';
import { Forum } from '../forums/forum.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { ProblemCategory } from './problem-category.entity.js';
import { ProblemEvent } from './problem-event.entity.js';
import {
  closeProblem,
  declineProblem,
  fixOnTheSpot,
  logProblemFollowUp,
  startRectifying,
} from './problem-status.service.js';
import { Problem } from './problem.entity.js';
import { UNRESOLVED } from './problem.repository.js';
import { listProblems, raiseProblem } from './problem.service.js';
import {
  CloseProblemInput,
  DeclineProblemInput,
  FixOnTheSpotInput,
  LogProblemFollowUpInput,
  ProblemConnection,
  ProblemFilter,
  RaiseProblemInput,
  StartRectifyingInput,
} from './problem.types.js';

/** OPEN or RECTIFYING and past its due date (bureau time). */
export function isProblemOverdue(problem: Problem, now: Date): boolean {
  return UNRESOLVED.includes(problem.status) && !!problem.dueDate && problem.dueDate < localDate(now);
}

@Resolver(() => Problem)
export class ProblemResolver {
  @ForViewer()
  @Query(() => ProblemConnection, { description: '问题 the viewer may see, latest raised first' })
  async problems(
    @Ctx() ctx: AppContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ProblemFilter, { nullable: true }) filter?: ProblemFilter,
  ): Promise<ProblemConnection> {
    return toConnection(ProblemConnection, await listProblems(ctx, filter, page));
  }

  @ForViewer()
  @Query(() => Problem, { nullable: true, description: 'null when missing or out of the viewer’s scope' })
  problem(@Ctx() ctx: AppContext, @Arg('id', () => ID, QUERY_ID) id: string): Promise<Problem | null> {
    return findReadable(ctx, Problem, 'Problem', parseId('id', id));
  }

  @ForViewer()
  @Query(() => [ProblemCategory], { description: 'The viewer’s bureau’s problem categories, in order' })
  problemCategories(@Ctx() ctx: AppContext): Promise<ProblemCategory[]> {
    return ctx.services.problems.categories(requireViewer(ctx).bureauId);
  }

  @ForViewer()
  @Mutation(() => Problem, { description: 'Raises a problem at a forum, in a talk or at a visit' })
  raiseProblem(@Ctx() ctx: AppContext, @Arg('input') input: RaiseProblemInput): Promise<Problem> {
    return raiseProblem(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Problem, { description: 'OPEN → FIXED_ON_THE_SPOT (即知即改)' })
  fixOnTheSpot(@Ctx() ctx: AppContext, @Arg('input') input: FixOnTheSpotInput): Promise<Problem> {
    return fixOnTheSpot(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Problem, { description: 'OPEN → RECTIFYING (限期整改) with a due date and an owner' })
  startRectifying(@Ctx() ctx: AppContext, @Arg('input') input: StartRectifyingInput): Promise<Problem> {
    return startRectifying(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Problem, {
    description: 'OPEN or RECTIFYING → CLOSED (销号); the owner, their secretary or the committee',
  })
  closeProblem(@Ctx() ctx: AppContext, @Arg('input') input: CloseProblemInput): Promise<Problem> {
    return closeProblem(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Problem, { description: 'OPEN or RECTIFYING → DECLINED with a reason' })
  declineProblem(@Ctx() ctx: AppContext, @Arg('input') input: DeclineProblemInput): Promise<Problem> {
    return declineProblem(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Problem, { description: '回访 with the raiser on a closed or fixed problem' })
  logProblemFollowUp(@Ctx() ctx: AppContext, @Arg('input') input: LogProblemFollowUpInput): Promise<Problem> {
    return logProblemFollowUp(ctx, input);
  }

  @FieldResolver(() => ProblemCategory)
  category(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<ProblemCategory> {
    return ctx.loaders.rows.get(ProblemCategory, refId(problem.category));
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'null when anonymous (匿名): stored for nobody' })
  raisedBy(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<Officer | null> {
    return ctx.loaders.rows.load(Officer, refId(problem.raisedBy));
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The person to fix it (or ownerBranch)' })
  owner(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<Officer | null> {
    return ctx.loaders.rows.load(Officer, refId(problem.owner));
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'The branch to fix it (or owner)' })
  ownerBranch(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<Branch | null> {
    return ctx.loaders.rows.load(Branch, refId(problem.ownerBranch));
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'Where it was raised; null at a committee forum' })
  branch(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<Branch | null> {
    return ctx.loaders.rows.load(Branch, refId(problem.branch));
  }

  @FieldResolver(() => Officer, { description: 'Who noted it (never the raiser’s stand-in)' })
  createdBy(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(problem.createdBy));
  }

  @FieldResolver(() => Forum, { nullable: true, description: 'The forum it was raised at, if the viewer may read it' })
  forum(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<Forum | null> {
    return readableOrNull(ctx, Forum, 'Forum', problem.forum);
  }

  @FieldResolver(() => Talk, { nullable: true, description: 'The talk it was raised in, if the viewer may read it' })
  talk(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<Talk | null> {
    return readableOrNull(ctx, Talk, 'Talk', problem.talk);
  }

  @FieldResolver(() => Visit, { nullable: true, description: 'The visit it was raised at, if the viewer may read it' })
  visit(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<Visit | null> {
    return readableOrNull(ctx, Visit, 'Visit', problem.visit);
  }

  @FieldResolver(() => [ProblemEvent], {
    description: 'What happened to it, in the order it was recorded; follow-ups included',
  })
  history(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): Promise<ProblemEvent[]> {
    return ctx.loaders.problems.history.load(problem.id);
  }

  @FieldResolver(() => Boolean, { description: 'OPEN or RECTIFYING past its due date (bureau time)' })
  overdue(@RecordRoot() problem: Problem, @Ctx() ctx: AppContext): boolean {
    return isProblemOverdue(problem, ctx.clock.now());
  }
}

@Resolver(() => ProblemEvent)
export class ProblemEventResolver {
  @FieldResolver(() => Officer, { description: 'Who acted; never the raiser of an anonymous problem' })
  actor(@RecordRoot() event: ProblemEvent, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(event.actor));
  }
}
