import type { EntityManager } from '@mikro-orm/core';
import { MentorRole, type PairingStatus, ReviewDecision, ReviewRating } from '@tongxin/schema';
import { addDays } from '../../common/clock.js';
import type { Bureau } from '../../modules/org/bureau.entity.js';
import { PairingEvent } from '../../modules/pairings/pairing-event.entity.js';
import { PairingMentor } from '../../modules/pairings/pairing-mentor.entity.js';
import { Pairing } from '../../modules/pairings/pairing.entity.js';
import { OutcomeReview } from '../../modules/reviews/outcome-review.entity.js';
import { type DemoCalendar, startOfDate } from './calendar.js';
import type { PairingPlan } from './pairing-plans.js';
import type { Rng } from './prng.js';
import type { OfficerInfo } from './roster.js';
import { themeOf } from './texts-contacts.js';
import {
  CANCEL_REASON,
  createdNote,
  GOALS,
  handoverNote,
  REVIEW_COMMENTS,
  RISK_NOTES,
  SUBMISSIONS,
} from './texts-pairing.js';

interface Deps {
  em: EntityManager;
  bureau: Bureau;
  cal: DemoCalendar;
  rng: Rng;
  committee: OfficerInfo;
}

/** Creates each plan's pairing with its mentor terms, status events and outcome reviews. */
export function createPairings(deps: Deps, plans: PairingPlan[]) {
  for (const plan of plans) createPairing(deps, plan);
}

function createPairing({ em, bureau, cal, rng, committee }: Deps, plan: PairingPlan) {
  const secretary = plan.branch.secretary.entity;
  const menteeName = plan.mentee.data.name;
  const createdAt = cal.at(plan.startDay, 9 * 60 + rng.int(0, 90));
  const submittedAt = plan.submittedDay === undefined ? null : cal.at(plan.submittedDay, 15 * 60 + rng.int(0, 120));
  const reviewedAt = plan.reviewedDay === undefined ? null : cal.at(plan.reviewedDay, 10 * 60 + rng.int(0, 120));
  const cancelledAt = plan.cancelledDay === undefined ? null : cal.at(plan.cancelledDay, 16 * 60 + rng.int(0, 60));
  const outcome =
    plan.status === 'ESCALATED'
      ? 'poor'
      : plan.extendedFrom || (plan.status === 'IN_REVIEW' && rng.chance(0.3))
        ? 'mixed'
        : 'good';
  const texts = outcome === 'good' ? SUBMISSIONS.good[themeOf(plan.reason)] : SUBMISSIONS[outcome];
  const summary = submittedAt ? rng.pick(texts).replace('{n}', menteeName) : null;
  const awaitingOrDecided = plan.status === 'IN_REVIEW' || plan.status === 'CONCLUDED' || plan.status === 'ESCALATED';
  const riskShare = plan.script ? 1 : plan.reason === 'DISCIPLINED' || plan.reason === 'EARLY_WARNING' ? 0.7 : 0.35;

  const pairing = em.create(Pairing, {
    bureau,
    branch: plan.branch.entity,
    mentee: plan.mentee.entity,
    status: plan.status,
    reason: plan.reason,
    goals: rng.pick(GOALS[plan.reason]),
    startDate: cal.date(plan.startDay),
    plannedEndDate: plan.plannedEnd,
    contactIntervalDays: plan.interval,
    riskNotes: rng.chance(riskShare) ? rng.pick(RISK_NOTES[plan.reason]) : null,
    // Recomputed from the contacts once they exist (contacts.ts).
    nextContactDue: addDays(startOfDate(cal.date(plan.startDay)), plan.interval),
    reviewSummary: awaitingOrDecided ? summary : null,
    submittedAt: awaitingOrDecided ? submittedAt : null,
    cancelReason: cancelledAt ? CANCEL_REASON : null,
    createdBy: secretary,
    createdAt,
    updatedAt: latest(createdAt, submittedAt, reviewedAt, cancelledAt),
  });
  plan.entity = pairing;

  const term = (officer: OfficerInfo, role: MentorRole, startedAt: Date, endedAt: Date | null = null) =>
    em.create(PairingMentor, {
      pairing,
      officer: officer.entity,
      role,
      startedAt,
      endedAt,
      createdAt: startedAt,
      updatedAt: endedAt ?? startedAt,
    });
  const event = (
    type: string,
    at: Date,
    from: PairingStatus | null,
    to: PairingStatus | null,
    actor: OfficerInfo,
    note: string | null,
  ) =>
    em.create(PairingEvent, {
      pairing,
      type,
      occurredAt: at,
      fromStatus: from,
      toStatus: to,
      actor: actor.entity,
      note,
      createdAt: at,
      updatedAt: at,
    });

  const firstLead = plan.handover?.from ?? plan.lead;
  event(
    'created',
    createdAt,
    null,
    'ACTIVE',
    plan.branch.secretary,
    createdNote(firstLead.data.name, plan.supports.length),
  );
  if (plan.handover) {
    const at = cal.at(plan.handover.day, 9 * 60 + 30);
    term(plan.handover.from, MentorRole.LEAD, createdAt, at);
    term(plan.lead, MentorRole.LEAD, at);
    event(
      'handover',
      at,
      null,
      null,
      plan.branch.secretary,
      handoverNote(plan.handover.from.data.name, plan.lead.data.name),
    );
  } else {
    term(plan.lead, MentorRole.LEAD, createdAt);
  }
  for (const s of plan.supports) term(s, MentorRole.SUPPORT, createdAt);

  if (submittedAt) event('submitted', submittedAt, 'ACTIVE', 'IN_REVIEW', plan.branch.secretary, summary);
  if (reviewedAt && summary) {
    const decision =
      plan.status === 'CONCLUDED'
        ? ReviewDecision.CONCLUDE
        : plan.status === 'ESCALATED'
          ? ReviewDecision.ESCALATE
          : ReviewDecision.EXTEND;
    const rating = rng.weighted(RATINGS[decision]);
    const comments = rng.pick(REVIEW_COMMENTS[decision]);
    em.create(OutcomeReview, {
      pairing,
      bureau,
      branch: plan.branch.entity,
      mentee: plan.mentee.entity,
      reviewer: committee.entity,
      rating,
      decision,
      comments,
      newPlannedEndDate: decision === ReviewDecision.EXTEND ? plan.plannedEnd : null,
      submissionSummary: summary,
      createdAt: reviewedAt,
      updatedAt: reviewedAt,
    });
    const to = decision === ReviewDecision.EXTEND ? 'ACTIVE' : plan.status;
    event('reviewed', reviewedAt, 'IN_REVIEW', to, committee, comments);
  }
  if (cancelledAt) event('cancelled', cancelledAt, 'ACTIVE', 'CANCELLED', plan.branch.secretary, CANCEL_REASON);
}

const latest = (...dates: (Date | null)[]) => new Date(Math.max(...dates.map((d) => d?.getTime() ?? 0)));

const RATINGS: Record<ReviewDecision, [ReviewRating, number][]> = {
  CONCLUDE: [
    [ReviewRating.SIGNIFICANT_IMPROVEMENT, 45],
    [ReviewRating.IMPROVED, 55],
  ],
  EXTEND: [
    [ReviewRating.IMPROVED, 40],
    [ReviewRating.NO_CHANGE, 60],
  ],
  ESCALATE: [
    [ReviewRating.NO_CHANGE, 40],
    [ReviewRating.WORSENED, 60],
  ],
};
