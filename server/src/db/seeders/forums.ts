import type { EntityManager } from '@mikro-orm/core';
import { ForumKind, ProblemEventType, ProblemFollowUpKind, ProblemStatus, VisitKind } from '@tongxin/schema';
import { ForumAttendance } from '../../modules/forums/forum-attendance.entity.js';
import { Forum } from '../../modules/forums/forum.entity.js';
import type { Officer } from '../../modules/officers/officer.entity.js';
import type { Bureau } from '../../modules/org/bureau.entity.js';
import { ProblemCategory } from '../../modules/problems/problem-category.entity.js';
import { ProblemEvent } from '../../modules/problems/problem-event.entity.js';
import { Problem } from '../../modules/problems/problem.entity.js';
import { Visit } from '../../modules/visits/visit.entity.js';
import type { DemoCalendar } from './calendar.js';
import type { PairingPlan } from './pairing-plans.js';
import type { Rng } from './prng.js';
import type { BranchInfo, OfficerInfo, Roster } from './roster.js';
import {
  CLOSE_NOTES,
  CONFIDENTIAL_MINUTES,
  DECLINE_REASONS,
  FIX_NOTES,
  FOLLOW_UP_NOTES,
  FORUM_PLACES,
  FORUM_TITLES,
  MINUTES,
  PROBLEM_CATEGORIES,
  PROBLEM_TEXTS,
  RECTIFY_NOTES,
} from './texts-forums.js';

/** The article's figures: 30 余场 forums, 93 problems, 38 fixed on the spot (即知即改). */
const FORUMS = 31;
const PROBLEMS = 93;
const FIXED = 38;
/** The other 55, newest first: still open, being rectified, then closed or declined. */
const OPEN = 9;
const RECTIFYING = 14;
const DECLINED = 7;

interface ForumPlan {
  day: number;
  branch: BranchInfo | null;
  kind: ForumKind;
  host: OfficerInfo;
  attendees: OfficerInfo[];
  /** Attendees mentees and their mentors, never marked absent. */
  keep: Set<OfficerInfo>;
}

interface ProblemSlot {
  forum: ForumPlan;
  entity: Forum;
  present: OfficerInfo[];
}

const LIVE = new Set(['ACTIVE', 'IN_REVIEW']);
const people = (b: BranchInfo) => b.officers.filter((o) => !o.data.disabled && !o.account?.match(/admin|auditor/));

/**
 * The demo's forums (座谈会) and the problems raised at them, modelled on the article: about 30
 * forums over nine months across the branches and the committee's own (交心会 with sanctioned
 * officers, the 派出所问政座谈会 of the 24 station heads), 93 problems in seven categories, 38 fixed on
 * the spot and the rest in every other state. Every attending mentee of a live pairing gets the
 * forum's FORUM contact, dated no later than the pairing's latest contact so the demo's contact
 * dates (and its overdue pairings) stay as the contact plan made them.
 */
export function seedForums(
  em: EntityManager,
  bureau: Bureau,
  roster: Roster,
  plans: PairingPlan[],
  cal: DemoCalendar,
  rng: Rng,
): void {
  const categories = PROBLEM_CATEGORIES.map((name, i) => em.create(ProblemCategory, { bureau, name, position: i + 1 }));
  const forums = planForums(roster, plans, rng);
  const slots: ProblemSlot[] = [];
  for (const f of forums) {
    const occurredAt = cal.at(f.day, 14 * 60 + rng.int(0, 150));
    const createdAt = cal.later(occurredAt, rng.int(60, 300));
    const absent = new Set(
      rng.sample(
        f.attendees.filter((a) => !f.keep.has(a) && a !== f.host),
        rng.int(0, 2),
      ),
    );
    const b = f.branch?.spec.name ?? '分局';
    const entity = em.create(Forum, {
      bureau,
      branch: f.branch?.entity ?? null,
      kind: f.kind,
      title: rng.pick(FORUM_TITLES[f.kind]).replace('{b}', b),
      occurredAt,
      place: rng.pick(FORUM_PLACES),
      host: f.host.entity,
      createdBy: f.host.entity,
      minutes: rng.pick(MINUTES),
      confidentialMinutes:
        f.kind === ForumKind.HEART_TO_HEART || rng.chance(0.2) ? rng.pick(CONFIDENTIAL_MINUTES) : null,
      createdAt,
      updatedAt: createdAt,
    });
    for (const a of f.attendees) {
      em.create(ForumAttendance, { forum: entity, officer: a.entity, present: !absent.has(a) });
    }
    const present = f.attendees.filter((a) => !absent.has(a));
    writeContacts(em, bureau, plans, entity, f, present, cal, rng);
    slots.push({ forum: f, entity, present });
  }
  writeProblems(em, bureau, roster, categories, slots, cal, rng);
}

function planForums(roster: Roster, plans: PairingPlan[], rng: Rng): ForumPlan[] {
  const { accounts } = roster;
  const branchForum = (branch: BranchInfo, day: number, kind: ForumKind, extra: OfficerInfo[] = []): ForumPlan => {
    const staff = people(branch).filter((o) => o !== branch.secretary && !extra.includes(o));
    // An assistance forum brings the branch's mentees and their lead mentors together.
    const paired =
      kind === ForumKind.ASSISTANCE
        ? plans.filter((p) => p.branch === branch && LIVE.has(p.status)).flatMap((p) => [p.mentee, p.lead])
        : [];
    const keep = new Set([...extra, ...paired]);
    const attendees = [...new Set([...keep, ...rng.sample(staff, rng.int(6, 12))])].filter(
      (o) => o !== branch.secretary,
    );
    return { day, branch, kind, host: branch.secretary, attendees, keep };
  };
  const A = accounts.secretary.branch;
  const B = accounts.secretary2.branch;
  const forums: ForumPlan[] = [
    branchForum(A, 205, ForumKind.GROUP),
    branchForum(A, 120, ForumKind.ASSISTANCE, [accounts.officer, accounts.mentor]),
    branchForum(A, 44, ForumKind.GROUP, [accounts.mentor]),
    branchForum(A, 3, ForumKind.ASSISTANCE, [accounts.officer, accounts.mentor]),
    branchForum(B, 180, ForumKind.GROUP),
    branchForum(B, 88, ForumKind.ASSISTANCE, [accounts.officer2, accounts.mentor2]),
    branchForum(B, 21, ForumKind.OTHER),
  ];
  // The committee's: the station heads' 问政座谈会 at the start, and two 交心会 with sanctioned officers.
  const committee = accounts.committee;
  const heads = roster.branches
    .filter((b) => b.spec.kind === 'STATION')
    .map((b) => b.officers.find((o) => o.post === 'head') ?? b.secretary);
  forums.push({ day: 250, branch: null, kind: ForumKind.GROUP, host: committee, attendees: heads, keep: new Set() });
  const sanctioned = plans.filter((p) => p.reason === 'DISCIPLINED' && LIVE.has(p.status));
  for (const day of [230, 62]) {
    const mentees = sanctioned.filter((p) => p.startDay >= day).map((p) => p.mentee);
    const attendees = [...mentees, ...new Set(mentees.map((m) => m.branch.secretary))];
    forums.push({
      day,
      branch: null,
      kind: ForumKind.HEART_TO_HEART,
      host: committee,
      attendees,
      keep: new Set(mentees),
    });
  }
  const others = rng.sample(roster.branches.slice(2), FORUMS - forums.length);
  for (const branch of others) {
    const kind = rng.weighted([
      [ForumKind.GROUP, 6],
      [ForumKind.ASSISTANCE, 3],
      [ForumKind.OTHER, 1],
    ] as const);
    forums.push(branchForum(branch, rng.int(8, 268), kind));
  }
  return forums.sort((a, b) => b.day - a.day);
}

/** The forum's FORUM visit on each present mentee's live pairing that had started. */
function writeContacts(
  em: EntityManager,
  bureau: Bureau,
  plans: PairingPlan[],
  forum: Forum,
  f: ForumPlan,
  present: OfficerInfo[],
  cal: DemoCalendar,
  rng: Rng,
) {
  for (const plan of plans) {
    if (!LIVE.has(plan.status) || !present.includes(plan.mentee)) continue;
    if (f.day > plan.startDay || plan.lastContactDay == null || f.day < plan.lastContactDay) continue;
    const ack = f.day > 9 ? rng.chance(0.9) : rng.chance(0.3);
    em.create(Visit, {
      pairing: plan.entity,
      bureau,
      branch: plan.branch.entity,
      mentee: plan.mentee.entity,
      author: f.host.entity,
      forum,
      kind: VisitKind.FORUM,
      occurredAt: forum.occurredAt,
      location: forum.place,
      summary: forum.title,
      acknowledgedAt: ack ? cal.later(forum.occurredAt, rng.int(120, 2 * 24 * 60)) : null,
      createdAt: forum.createdAt,
      updatedAt: forum.createdAt,
    });
  }
}

/** How many problems each forum raised: two to four, adjusted to the article's total. */
function problemCounts(n: number, rng: Rng): number[] {
  const counts = Array.from({ length: n }, () => rng.int(2, 4));
  let sum = counts.reduce((s, c) => s + c, 0);
  while (sum !== PROBLEMS) {
    const i = rng.int(0, n - 1);
    const step = sum < PROBLEMS ? 1 : -1;
    if (counts[i] + step < 1 || counts[i] + step > 6) continue;
    counts[i] += step;
    sum += step;
  }
  return counts;
}

function writeProblems(
  em: EntityManager,
  bureau: Bureau,
  roster: Roster,
  categories: ProblemCategory[],
  slots: ProblemSlot[],
  cal: DemoCalendar,
  rng: Rng,
) {
  const counts = problemCounts(slots.length, rng);
  const raised = slots.flatMap((slot, i) => Array.from({ length: counts[i] }, () => slot));
  // Fixed on the spot anywhere; of the rest the newest are open, then being rectified, the oldest done.
  const order = rng.shuffle(raised.map((_, i) => i));
  const status: ProblemStatus[] = [];
  for (const i of order.slice(0, FIXED)) status[i] = ProblemStatus.FIXED_ON_THE_SPOT;
  const rest = order.slice(FIXED).sort((a, b) => raised[a].forum.day - raised[b].forum.day);
  rest.forEach((i, k) => {
    status[i] = k < OPEN ? ProblemStatus.OPEN : k < OPEN + RECTIFYING ? ProblemStatus.RECTIFYING : ProblemStatus.CLOSED;
  });
  for (const i of rng.sample(rest.slice(OPEN + RECTIFYING), DECLINED)) status[i] = ProblemStatus.DECLINED;
  const mentorOwned = new Set<number>();
  raised.forEach((slot, i) => {
    if (slot.forum.branch === roster.accounts.mentor.branch && status[i] === ProblemStatus.RECTIFYING)
      mentorOwned.add(i);
  });

  raised.forEach((slot, i) => {
    const { forum: f, entity: forum } = slot;
    const category = rng.pick(categories);
    const text = rng.pick(PROBLEM_TEXTS[category.name as (typeof PROBLEM_CATEGORIES)[number]]);
    const anonymous = rng.chance(0.2);
    const raisers = slot.present.filter((o) => o !== f.host);
    const raiser = anonymous || raisers.length === 0 ? null : rng.pick(raisers);
    const home = f.branch ?? raiser?.branch ?? rng.pick(roster.branches.filter((x) => x.spec.kind === 'STATION'));
    const ownPerson = mentorOwned.has(i) ? roster.accounts.mentor : rng.chance(0.25) ? home.secretary : null;
    const secretary = home.secretary.entity;
    const s = status[i];
    const raisedDay = f.day;
    const resolvedDay = Math.max(1, raisedDay - rng.int(5, 40));
    const resolvedAt =
      s === ProblemStatus.FIXED_ON_THE_SPOT
        ? cal.later(forum.occurredAt, 30)
        : s === ProblemStatus.CLOSED || s === ProblemStatus.DECLINED
          ? cal.at(Math.min(resolvedDay, raisedDay - 1), 10 * 60 + rng.int(0, 420))
          : null;
    const dueIn = rng.pick([15, 30, 45, 60]);
    const dueDate =
      s === ProblemStatus.RECTIFYING || s === ProblemStatus.CLOSED || (s === ProblemStatus.OPEN && rng.chance(0.5))
        ? cal.date(raisedDay - dueIn)
        : null;
    const resolution =
      s === ProblemStatus.FIXED_ON_THE_SPOT
        ? rng.pick(FIX_NOTES)
        : s === ProblemStatus.CLOSED
          ? rng.pick(CLOSE_NOTES)
          : null;
    const problem = em.create(Problem, {
      bureau,
      branch: f.branch?.entity ?? null,
      forum,
      category,
      text,
      raisedBy: raiser?.entity ?? null,
      anonymous,
      owner: ownPerson?.entity ?? null,
      ownerBranch: ownPerson ? null : home.entity,
      dueDate,
      status: s,
      raisedAt: forum.occurredAt,
      resolvedAt,
      resolution,
      declineReason: s === ProblemStatus.DECLINED ? rng.pick(DECLINE_REASONS) : null,
      createdBy: f.host.entity,
      createdAt: forum.createdAt,
      updatedAt: resolvedAt ?? forum.createdAt,
    });
    const event = (type: ProblemEventType, actor: Officer, occurredAt: Date, note: string | null = null) =>
      em.create(ProblemEvent, { problem, type, actor, occurredAt, note });
    event(ProblemEventType.RAISED, f.host.entity, forum.createdAt);
    if (s === ProblemStatus.FIXED_ON_THE_SPOT)
      event(ProblemEventType.FIXED_ON_THE_SPOT, f.host.entity, resolvedAt!, resolution);
    if (s === ProblemStatus.RECTIFYING || s === ProblemStatus.CLOSED) {
      event(ProblemEventType.RECTIFYING, secretary, cal.later(forum.occurredAt, 24 * 60), rng.pick(RECTIFY_NOTES));
    }
    if (s === ProblemStatus.CLOSED)
      event(ProblemEventType.CLOSED, ownPerson?.entity ?? secretary, resolvedAt!, resolution);
    if (s === ProblemStatus.DECLINED) event(ProblemEventType.DECLINED, secretary, resolvedAt!, problem.declineReason);
    if ((s === ProblemStatus.CLOSED || s === ProblemStatus.FIXED_ON_THE_SPOT) && raiser && rng.chance(0.5)) {
      em.create(ProblemEvent, {
        problem,
        type: ProblemEventType.FOLLOW_UP,
        actor: secretary,
        occurredAt: cal.later(resolvedAt!, rng.int(3, 10) * 24 * 60),
        followUpKind: rng.chance(0.6) ? ProblemFollowUpKind.PHONE : ProblemFollowUpKind.IN_PERSON,
        note: rng.pick(FOLLOW_UP_NOTES),
      });
    }
  });
}
