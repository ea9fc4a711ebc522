import { type ActionItemStatus, TalkKind, VisitKind } from '@tongxin/schema';
import { leadOn, type PairingPlan } from './pairing-plans.js';
import type { Rng } from './prng.js';
import type { OfficerInfo, Roster } from './roster.js';

export interface ItemSpec {
  owner: OfficerInfo;
  status: ActionItemStatus;
  /** Due so many days after the contact. */
  dueIn: number;
}

/** A visit or a talk to be written (records.ts); unset options are drawn at random. */
export interface ContactSlot {
  plan?: PairingPlan;
  day: number;
  minute: number;
  visit?: VisitKind;
  talk?: TalkKind;
  /** The bureau's forum for disciplined officers (交心会), the same afternoon for all. */
  bureauForum?: boolean;
  /** The first contact of a pairing (never turned into a follow-up). */
  first?: boolean;
  /** Visit author or talker. */
  author: OfficerInfo;
  /** Talks only: defaults to the pairing's mentee. */
  talkee?: OfficerInfo;
  ack?: boolean;
  confidential?: boolean;
  assessment?: boolean;
  items?: ItemSpec[];
}

/** The article's 交心会 for officers disciplined in recent years, this many days ago. */
const BUREAU_FORUM_DAY = 158;
/** "回访教育13人次": exactly this many follow-up education visits. */
export const FOLLOW_UP_VISITS = 13;

/** The contacts of every pairing: scripted for the demo accounts, drawn for the others. */
export function planContacts(plans: PairingPlan[], roster: Roster, rng: Rng): ContactSlot[] {
  const slots = plans.flatMap((plan) => (plan.script ? scriptedSlots(plan, roster) : drawnSlots(plan, rng)));
  assignFollowUps(slots, rng);
  return slots;
}

/** Disciplined officers whose pairing was running that afternoon attended the 交心会. */
const atBureauForum = (plan: PairingPlan) =>
  plan.reason === 'DISCIPLINED' &&
  plan.startDay > BUREAU_FORUM_DAY + 5 &&
  plan.lastContactDay !== null &&
  plan.lastContactDay < BUREAU_FORUM_DAY - 3;

function contactDays(plan: PairingPlan, rng: Rng): number[] {
  const last = plan.lastContactDay;
  if (last === null) return [];
  const days = [Math.max(plan.startDay - rng.int(1, 5), last)];
  for (let d = days[0]; ;) {
    // Mostly well inside the interval; now and then a late contact, as in real life.
    const factor = rng.chance(0.1) ? 1.05 + rng.next() * 0.3 : 0.5 + rng.next() * 0.45;
    d -= Math.max(3, Math.round(plan.interval * factor));
    if (d <= last + 2) break;
    days.push(d);
  }
  if (days[days.length - 1] !== last) days.push(last);
  // Nothing is logged while a pairing waits for the committee (between submission and an EXTEND review).
  const inReview = (d: number) => plan.reviewedDay !== undefined && d <= plan.submittedDay! && d >= plan.reviewedDay;
  const open = days.filter((d, i) => i === 0 || !inReview(d));
  if (!atBureauForum(plan)) return open;
  const around = open.filter((d, i) => i === 0 || d === last || Math.abs(d - BUREAU_FORUM_DAY) > 4);
  return [...around, BUREAU_FORUM_DAY].sort((a, b) => b - a);
}

function drawnSlots(plan: PairingPlan, rng: Rng): ContactSlot[] {
  const secretary = plan.branch.secretary;
  const care = plan.reason === 'HARDSHIP' || plan.reason === 'WELLBEING';
  return contactDays(plan, rng).map((day, i): ContactSlot => {
    const lead = leadOn(plan, day);
    const first = i === 0;
    if (day === BUREAU_FORUM_DAY && !first && atBureauForum(plan)) {
      return { plan, day, minute: 14 * 60 + 30, visit: VisitKind.FORUM, bureauForum: true, author: lead };
    }
    const minute = 9 * 60 + rng.int(0, 480);
    if (first && plan.reason === 'DISCIPLINED' && rng.chance(0.5)) {
      return { plan, day, minute, talk: TalkKind.AFTER_DISCIPLINE, author: secretary, first };
    }
    if (!first && rng.chance(0.17)) {
      if (rng.chance(0.4)) {
        const kind = plan.reason === 'EARLY_WARNING' ? TalkKind.REMINDER : care ? TalkKind.CARE : TalkKind.ROUTINE;
        return { plan, day, minute, talk: kind, author: secretary };
      }
      return { plan, day, minute, talk: care && rng.chance(0.5) ? TalkKind.CARE : TalkKind.FOLLOW_UP, author: lead };
    }
    const visit = first
      ? rng.chance(0.7)
        ? VisitKind.HOME_VISIT
        : VisitKind.INDIVIDUAL_TALK
      : rng.weighted([
          [VisitKind.INDIVIDUAL_TALK, 55],
          [VisitKind.HOME_VISIT, 38],
          [VisitKind.FORUM, 7],
        ] as const);
    const author = plan.supports.length > 0 && rng.chance(0.2) ? rng.pick(plan.supports) : lead;
    // Home visits happen after work or on a rest-day afternoon.
    const at = visit === VisitKind.HOME_VISIT ? (rng.chance(0.5) ? 19 * 60 : 14 * 60) + rng.int(0, 90) : minute;
    return { plan, day, minute: at, visit, author, first };
  });
}

/** Turns exactly 13 later visits (two months into a pairing or more) into follow-up education visits. */
function assignFollowUps(slots: ContactSlot[], rng: Rng) {
  const candidates = rng.shuffle(
    slots.filter(
      (s) =>
        s.plan &&
        !s.plan.script &&
        !s.first &&
        (s.visit === VisitKind.INDIVIDUAL_TALK || s.visit === VisitKind.HOME_VISIT) &&
        s.plan.startDay - s.day >= 60,
    ),
  );
  const chosen: ContactSlot[] = [];
  // One per pairing first, so the 13 follow-ups spread over the bureau.
  for (const s of candidates) {
    if (chosen.length < FOLLOW_UP_VISITS && !chosen.some((c) => c.plan === s.plan)) chosen.push(s);
  }
  for (const s of candidates) if (chosen.length < FOLLOW_UP_VISITS && !chosen.includes(s)) chosen.push(s);
  if (chosen.length !== FOLLOW_UP_VISITS) throw new Error('demo seed: not enough visits for the follow-ups');
  for (const s of chosen) s.visit = VisitKind.FOLLOW_UP;
}

/**
 * The demo accounts' pairings (A: secretary/mentor/officer, B: the same with 2): a visit acknowledged
 * and one awaiting acknowledgment, confidential notes, open action items owned by the officer and the
 * mentor, and the secretary's talk with an assessment.
 */
function scriptedSlots(plan: PairingPlan, roster: Roster): ContactSlot[] {
  const a = plan.script === 'A';
  const secretary = a ? roster.accounts.secretary : roster.accounts.secretary2;
  const { mentee, lead } = plan;
  const helper = plan.supports[0] ?? lead;
  const d = a ? [96, 94, 66, 35, 2] : [75, 72, 45, 17, 4];
  const visit = (i: number, minute: number, kind: VisitKind, author: OfficerInfo, ack: boolean, item: ItemSpec) =>
    ({ plan, day: d[i], minute, visit: kind, author, ack, confidential: false, items: [item] }) satisfies ContactSlot;
  return [
    {
      plan,
      day: d[0],
      minute: 600,
      talk: TalkKind.AFTER_DISCIPLINE,
      author: secretary,
      first: true,
      confidential: false,
      assessment: true,
      items: [],
    },
    {
      ...visit(1, 1150, VisitKind.HOME_VISIT, lead, true, { owner: mentee, status: 'DONE', dueIn: 14 }),
      confidential: !a,
    },
    // Open past its due date: the officer's own overdue commitment.
    {
      ...visit(2, 900, VisitKind.INDIVIDUAL_TALK, lead, true, { owner: mentee, status: 'OPEN', dueIn: 30 }),
      confidential: a,
    },
    visit(3, 1170, VisitKind.HOME_VISIT, helper, true, { owner: lead, status: 'OPEN', dueIn: 45 }),
    // Logged two (B: four) days ago: awaiting the officer's acknowledgment, still editable by the mentor.
    visit(4, 630, VisitKind.INDIVIDUAL_TALK, lead, false, { owner: mentee, status: 'OPEN', dueIn: 14 }),
  ];
}
