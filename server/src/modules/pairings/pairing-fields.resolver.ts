import { LIMITS, MentorRole } from '@tongxin/schema';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import type { AppContext } from '../../common/context.js';
import { refId } from '../../common/plain-rows.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { PairingMentor } from './pairing-mentor.entity.js';
import { isOverdue, LIVE_STATUSES } from './pairing-rules.js';
import { Pairing } from './pairing.entity.js';
import { PairingType, TimelineEntry, VisitKindCount } from './pairing.types.js';

/**
 * All mentor terms of a pairing with their officers, batched across a page in one statement, so
 * the mentors' names need no further query.
 */
function termsOf(pairing: Pairing, ctx: AppContext): Promise<PairingMentor[]> {
  return ctx.loaders.pairings.terms.load(pairing.id);
}

const leadFirst = (a: PairingMentor, b: PairingMentor) =>
  (a.role === MentorRole.LEAD ? 0 : 1) - (b.role === MentorRole.LEAD ? 0 : 1) ||
  a.startedAt.getTime() - b.startedAt.getTime() ||
  a.id - b.id;

@ArgsType()
class TimelineArgs {
  @Field(() => Int, {
    nullable: true,
    description: `At most this many entries, 1..${LIMITS.pageSizeMax}, in the order asked for (all when not given)`,
  })
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  first?: number;
}

@Resolver(() => Pairing)
export class PairingFieldsResolver {
  @FieldResolver(() => Officer)
  mentee(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(pairing.mentee));
  }

  @FieldResolver(() => Branch)
  branch(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext): Promise<Branch> {
    return ctx.loaders.rows.get(Branch, refId(pairing.branch));
  }

  @FieldResolver(() => [PairingMentor], { description: 'Current mentors (open terms), the lead first' })
  async mentors(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext): Promise<PairingMentor[]> {
    return (await termsOf(pairing, ctx)).filter((t) => !t.endedAt).sort(leadFirst);
  }

  @FieldResolver(() => [PairingMentor], { description: 'Every term, ended ones included: who mentored when' })
  async mentorHistory(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext): Promise<PairingMentor[]> {
    return (await termsOf(pairing, ctx)).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.id - b.id);
  }

  @FieldResolver(() => Officer, { nullable: true, description: '帮教责任人' })
  async leadMentor(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext): Promise<Officer | null> {
    const lead = (await termsOf(pairing, ctx)).find((t) => !t.endedAt && t.role === MentorRole.LEAD);
    return lead ? ctx.loaders.rows.load(Officer, refId(lead.officer)) : null;
  }

  @FieldResolver(() => PairingType, { description: '"1+1" or "1+X", from the current mentors' })
  async pairingType(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext): Promise<PairingType> {
    const open = (await termsOf(pairing, ctx)).filter((t) => !t.endedAt);
    return open.length > 1 ? PairingType.ONE_PLUS_X : PairingType.ONE_PLUS_ONE;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the next contact is due; null once the pairing is closed (no contact is owed any more)',
  })
  nextContactDue(@RecordRoot() pairing: Pairing): Date | null {
    return LIVE_STATUSES.includes(pairing.status) ? pairing.nextContactDue : null;
  }

  @FieldResolver(() => Boolean, { description: 'ACTIVE and the next contact is past due' })
  overdue(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext): boolean {
    return isOverdue(pairing, ctx.clock.now());
  }

  @FieldResolver(() => [VisitKindCount], { description: 'Visits by kind, among those the viewer may read' })
  visitCounts(@RecordRoot() pairing: Pairing, @Ctx() ctx: AppContext): Promise<VisitKindCount[]> {
    return ctx.loaders.pairings.visitCounts.load(pairing.id);
  }

  @FieldResolver(() => [TimelineEntry], {
    description: 'Visits, talks, action items, reviews and status changes the viewer may read, in date order',
  })
  async timeline(
    @RecordRoot() pairing: Pairing,
    @Ctx() ctx: AppContext,
    @Arg('newestFirst', { defaultValue: false }) newestFirst: boolean,
    @Args() { first }: TimelineArgs,
  ): Promise<TimelineEntry[]> {
    return ctx.loaders.pairings.timeline({ first, newestFirst }).load(pairing);
  }
}

@Resolver(() => PairingMentor)
export class PairingMentorResolver {
  @FieldResolver(() => Officer)
  officer(@RecordRoot() term: PairingMentor, @Ctx() ctx: AppContext): Promise<Officer> {
    return ctx.loaders.rows.get(Officer, refId(term.officer));
  }
}
