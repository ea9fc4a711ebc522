import type { EntityManager } from '@mikro-orm/core';
import {
  type ActionItemStatus,
  type PairingReason,
  type PairingStatus,
  type ReviewDecision,
  type ReviewRating,
  Role,
  type TalkKind,
  type VisitKind,
} from '@tongxin/schema';
import { hashPassword } from '../src/modules/auth/password.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Bureau } from '../src/modules/org/bureau.entity.js';
import type { Pairing } from '../src/modules/pairings/pairing.entity.js';
import type { Talk } from '../src/modules/talks/talk.entity.js';
import { makeBranch, makeItem, makeOfficer, makePairing, makeReview, makeTalk, makeVisit } from './factory.js';
import { DEMO_PASSWORD, type TestApp } from './test-app.js';

// A fresh branch of the demo bureau with known records, written straight into the database, so
// the committee's figures can be computed by hand from the specs below and compared with the API.

/** "Now" of the fixture: 2026-10-20 12:00 in the bureau (UTC+8). */
export const FIXTURE_NOW = new Date('2026-10-20T04:00:00Z');
export const PERIOD = { from: '2026-06-01', to: '2026-10-31' };
/** The period as instants: [06-01 00:00, 11-01 00:00) bureau time. */
export const PERIOD_START = new Date('2026-05-31T16:00:00Z');
export const PERIOD_END = new Date('2026-10-31T16:00:00Z');

export interface PairingSpec {
  key: string;
  mentee: string;
  status: PairingStatus;
  reason: PairingReason;
  startDate: string;
  plannedEndDate: string;
  nextContactDue: Date;
  riskNotes?: string;
  reviewSummary?: string;
  submittedAt?: Date;
}
export interface VisitSpec {
  pairing: string;
  kind: VisitKind;
  at: Date;
  acknowledged: boolean;
  confidentialNotes?: string;
}
export interface TalkSpec {
  key: string;
  pairing?: string;
  kind: TalkKind;
  at: Date;
  talker: 'secretary' | 'mentor' | 'committee';
  talkee: string;
  confidential: boolean;
  assessment?: string;
}
export interface ItemSpec {
  pairing: string;
  dueDate: string;
  status: ActionItemStatus;
  closedAt?: Date;
}
export interface ReviewSpec {
  pairing: string;
  at: Date;
  rating: ReviewRating;
  decision: ReviewDecision;
  comments?: string;
}

const d = (iso: string) => new Date(iso);

export const MENTEES = ['韩冬', '钱程', '吴峰', '郑亮', '冯涛'];

export const PAIRINGS: PairingSpec[] = [
  // Overdue: next contact was due on 10-01.
  {
    key: 'P1',
    mentee: '韩冬',
    status: 'ACTIVE',
    reason: 'DISCIPLINED',
    startDate: '2026-06-01',
    plannedEndDate: '2027-06-01',
    nextContactDue: d('2026-10-01T00:00:00Z'),
    riskNotes: '夜班后情绪波动大（保密）',
  },
  {
    key: 'P2',
    mentee: '钱程',
    status: 'ACTIVE',
    reason: 'HARDSHIP',
    startDate: '2026-07-01',
    plannedEndDate: '2027-01-01',
    nextContactDue: d('2026-11-01T00:00:00Z'),
  },
  {
    key: 'P3',
    mentee: '吴峰',
    status: 'IN_REVIEW',
    reason: 'DISCIPLINED',
    startDate: '2026-05-01',
    plannedEndDate: '2026-11-01',
    nextContactDue: d('2026-10-10T00:00:00Z'),
    reviewSummary: '帮扶对象已放下包袱，工作积极',
    submittedAt: d('2026-10-10T02:00:00Z'),
  },
  // The same mentee as P1: counted once among the officers helped.
  {
    key: 'P4',
    mentee: '韩冬',
    status: 'CONCLUDED',
    reason: 'WELLBEING',
    startDate: '2026-01-01',
    plannedEndDate: '2026-06-30',
    nextContactDue: d('2026-02-01T00:00:00Z'),
  },
  {
    key: 'P5',
    mentee: '郑亮',
    status: 'CANCELLED',
    reason: 'OTHER',
    startDate: '2026-06-15',
    plannedEndDate: '2026-12-15',
    nextContactDue: d('2026-07-15T00:00:00Z'),
  },
  // Planned to end before the period: outside every pairing figure, although overdue.
  {
    key: 'P6',
    mentee: '郑亮',
    status: 'ACTIVE',
    reason: 'PERFORMANCE',
    startDate: '2025-01-01',
    plannedEndDate: '2026-05-31',
    nextContactDue: d('2025-03-01T00:00:00Z'),
  },
  {
    key: 'P7',
    mentee: '冯涛',
    status: 'ESCALATED',
    reason: 'EARLY_WARNING',
    startDate: '2026-08-01',
    plannedEndDate: '2027-02-01',
    nextContactDue: d('2026-09-01T00:00:00Z'),
  },
];

const forumAt = d('2026-09-01T02:00:00Z');
export const VISITS: VisitSpec[] = [
  {
    pairing: 'P1',
    kind: 'HOME_VISIT',
    at: d('2026-06-10T02:00:00Z'),
    acknowledged: true,
    confidentialNotes: '家属反映其饮酒较多',
  },
  // 2026-07-01 01:00 in the bureau: a July contact although June in UTC.
  { pairing: 'P1', kind: 'FOLLOW_UP', at: d('2026-06-30T17:00:00Z'), acknowledged: true },
  { pairing: 'P1', kind: 'FOLLOW_UP', at: d('2026-08-20T02:00:00Z'), acknowledged: false },
  { pairing: 'P2', kind: 'INDIVIDUAL_TALK', at: d('2026-07-05T02:00:00Z'), acknowledged: true },
  // One 座谈会 with three mentees: 3 人次, 1 场.
  { pairing: 'P1', kind: 'FORUM', at: forumAt, acknowledged: false },
  { pairing: 'P2', kind: 'FORUM', at: forumAt, acknowledged: true },
  { pairing: 'P3', kind: 'FORUM', at: forumAt, acknowledged: false },
  // Before the period (2026-05-31 23:59 bureau time) and at its very start (06-01 00:00).
  { pairing: 'P3', kind: 'HOME_VISIT', at: d('2026-05-31T15:59:00Z'), acknowledged: true },
  { pairing: 'P3', kind: 'FOLLOW_UP', at: d('2026-05-31T16:00:00Z'), acknowledged: false },
  // The period's last minute (10-31 23:59) and the first minute after it (11-01 00:00).
  { pairing: 'P2', kind: 'HOME_VISIT', at: d('2026-10-31T15:59:00Z'), acknowledged: false },
  { pairing: 'P2', kind: 'HOME_VISIT', at: d('2026-10-31T16:00:00Z'), acknowledged: false },
];

export const TALKS: TalkSpec[] = [
  {
    key: 'T1',
    pairing: 'P1',
    kind: 'ROUTINE',
    at: d('2026-06-20T02:00:00Z'),
    talker: 'secretary',
    talkee: '韩冬',
    confidential: false,
    assessment: '态度端正',
  },
  // Confidential, held by the committee: the branch secretary neither reads nor counts it.
  {
    key: 'T2',
    kind: 'CARE',
    at: d('2026-08-05T02:00:00Z'),
    talker: 'committee',
    talkee: '钱程',
    confidential: true,
    assessment: '家庭矛盾较深（保密谈话）',
  },
  {
    key: 'T3',
    pairing: 'P3',
    kind: 'AFTER_DISCIPLINE',
    at: d('2026-09-10T02:00:00Z'),
    talker: 'mentor',
    talkee: '吴峰',
    confidential: false,
  },
];

export const ITEMS: ItemSpec[] = [
  // Done the evening before, and at 01:00 on the due date (bureau time): both on time.
  { pairing: 'P1', dueDate: '2026-07-01', status: 'DONE', closedAt: d('2026-06-30T10:00:00Z') },
  { pairing: 'P1', dueDate: '2026-07-01', status: 'DONE', closedAt: d('2026-06-30T17:00:00Z') },
  // Done at 00:30 the day after: late.
  { pairing: 'P2', dueDate: '2026-08-01', status: 'DONE', closedAt: d('2026-08-01T16:30:00Z') },
  { pairing: 'P2', dueDate: '2026-09-01', status: 'OPEN' },
  { pairing: 'P3', dueDate: '2026-12-15', status: 'OPEN' },
  { pairing: 'P3', dueDate: '2026-10-15', status: 'DROPPED' },
  { pairing: 'P1', dueDate: '2026-10-30', status: 'OPEN' },
];

export const REVIEWS: ReviewSpec[] = [
  { pairing: 'P4', at: d('2026-06-25T02:00:00Z'), rating: 'IMPROVED', decision: 'CONCLUDE' },
  { pairing: 'P7', at: d('2026-08-10T02:00:00Z'), rating: 'WORSENED', decision: 'ESCALATE', comments: '上报处理' },
  // 2026-09-01 00:30 bureau time: September.
  { pairing: 'P3', at: d('2026-08-31T16:30:00Z'), rating: 'NO_CHANGE', decision: 'EXTEND', comments: '延长观察' },
];

export interface BranchFixture {
  branchId: number;
  bureauId: number;
  pairingIds: Record<string, number>;
  talkIds: Record<string, number>;
  officerIds: Record<string, number>;
  /** Usernames of the branch's secretary and mentor (password: the demo password). */
  secretary: string;
  mentor: string;
}

let hash: Promise<string> | undefined;

/** Writes the branch, its people and records; `code` keeps several fixtures apart. */
export async function addBranchFixture(t: TestApp, code = 'YZ-T01'): Promise<BranchFixture> {
  const em: EntityManager = t.app.orm.em.fork();
  const bureau = await em.findOneOrFail(Bureau, { code: 'YZ' });
  const committee = await em.findOneOrFail(Officer, { username: 'committee' });
  const passwordHash = await (hash ??= hashPassword(DEMO_PASSWORD));
  const branch = makeBranch(em, bureau, { name: `测试派出所${code}`, code });
  const suffix = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  const person = (name: string, username?: string, roles?: Role[]) =>
    makeOfficer(em, branch, {
      name,
      username,
      passwordHash: username ? passwordHash : undefined,
      roles,
      isMentor: roles?.includes(Role.MENTOR) ?? false,
    });
  const secretary = person('测试书记', `secretary-${suffix}`, [Role.SECRETARY]);
  const mentor = person('测试帮教人', `mentor-${suffix}`, [Role.MENTOR]);
  const mentees = new Map(MENTEES.map((n) => [n, person(n)]));

  const pairings = new Map<string, Pairing>();
  for (const s of PAIRINGS) {
    const p = makePairing(em, {
      mentee: mentees.get(s.mentee)!,
      lead: mentor,
      status: s.status,
      reason: s.reason,
      goals: `帮扶目标 ${s.key}`,
      startDate: s.startDate,
      plannedEndDate: s.plannedEndDate,
      contactIntervalDays: 30,
      nextContactDue: s.nextContactDue,
      riskNotes: s.riskNotes ?? null,
      reviewSummary: s.reviewSummary ?? null,
      submittedAt: s.submittedAt ?? null,
    });
    pairings.set(s.key, p);
  }
  for (const v of VISITS) {
    makeVisit(em, {
      pairing: pairings.get(v.pairing)!,
      author: mentor,
      kind: v.kind,
      occurredAt: v.at,
      location: '单位谈心室',
      summary: `走访 ${v.pairing} ${v.kind}`,
      confidentialNotes: v.confidentialNotes ?? null,
      acknowledgedAt: v.acknowledged ? new Date(v.at.getTime() + 3_600_000) : null,
      createdAt: v.at,
    });
  }
  const talkers = { secretary, mentor, committee };
  const talks = new Map<string, Talk>();
  for (const s of TALKS) {
    const talk = makeTalk(em, {
      talker: talkers[s.talker],
      talkee: mentees.get(s.talkee)!,
      pairing: s.pairing ? pairings.get(s.pairing)! : null,
      kind: s.kind,
      occurredAt: s.at,
      topics: `谈话主题 ${s.key}`,
      assessment: s.assessment ?? null,
      confidential: s.confidential,
    });
    talks.set(s.key, talk);
  }
  for (const s of ITEMS) {
    const p = pairings.get(s.pairing)!;
    makeItem(em, {
      pairing: p,
      owner: p.mentee,
      description: `整改 ${s.pairing} ${s.dueDate}`,
      dueDate: s.dueDate,
      status: s.status,
      closedAt: s.closedAt ?? null,
    });
  }
  for (const s of REVIEWS) {
    makeReview(em, {
      pairing: pairings.get(s.pairing)!,
      reviewer: committee,
      rating: s.rating,
      decision: s.decision,
      comments: s.comments ?? null,
      createdAt: s.at,
      updatedAt: s.at,
    });
  }
  await em.flush();
  return {
    branchId: branch.id,
    bureauId: bureau.id,
    pairingIds: Object.fromEntries([...pairings].map(([k, p]) => [k, p.id])),
    talkIds: Object.fromEntries([...talks].map(([k, tk]) => [k, tk.id])),
    officerIds: Object.fromEntries([...mentees].map(([k, o]) => [k, o.id])),
    secretary: secretary.username!,
    mentor: mentor.username!,
  };
}
