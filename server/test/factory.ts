import type { EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { MentorRole } from '@tongxin/schema';
import { ActionItem } from '../src/modules/action-items/action-item.entity.js';
import { Forum } from '../src/modules/forums/forum.entity.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Problem } from '../src/modules/problems/problem.entity.js';
import { Branch } from '../src/modules/org/branch.entity.js';
import { Bureau } from '../src/modules/org/bureau.entity.js';
import { PairingMentor } from '../src/modules/pairings/pairing-mentor.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { OutcomeReview } from '../src/modules/reviews/outcome-review.entity.js';
import { Talk } from '../src/modules/talks/talk.entity.js';
import { Visit } from '../src/modules/visits/visit.entity.js';

// The one place tests write records straight into the database. Each builder fills every required
// column with a plausible default and takes the caller's overrides last, so a new column is one
// edit here. Nothing is flushed: the caller flushes its unit of work once.

type Data<T> = Partial<RequiredEntityData<T>>;
/** Bureau and branch of a loaded record (a bare id or reference has none: the caller passes them). */
function homeIn(record: unknown) {
  const r = (typeof record === 'object' && record ? record : {}) as { bureau?: unknown; branch?: unknown };
  return { bureau: r.bureau, branch: r.branch };
}

/** Overrides without the keys given as `undefined`, which would otherwise erase a default. */
function given<T extends object>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as T;
}

// Unique across every bureau and above the demo roster's police badges; module-wide, so the
// fixtures of one test file never clash.
let badge = 950_000;

export function makeBureau(em: EntityManager, data: Data<Bureau> & { code: string }): Bureau {
  return em.create(Bureau, { name: `测试分局${data.code}`, ...given(data) } as RequiredEntityData<Bureau>);
}

export function makeBranch(em: EntityManager, bureau: Bureau, data: Data<Branch> & { code: string }): Branch {
  return em.create(Branch, {
    bureau,
    name: `测试派出所${data.code}`,
    kind: 'STATION',
    ...given(data),
  } as RequiredEntityData<Branch>);
}

export function makeOfficer(em: EntityManager, branch: Branch, data: Data<Officer> = {}): Officer {
  const badgeNumber = String(badge++);
  return em.create(Officer, {
    bureau: branch.bureau,
    branch,
    name: `测试民警${badgeNumber}`,
    nameInitials: 'cs',
    badgeNumber,
    category: 'POLICE',
    ...given(data),
  } as RequiredEntityData<Officer>);
}

export interface PairingData extends Data<Pairing> {
  mentee: Officer;
  /** The lead mentor; none leaves the pairing without a mentor term. */
  lead?: Officer;
  supports?: Officer[];
  /** When the mentor terms began: the start date by default. */
  mentorsSince?: Date;
  leadEndedAt?: Date | null;
}

/** A pairing in the mentee's branch, with its lead and support mentor terms. */
export function makePairing(em: EntityManager, data: PairingData): Pairing {
  const { mentee, lead, supports = [], mentorsSince, leadEndedAt = null, ...columns } = data;
  const startDate = columns.startDate ?? '2026-06-01';
  const pairing = em.create(Pairing, {
    bureau: mentee.bureau,
    branch: mentee.branch,
    mentee,
    status: 'ACTIVE',
    reason: 'WELLBEING',
    goals: '测试结对',
    startDate,
    plannedEndDate: '2027-12-31',
    nextContactDue: new Date(`${startDate}T00:00:00Z`),
    ...given(columns),
  } as RequiredEntityData<Pairing>);
  const startedAt = mentorsSince ?? new Date(`${startDate}T00:00:00Z`);
  if (lead) {
    em.create(PairingMentor, { pairing, officer: lead, role: MentorRole.LEAD, startedAt, endedAt: leadEndedAt });
  }
  for (const officer of supports) em.create(PairingMentor, { pairing, officer, role: MentorRole.SUPPORT, startedAt });
  return pairing;
}

/** Where a record of a pairing lives: the pairing's bureau, branch and mentee, unless overridden. */
function homeOf(pairing: unknown) {
  return { ...homeIn(pairing), mentee: (pairing as Partial<Pairing>).mentee };
}

export function makeVisit(
  em: EntityManager,
  data: Data<Visit> & { pairing: Pairing; author: unknown; occurredAt: Date },
): Visit {
  return em.create(Visit, {
    ...homeOf(data.pairing),
    kind: 'HOME_VISIT',
    summary: '上门走访，了解家庭情况',
    ...given(data),
  } as RequiredEntityData<Visit>);
}

export function makeTalk(
  em: EntityManager,
  data: Data<Talk> & { talker: unknown; talkee: unknown; occurredAt: Date },
): Talk {
  return em.create(Talk, {
    ...homeIn(data.talkee),
    pairing: null,
    kind: 'CARE',
    topics: '思想动态',
    confidential: false,
    ...given(data),
  } as RequiredEntityData<Talk>);
}

/** An action item of the pairing when there is one, else of the owner's branch. */
export function makeItem(em: EntityManager, data: Data<ActionItem> & { owner: unknown }): ActionItem {
  return em.create(ActionItem, {
    ...homeIn(data.pairing ?? data.owner),
    pairing: null,
    description: '每周汇报思想动态',
    dueDate: '2026-12-31',
    status: 'OPEN',
    ...given(data),
  } as RequiredEntityData<ActionItem>);
}

export function makeReview(
  em: EntityManager,
  data: Data<OutcomeReview> & { pairing: Pairing; reviewer: unknown },
): OutcomeReview {
  return em.create(OutcomeReview, {
    ...homeOf(data.pairing),
    rating: 'IMPROVED',
    decision: 'EXTEND',
    ...given(data),
  } as RequiredEntityData<OutcomeReview>);
}

/** A forum of the host's bureau; `branch` null is a committee forum of the bureau. */
export function makeForum(
  em: EntityManager,
  data: Data<Forum> & { bureau: unknown; host: unknown; occurredAt: Date },
): Forum {
  return em.create(Forum, {
    kind: 'GROUP',
    title: '测试座谈会',
    createdBy: data.host,
    createdAt: data.occurredAt,
    updatedAt: data.occurredAt,
    ...given(data),
  } as RequiredEntityData<Forum>);
}

/** A problem raised at a forum, in the forum's bureau and branch. */
export function makeProblem(em: EntityManager, data: Data<Problem> & { forum: Forum; category: unknown }): Problem {
  return em.create(Problem, {
    bureau: data.forum.bureau,
    branch: data.forum.branch ?? null,
    text: '测试问题',
    status: 'OPEN',
    raisedAt: data.forum.occurredAt,
    createdBy: data.forum.host,
    anonymous: false,
    ...given(data),
  } as RequiredEntityData<Problem>);
}
