import { PairingReason, PairingStatus } from '@tongxin/schema';
import type { Pairing } from '../../modules/pairings/pairing.entity.js';
import { addMonths, type DemoCalendar } from './calendar.js';
import type { Rng } from './prng.js';
import type { BranchInfo, OfficerInfo, Roster } from './roster.js';

/** One of the 39 pairings, decided before any row is written. Days are counted back from today. */
export interface PairingPlan {
  branch: BranchInfo;
  mentee: OfficerInfo;
  lead: OfficerInfo;
  supports: OfficerInfo[];
  /** The lead before a handover, and the day it happened. */
  handover?: { from: OfficerInfo; day: number };
  status: PairingStatus;
  reason: PairingReason;
  interval: number;
  startDay: number;
  plannedEnd: string;
  submittedDay?: number;
  reviewedDay?: number;
  cancelledDay?: number;
  /** Reviewed with EXTEND and active again: the planned end before the extension. */
  extendedFrom?: string;
  /** The latest contact (null: none yet). Overdue pairings have it more than an interval ago. */
  lastContactDay: number | null;
  /** The demo accounts' pairings follow a fixed script. */
  script?: 'A' | 'B';
  /** The row, once created (pairings.ts). */
  entity: Pairing;
}

type Flag = 'overdue' | 'extended' | 'handover' | 'i14' | 'i60';
interface Template {
  status: PairingStatus;
  reason: PairingReason;
  flags: Flag[];
}

// The 31 pairings outside branches A and B: with A's and B's 8, 25 active (6 overdue, 2 extended after
// a review, 2 handed over), 5 in review, 6 concluded, 2 escalated, 1 cancelled; DISCIPLINED the most common.
const TEMPLATES: Template[] = `
ACTIVE DISCIPLINED|ACTIVE DISCIPLINED overdue|ACTIVE DISCIPLINED extended|ACTIVE DISCIPLINED
ACTIVE DISCIPLINED handover|ACTIVE DISCIPLINED|ACTIVE DISCIPLINED|ACTIVE EARLY_WARNING overdue
ACTIVE EARLY_WARNING|ACTIVE EARLY_WARNING|ACTIVE EARLY_WARNING i14|ACTIVE PERFORMANCE overdue
ACTIVE PERFORMANCE extended|ACTIVE PERFORMANCE i60|ACTIVE HARDSHIP|ACTIVE HARDSHIP i60|ACTIVE HARDSHIP overdue
ACTIVE WELLBEING i14|ACTIVE WELLBEING|ACTIVE OTHER|ACTIVE OTHER overdue
IN_REVIEW DISCIPLINED|IN_REVIEW EARLY_WARNING|IN_REVIEW WELLBEING
CONCLUDED DISCIPLINED|CONCLUDED DISCIPLINED|CONCLUDED HARDSHIP|CONCLUDED PERFORMANCE
ESCALATED DISCIPLINED|ESCALATED EARLY_WARNING|CANCELLED EARLY_WARNING`
  .trim()
  .split(/[|\n]/)
  .map((line) => {
    const [status, reason, ...flags] = line.split(' ');
    return { status: status as PairingStatus, reason: reason as PairingReason, flags: flags as Flag[] };
  });

// Branches A and B: the accounts' own pairings plus one overdue / handed over, one in review, one concluded.
const ACCOUNT_BRANCHES: [string, Template & { script?: 'A' | 'B'; days?: number }][] = [
  ['YZ-S01', { status: 'ACTIVE', reason: 'DISCIPLINED', flags: [], script: 'A' }],
  ['YZ-S01', { status: 'ACTIVE', reason: 'EARLY_WARNING', flags: ['overdue'] }],
  ['YZ-S01', { status: 'IN_REVIEW', reason: 'HARDSHIP', flags: [], days: 6 }],
  ['YZ-S01', { status: 'CONCLUDED', reason: 'DISCIPLINED', flags: [], days: 45 }],
  ['YZ-S02', { status: 'ACTIVE', reason: 'DISCIPLINED', flags: [], script: 'B' }],
  ['YZ-S02', { status: 'ACTIVE', reason: 'WELLBEING', flags: ['handover'] }],
  ['YZ-S02', { status: 'IN_REVIEW', reason: 'PERFORMANCE', flags: [], days: 10 }],
  ['YZ-S02', { status: 'CONCLUDED', reason: 'DISCIPLINED', flags: [], days: 60 }],
];

// The larger departments also run pairings (traffic, criminal investigation, patrol, custody...).
const DEPARTMENTS_WITH_PAIRS = ['YZ-D06', 'YZ-D07', 'YZ-D08', 'YZ-D14', 'YZ-D21', 'YZ-D02', 'YZ-D18'];

/** Decides the 39 pairings and flags the officers they help (and a few not yet paired). */
export function planPairings(roster: Roster, cal: DemoCalendar, rng: Rng): PairingPlan[] {
  const taken = new Set<OfficerInfo>();
  const load = new Map<OfficerInfo, number>();
  const { accounts } = roster;
  for (const a of Object.values(accounts)) taken.add(a);

  const others = roster.branches.filter((b) => b.spec.kind === 'STATION').slice(2);
  const stations = [...others, ...rng.sample(others, 2)];
  const targets = [...stations, ...DEPARTMENTS_WITH_PAIRS.map((c) => roster.byCode(c))];
  const jobs = [
    ...ACCOUNT_BRANCHES.map(([code, t]) => ({ branch: roster.byCode(code), t })),
    ...rng
      .shuffle(TEMPLATES)
      .map((t, i) => ({ branch: targets[i], t: t as Template & { script?: 'A' | 'B'; days?: number } })),
  ];

  const plans = jobs.map(({ branch, t }) => {
    const script = t.script;
    const mentee =
      script === 'A' ? accounts.officer : script === 'B' ? accounts.officer2 : pickMentee(branch, taken, rng);
    taken.add(mentee);
    const mentors = branch.officers.filter((o) => o.data.isMentor && !o.account && !o.data.disabled);
    const pickMentor = (exclude: OfficerInfo[]) => {
      const free = mentors.filter((m) => !exclude.includes(m));
      const least = Math.min(...free.map((m) => load.get(m) ?? 0));
      const m = rng.pick(free.filter((f) => (load.get(f) ?? 0) === least));
      load.set(m, (load.get(m) ?? 0) + 1);
      return m;
    };
    const lead = script === 'A' ? accounts.mentor : script === 'B' ? accounts.mentor2 : pickMentor([]);
    const wanted =
      script === 'A'
        ? 1
        : script === 'B'
          ? 0
          : rng.weighted([
              [0, 55],
              [1, 25],
              [2, 12],
              [3, 8],
            ] as const);
    // Keep one mentor free for a handover in small departments.
    const supportCount = Math.min(wanted, mentors.length - 2);
    const supports: OfficerInfo[] = [];
    for (let i = 0; i < supportCount; i++) supports.push(pickMentor([lead, ...supports]));
    const interval = t.flags.includes('i14') ? 14 : t.flags.includes('i60') ? 60 : 30;
    const plan = {
      branch,
      mentee,
      lead,
      supports,
      status: t.status,
      reason: t.reason,
      interval,
      script,
    } as PairingPlan;
    scheduleDates(plan, t.flags, t.days, cal, rng);
    if (t.flags.includes('handover')) {
      plan.handover = { from: pickMentor([lead, ...supports]), day: rng.int(30, plan.startDay - 40) };
    }
    // Someone is flagged for the reason they need help; a concluded or cancelled pairing clears the flag.
    if (plan.status !== 'CONCLUDED' && plan.status !== 'CANCELLED') mentee.data.flaggedReason = plan.reason;
    return plan;
  });

  // The accounts' mentors also support the other active pairing of their branch (A: the overdue one).
  plans[1].supports = [accounts.mentor, ...plans[1].supports.slice(0, 1)];
  plans[5].supports = [accounts.mentor2];
  flagUnpaired(roster, taken, rng);
  return plans;
}

/** The lead mentor on a given day (before a handover: the former lead). */
export const leadOn = (plan: PairingPlan, day: number) =>
  plan.handover && day > plan.handover.day ? plan.handover.from : plan.lead;

/** The last day the pairing was open for contacts (days ago): submission, cancellation, or today. */
export const closedDay = (plan: PairingPlan) =>
  plan.status === 'ACTIVE' ? 0 : (plan.submittedDay ?? plan.cancelledDay ?? 0);

function pickMentee(branch: BranchInfo, taken: Set<OfficerInfo>, rng: Rng): OfficerInfo {
  const staff = branch.officers.filter(
    (o) => o.post === 'staff' && !o.data.isMentor && !o.data.disabled && !taken.has(o),
  );
  const police = staff.filter((o) => o.data.category === 'POLICE');
  return rng.pick(rng.chance(0.65) && police.length > 0 ? police : staff);
}

/** Start, planned end, submission, review and the latest contact, consistent with the status. */
function scheduleDates(plan: PairingPlan, flags: Flag[], fixedDays: number | undefined, cal: DemoCalendar, rng: Rng) {
  const activeLast = (start: number) => Math.max(1, Math.min(rng.int(1, plan.interval - 4), start - 3));
  const endAfter = (months: number) => addMonths(cal.date(plan.startDay), months);
  if (plan.script) {
    plan.startDay = plan.script === 'A' ? 98 : 76;
    plan.plannedEnd = endAfter(12);
    plan.lastContactDay = plan.script === 'A' ? 2 : 4;
    return;
  }
  switch (plan.status) {
    case 'IN_REVIEW':
    case 'CONCLUDED': {
      const submitted = fixedDays ?? (plan.status === 'IN_REVIEW' ? rng.int(2, 20) : rng.int(25, 80));
      plan.startDay = submitted + rng.int(178, 188);
      plan.plannedEnd = endAfter(6);
      plan.submittedDay = submitted;
      if (plan.status === 'CONCLUDED') plan.reviewedDay = submitted - rng.int(3, 10);
      plan.lastContactDay = submitted + rng.int(1, 6);
      return;
    }
    case 'ESCALATED':
      plan.startDay = rng.int(140, 220);
      plan.plannedEnd = endAfter(12);
      plan.submittedDay = rng.int(20, 60);
      plan.reviewedDay = plan.submittedDay - rng.int(2, 6);
      plan.lastContactDay = plan.submittedDay + rng.int(1, 5);
      return;
    case 'CANCELLED':
      plan.startDay = rng.int(90, 160);
      plan.plannedEnd = endAfter(6);
      plan.cancelledDay = rng.int(20, 60);
      plan.lastContactDay = plan.cancelledDay + rng.int(4, 12);
      return;
  }
  if (flags.includes('extended')) {
    plan.startDay = rng.int(215, 262);
    plan.extendedFrom = endAfter(6);
    plan.submittedDay = cal.daysAgoOf(plan.extendedFrom) + rng.int(0, 4);
    plan.reviewedDay = plan.submittedDay - rng.int(3, 8);
    plan.plannedEnd = addMonths(plan.extendedFrom, 3);
    plan.lastContactDay = Math.min(activeLast(plan.startDay), plan.reviewedDay - 1);
    return;
  }
  if (flags.includes('overdue')) {
    plan.startDay = rng.int(plan.interval + 45, 230);
    plan.lastContactDay = plan.interval + rng.int(3, 20);
  } else {
    plan.startDay = flags.includes('handover') ? rng.int(120, 240) : rng.int(20, 250);
    plan.lastContactDay = activeLast(plan.startDay);
  }
  // Six months, or nine or twelve when six would already be over; a sanction's period for DISCIPLINED.
  const months = [plan.reason === 'DISCIPLINED' ? 12 : 6, 9, 12].find((m) => cal.daysAgoOf(endAfter(m)) <= -7);
  plan.plannedEnd = endAfter(months ?? 12);
}

/** Officers the branches flagged for help but have not paired yet: two each in A and B, ten elsewhere. */
function flagUnpaired(roster: Roster, taken: Set<OfficerInfo>, rng: Rng) {
  const reasons = [
    [PairingReason.EARLY_WARNING, 5],
    [PairingReason.WELLBEING, 2],
    [PairingReason.HARDSHIP, 2],
    [PairingReason.PERFORMANCE, 2],
    [PairingReason.DISCIPLINED, 2],
  ] as const;
  const branches = [
    roster.byCode('YZ-S01'),
    roster.byCode('YZ-S01'),
    roster.byCode('YZ-S02'),
    roster.byCode('YZ-S02'),
    ...rng.sample(roster.branches.slice(2), 10),
  ];
  for (const branch of branches) {
    const o = pickMentee(branch, taken, rng);
    taken.add(o);
    o.data.flaggedReason = rng.weighted(reasons);
  }
}
