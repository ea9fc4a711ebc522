import type { EntityManager } from '@mikro-orm/core';
import { ActionItemStatus, TalkKind, VisitKind } from '@tongxin/schema';
import { addDays } from '../../common/clock.js';
import { ActionItem } from '../../modules/action-items/action-item.entity.js';
import type { Bureau } from '../../modules/org/bureau.entity.js';
import type { Pairing } from '../../modules/pairings/pairing.entity.js';
import { Talk } from '../../modules/talks/talk.entity.js';
import { Visit } from '../../modules/visits/visit.entity.js';
import { HOME_AREAS } from './branches.js';
import { type DemoCalendar, startOfDate } from './calendar.js';
import type { ContactSlot, ItemSpec } from './contacts.js';
import { closedDay, leadOn } from './pairing-plans.js';
import type { Rng } from './prng.js';
import {
  ACK_COMMENTS,
  ACTION_ITEMS,
  BUREAU_FORUM_PARTICIPANTS,
  CONFIDENTIAL_NOTES,
  HOME_PARTICIPANTS,
  OBSERVATIONS,
  TALK_ROOMS,
  TALK_TEXTS,
  type Theme,
  themed,
  themeOf,
  VISIT_SUMMARIES,
} from './texts-contacts.js';

const MINUTE = 60_000;
/** Action items of a talk outside a pairing follow the kind of talk. */
const TALK_THEMES: Record<TalkKind, Theme> = {
  ROUTINE: 'work',
  REMINDER: 'discipline',
  CARE: 'care',
  AFTER_DISCIPLINE: 'discipline',
  FOLLOW_UP: 'work',
};

/**
 * Writes visits, talks and their action items, each with the bureau/branch/mentee columns copied
 * from its pairing (a talk: from its talkee), as the permission rules expect.
 */
export class RecordWriter {
  /** The latest contact written on each pairing. */
  private readonly lastContact = new Map<Pairing, Date>();

  constructor(
    private readonly em: EntityManager,
    private readonly bureau: Bureau,
    private readonly cal: DemoCalendar,
    private readonly rng: Rng,
  ) {}

  write(slot: ContactSlot) {
    const occurredAt = this.cal.at(slot.day, slot.minute);
    const createdAt = this.cal.later(occurredAt, this.rng.int(30, 240));
    const pairing = slot.plan?.entity;
    if (pairing) {
      const prev = this.lastContact.get(pairing);
      if (!prev || prev < occurredAt) this.lastContact.set(pairing, occurredAt);
    }
    const record = slot.talk ? this.talk(slot, occurredAt, createdAt) : this.visit(slot, occurredAt, createdAt);
    this.items(slot, record, createdAt);
  }

  /** lastContactAt and nextContactDue = (last contact ?? start) + interval, for every pairing. */
  finish(pairings: Pairing[]) {
    for (const p of pairings) {
      const last = this.lastContact.get(p) ?? null;
      p.lastContactAt = last;
      p.nextContactDue = addDays(last ?? startOfDate(p.startDate), p.contactIntervalDays);
    }
  }

  private visit(slot: ContactSlot, occurredAt: Date, createdAt: Date): Visit {
    const { rng, cal } = this;
    const plan = slot.plan!;
    const kind = slot.visit ?? VisitKind.INDIVIDUAL_TALK;
    const theme = themeOf(plan.reason);
    const summaries = themed(VISIT_SUMMARIES[slot.bureauForum ? 'BUREAU_FORUM' : kind], theme);
    const ack = slot.ack ?? (plan.status !== 'ACTIVE' || (slot.day > 9 ? rng.chance(0.93) : rng.chance(0.35)));
    const acknowledgedAt = ack ? cal.later(occurredAt, rng.int(120, 3 * 24 * 60)) : null;
    const present = [slot.author, ...[leadOn(plan, slot.day), ...plan.supports].filter(() => rng.chance(0.3))];
    return this.em.create(Visit, {
      pairing: plan.entity,
      bureau: this.bureau,
      branch: plan.branch.entity,
      mentee: plan.mentee.entity,
      author: slot.author.entity,
      kind,
      occurredAt,
      location: this.location(kind, slot, plan.branch.spec.name),
      participants: slot.bureauForum
        ? BUREAU_FORUM_PARTICIPANTS
        : kind === VisitKind.HOME_VISIT && rng.chance(0.7)
          ? rng.pick(HOME_PARTICIPANTS)
          : null,
      participantMentorIds: [...new Set(present.map((o) => o.entity.id))],
      summary: rng.pick(summaries).replaceAll('{n}', plan.mentee.data.name),
      observations: rng.chance(0.85) ? rng.pick(themed(OBSERVATIONS, theme)) : null,
      confidentialNotes: (slot.confidential ?? rng.chance(0.25)) ? rng.pick(CONFIDENTIAL_NOTES) : null,
      nextVisitDue: rng.chance(0.7) ? cal.date(slot.day - plan.interval) : null,
      acknowledgedAt,
      acknowledgmentComment: acknowledgedAt && rng.chance(0.7) ? rng.pick(ACK_COMMENTS) : null,
      createdAt,
      updatedAt: acknowledgedAt ?? createdAt,
    });
  }

  private location(kind: VisitKind, slot: ContactSlot, branchName: string): string {
    const home = () => `本人家中（${this.rng.pick(HOME_AREAS)}）`;
    if (slot.bureauForum) return '分局三楼会议室';
    if (kind === VisitKind.HOME_VISIT) return home();
    if (kind === VisitKind.FORUM) return `${branchName}会议室`;
    if (kind === VisitKind.FOLLOW_UP && this.rng.chance(0.4)) return home();
    return this.rng.pick(TALK_ROOMS);
  }

  private talk(slot: ContactSlot, occurredAt: Date, createdAt: Date): Talk {
    const { rng } = this;
    const kind = slot.talk ?? TalkKind.ROUTINE;
    const texts = TALK_TEXTS[kind];
    const talkee = slot.talkee ?? slot.plan!.mentee;
    return this.em.create(Talk, {
      bureau: this.bureau,
      branch: talkee.branch.entity,
      talker: slot.author.entity,
      talkee: talkee.entity,
      pairing: slot.plan?.entity ?? null,
      kind,
      occurredAt,
      topics: rng.pick(texts.topics),
      officerViews: rng.chance(0.9) ? rng.pick(texts.views) : null,
      problemsRaised: rng.pick(texts.problems),
      guidance: rng.pick(texts.guidance),
      assessment: (slot.assessment ?? rng.chance(0.5)) ? rng.pick(texts.assessment) : null,
      confidential: slot.confidential ?? rng.chance(0.1),
      createdAt,
      updatedAt: createdAt,
    });
  }

  private items(slot: ContactSlot, record: Visit | Talk, createdAt: Date) {
    const { rng } = this;
    const talkee = slot.talkee ?? slot.plan?.mentee;
    const theme = slot.plan ? themeOf(slot.plan.reason) : TALK_THEMES[slot.talk ?? TalkKind.ROUTINE];
    const specs: ItemSpec[] =
      slot.items ??
      (rng.chance(slot.talk ? 0.3 : 0.45) ? [null, ...(rng.chance(0.2) ? [null] : [])] : []).map(() => {
        const dueIn = rng.int(7, 30);
        return {
          owner: rng.chance(0.65) ? talkee! : slot.author,
          status: this.drawStatus(slot, slot.day - dueIn),
          dueIn,
        };
      });
    for (const spec of specs) {
      const dueDay = slot.day - spec.dueIn;
      const closed = spec.status !== ActionItemStatus.OPEN;
      const closeBy = slot.plan && slot.plan.status !== 'ACTIVE' ? closedDay(slot.plan) : 0;
      const closedAt = closed
        ? new Date(
            Math.max(
              createdAt.getTime() + 60 * MINUTE,
              Math.min(
                createdAt.getTime() + rng.int(1, spec.dueIn) * 1440 * MINUTE,
                this.cal.at(closeBy, 9 * 60).getTime(),
                this.cal.now.getTime() - 60 * MINUTE,
              ),
            ),
          )
        : null;
      const pool =
        spec.owner !== talkee
          ? themed(ACTION_ITEMS.helper, theme)
          : slot.talk === TalkKind.ROUTINE && talkee.post === 'secretary'
            ? ACTION_ITEMS.secretary
            : themed(ACTION_ITEMS.mentee, theme);
      this.em.create(ActionItem, {
        bureau: this.bureau,
        branch: (slot.plan?.branch ?? talkee!.branch).entity,
        pairing: slot.plan?.entity ?? null,
        visit: record instanceof Visit ? record : null,
        talk: record instanceof Talk ? record : null,
        confidential: record instanceof Talk && record.confidential,
        owner: spec.owner.entity,
        createdBy: slot.author.entity,
        description: rng.pick(pool),
        dueDate: this.cal.date(dueDay),
        status: spec.status,
        note: closed
          ? rng.pick(spec.status === ActionItemStatus.DONE ? ACTION_ITEMS.done : ACTION_ITEMS.dropped)
          : null,
        closedAt,
        createdAt,
        updatedAt: closedAt ?? createdAt,
      });
    }
  }

  /** Closed once the pairing is; otherwise mostly done by the due date, a few left open past it. */
  private drawStatus(slot: ContactSlot, dueDay: number): ActionItemStatus {
    const { rng } = this;
    if (slot.plan && slot.plan.status !== 'ACTIVE')
      return rng.chance(0.85) ? ActionItemStatus.DONE : ActionItemStatus.DROPPED;
    if (dueDay <= 0) return rng.chance(0.2) ? ActionItemStatus.DONE : ActionItemStatus.OPEN;
    const open = dueDay <= 30 ? 25 : 7;
    return rng.weighted([
      [ActionItemStatus.DONE, 85 - open],
      [ActionItemStatus.DROPPED, 8],
      [ActionItemStatus.OPEN, open],
    ] as const);
  }
}
