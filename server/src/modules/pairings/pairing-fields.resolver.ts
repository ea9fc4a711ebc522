import { MentorRole } from '@tongxin/schema';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
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

@Resolver(() => Pairing)
export class PairingFieldsResolver {
  @FieldResolver(() => Officer)
  mentee(@Root() pairing: Pairing): Promise<Officer> {
    return pairing.mentee.load({ dataloader: true }) as Promise<Officer>;
  }

  @FieldResolver(() => Branch)
  branch(@Root() pairing: Pairing): Promise<Branch> {
    return pairing.branch.load({ dataloader: true }) as Promise<Branch>;
  }

  @FieldResolver(() => [PairingMentor], { description: 'Current mentors (open terms), the lead first' })
  async mentors(@Root() pairing: Pairing, @Ctx() ctx: AppContext): Promise<PairingMentor[]> {
    return (await termsOf(pairing, ctx)).filter((t) => !t.endedAt).sort(leadFirst);
  }

  @FieldResolver(() => [PairingMentor], { description: 'Every term, ended ones included: who mentored when' })
  async mentorHistory(@Root() pairing: Pairing, @Ctx() ctx: AppContext): Promise<PairingMentor[]> {
    return (await termsOf(pairing, ctx)).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.id - b.id);
  }

  @FieldResolver(() => Officer, { nullable: true, description: '帮教责任人' })
  async leadMentor(@Root() pairing: Pairing, @Ctx() ctx: AppContext): Promise<Officer | null> {
    const lead = (await termsOf(pairing, ctx)).find((t) => !t.endedAt && t.role === MentorRole.LEAD);
    return lead ? ((await lead.officer.load({ dataloader: true })) ?? null) : null;
  }

  @FieldResolver(() => PairingType, { description: '"1+1" or "1+X", from the current mentors' })
  async pairingType(@Root() pairing: Pairing, @Ctx() ctx: AppContext): Promise<PairingType> {
    const open = (await termsOf(pairing, ctx)).filter((t) => !t.endedAt);
    return open.length > 1 ? PairingType.ONE_PLUS_X : PairingType.ONE_PLUS_ONE;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the next contact is due; null once the pairing is closed (no contact is owed any more)',
  })
  nextContactDue(@Root() pairing: Pairing): Date | null {
    return LIVE_STATUSES.includes(pairing.status) ? pairing.nextContactDue : null;
  }

  @FieldResolver(() => Boolean, { description: 'ACTIVE and the next contact is past due' })
  overdue(@Root() pairing: Pairing, @Ctx() ctx: AppContext): boolean {
    return isOverdue(pairing, ctx.clock.now());
  }

  @FieldResolver(() => [VisitKindCount], { description: 'Visits by kind, among those the viewer may read' })
  visitCounts(@Root() pairing: Pairing, @Ctx() ctx: AppContext): Promise<VisitKindCount[]> {
    return ctx.loaders.pairings.visitCounts.load(pairing.id);
  }

  @FieldResolver(() => [TimelineEntry], {
    description: 'Visits, talks, action items, reviews and status changes the viewer may read, in date order',
  })
  async timeline(
    @Root() pairing: Pairing,
    @Ctx() ctx: AppContext,
    @Arg('newestFirst', { defaultValue: false }) newestFirst: boolean,
  ): Promise<TimelineEntry[]> {
    const entries = await ctx.loaders.pairings.timeline.load(pairing);
    return newestFirst ? [...entries].reverse() : entries;
  }
}

@Resolver(() => PairingMentor)
export class PairingMentorResolver {
  @FieldResolver(() => Officer)
  officer(@Root() term: PairingMentor): Promise<Officer> {
    return term.officer.load({ dataloader: true }) as Promise<Officer>;
  }
}
