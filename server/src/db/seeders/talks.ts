import { ActionItemStatus, TalkKind } from '@tongxin/schema';
import type { ContactSlot } from './contacts.js';
import type { PairingPlan } from './pairing-plans.js';
import type { Rng } from './prng.js';
import type { OfficerInfo, Roster } from './roster.js';

/**
 * Heart-to-heart talks outside any pairing, top-down as the article describes (自上而下谈心谈话): the
 * committee with branch secretaries, secretaries with their officers, reminder talks (第一种形态)
 * with officers flagged for early signs, and the demo accounts' own talks.
 */
export function planBureauTalks(roster: Roster, plans: PairingPlan[], rng: Rng): ContactSlot[] {
  const { accounts } = roster;
  const committee = accounts.committee;
  const minute = () => 9 * 60 + rng.int(0, 480);
  const talk = (
    day: number,
    kind: TalkKind,
    author: OfficerInfo,
    talkee: OfficerInfo,
    extra: Partial<ContactSlot> = {},
  ) => ({ day, minute: minute(), talk: kind, author, talkee, ...extra }) satisfies ContactSlot;
  const slots: ContactSlot[] = [];

  // At the start of the education campaign the committee talked with the branch secretaries.
  const others = roster.branches.slice(2).map((b) => b.secretary);
  for (const s of [accounts.secretary, accounts.secretary2, ...rng.sample(others, 16)]) {
    slots.push(talk(rng.int(200, 235), TalkKind.ROUTINE, committee, s, { items: [] }));
  }
  slots.push(
    talk(24, TalkKind.ROUTINE, committee, accounts.secretary, {
      confidential: false,
      assessment: true,
      items: [{ owner: accounts.secretary, status: ActionItemStatus.OPEN, dueIn: 30 }],
    }),
    talk(31, TalkKind.ROUTINE, committee, accounts.secretary2, {
      confidential: false,
      assessment: true,
      items: [{ owner: accounts.secretary2, status: ActionItemStatus.OPEN, dueIn: 30 }],
    }),
  );
  // After an escalation the committee talks with the officer itself, in confidence.
  for (const plan of plans.filter((p) => p.status === 'ESCALATED')) {
    slots.push(
      talk(plan.reviewedDay! - 2, TalkKind.REMINDER, committee, plan.mentee, { confidential: true, assessment: true }),
    );
  }

  // Every secretary talks with one or two of their officers.
  for (const branch of roster.branches) {
    const staff = branch.officers.filter((o) => o.post === 'staff' && !o.account && !o.data.disabled);
    for (const o of rng.sample(staff, rng.int(1, 2))) {
      slots.push(talk(rng.int(5, 260), rng.chance(0.7) ? TalkKind.ROUTINE : TalkKind.CARE, branch.secretary, o));
    }
  }
  slots.push(
    talk(50, TalkKind.ROUTINE, accounts.secretary, accounts.mentor, { confidential: false }),
    talk(55, TalkKind.ROUTINE, accounts.secretary2, accounts.mentor2, { confidential: false }),
    // The secretaries' confidential talks with the accounts' officers (family matters, outside the pairing).
    talk(40, TalkKind.CARE, accounts.secretary, accounts.officer, { confidential: true, assessment: true, items: [] }),
    talk(30, TalkKind.CARE, accounts.secretary2, accounts.officer2, {
      confidential: true,
      assessment: true,
      items: [],
    }),
  );

  // Officers flagged for help but not paired yet had a talk with their secretary that fits the flag.
  const mentees = new Set(plans.map((p) => p.mentee));
  for (const o of roster.officers.filter((x) => x.data.flaggedReason && !mentees.has(x))) {
    const day = rng.int(3, 40);
    const reason = o.data.flaggedReason!;
    const kind =
      reason === 'DISCIPLINED'
        ? TalkKind.AFTER_DISCIPLINE
        : reason === 'HARDSHIP' || reason === 'WELLBEING'
          ? TalkKind.CARE
          : TalkKind.REMINDER;
    // A care talk leaves the secretary something to arrange; the others a commitment of the officer.
    const owner = kind === TalkKind.CARE ? o.branch.secretary : o;
    slots.push(
      talk(day, kind, o.branch.secretary, o, {
        confidential: rng.chance(0.35),
        items: [{ owner, status: day <= 14 ? ActionItemStatus.OPEN : ActionItemStatus.DONE, dueIn: 7 }],
      }),
    );
  }
  return slots;
}
