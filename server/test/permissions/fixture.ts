import type { EntityManager } from '@mikro-orm/core';
import { PairingStatus, ReviewDecision, type SubjectName } from '@tongxin/schema';
import type { ActionItem } from '../../src/modules/action-items/action-item.entity.js';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity.js';
import { ForumAttendance } from '../../src/modules/forums/forum-attendance.entity.js';
import type { Forum } from '../../src/modules/forums/forum.entity.js';
import type { Problem } from '../../src/modules/problems/problem.entity.js';
import { Officer } from '../../src/modules/officers/officer.entity.js';
import { ProblemCategory } from '../../src/modules/problems/problem-category.entity.js';
import { Branch } from '../../src/modules/org/branch.entity.js';
import { Bureau } from '../../src/modules/org/bureau.entity.js';
import { PairingEvent } from '../../src/modules/pairings/pairing-event.entity.js';
import { Pairing } from '../../src/modules/pairings/pairing.entity.js';
import type { OutcomeReview } from '../../src/modules/reviews/outcome-review.entity.js';
import type { Talk } from '../../src/modules/talks/talk.entity.js';
import type { Visit } from '../../src/modules/visits/visit.entity.js';
import {
  makeBranch,
  makeBureau,
  makeForum,
  makeItem,
  makeOfficer,
  makePairing,
  makeProblem,
  makeReview,
  makeTalk,
  makeVisit,
} from '../factory.js';
import type { TestApp } from '../test-app.js';

// Records for the permission suites, written straight to the database next to the demo accounts
// (branch A: secretary, mentor, officer; branch B: the same with "2"; the committee at HQ), plus a
// second bureau for the committee's out-of-scope cases. Every restricted text is a unique marker
// (SECRET_…), so a response can be searched for content that should never have reached it.

export const MARKER = /SECRET_[A-Za-z]+_\d+/g;

export interface Secret {
  marker: string;
  type: SubjectName;
  field: string;
  entity: object;
}

const DAY = 86_400_000;
// Module-wide, so the markers of several factories (the fixture, fresh ones per case) never clash.
let markerSeq = 0;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export class FixtureFactory {
  readonly secrets: Secret[] = [];

  constructor(
    readonly em: EntityManager,
    readonly now: Date,
  ) {}

  /** A marker for a restricted field; recorded so a leak test knows whose and which field it is. */
  secret(type: SubjectName, field: string, entity: object): string {
    const marker = `SECRET_${field}_${++markerSeq}`;
    this.secrets.push({ marker, type, field, entity });
    return marker;
  }

  bureau(code: string, name: string) {
    return makeBureau(this.em, { code, name });
  }

  branch(bureau: Bureau, code: string, name: string) {
    return makeBranch(this.em, bureau, { code, name });
  }

  officer(branch: Branch, name: string, extra: Partial<Officer> = {}) {
    return makeOfficer(this.em, branch, { name, nameInitials: 'x', ...extra });
  }

  pairing(opts: {
    mentee: Officer;
    lead: Officer;
    supports?: Officer[];
    status?: PairingStatus;
    endedLead?: boolean;
    withSecrets?: boolean;
  }) {
    const start = new Date(this.now.getTime() - 60 * DAY);
    const p = makePairing(this.em, {
      mentee: opts.mentee,
      lead: opts.lead,
      supports: opts.supports,
      mentorsSince: start,
      leadEndedAt: opts.endedLead ? new Date(this.now.getTime() - DAY) : null,
      status: opts.status ?? PairingStatus.ACTIVE,
      reason: 'EARLY_WARNING',
      goals: '帮助其端正工作态度',
      startDate: iso(start),
      plannedEndDate: iso(new Date(this.now.getTime() + 300 * DAY)),
      nextContactDue: new Date(this.now.getTime() + 10 * DAY),
    });
    if (opts.withSecrets !== false) {
      p.riskNotes = this.secret('Pairing', 'riskNotes', p);
      if (p.status === PairingStatus.IN_REVIEW) {
        p.reviewSummary = this.secret('Pairing', 'reviewSummary', p);
        p.submittedAt = new Date(this.now.getTime() - DAY);
        this.event(p, 'submitted', p.reviewSummary, PairingStatus.IN_REVIEW);
      }
      if (p.status === PairingStatus.CANCELLED) {
        p.cancelReason = this.secret('Pairing', 'cancelReason', p);
        this.event(p, 'cancelled', p.cancelReason, PairingStatus.CANCELLED);
      }
    }
    this.event(p, 'created', null, PairingStatus.ACTIVE);
    return p;
  }

  event(pairing: Pairing, type: string, note: string | null, toStatus: PairingStatus) {
    return this.em.create(PairingEvent, {
      pairing,
      type,
      note,
      toStatus,
      occurredAt: new Date(this.now.getTime() - 2 * DAY),
    });
  }

  visit(pairing: Pairing, author: Officer, opts: { acknowledged?: boolean; daysAgo?: number } = {}) {
    const v = makeVisit(this.em, {
      pairing,
      author,
      occurredAt: new Date(this.now.getTime() - (opts.daysAgo ?? 1) * DAY),
      acknowledgedAt: opts.acknowledged ? new Date(this.now.getTime() - DAY / 2) : null,
    });
    v.confidentialNotes = this.secret('Visit', 'confidentialNotes', v);
    return v;
  }

  talk(talker: Officer, talkee: Officer, opts: { confidential?: boolean; pairing?: Pairing } = {}) {
    const t = makeTalk(this.em, {
      talker,
      talkee,
      pairing: opts.pairing ?? null,
      occurredAt: new Date(this.now.getTime() - 3 * DAY),
      confidential: opts.confidential ?? false,
    });
    t.assessment = this.secret('Talk', 'assessment', t);
    // A confidential talk is readable by its talker and the committee only: all of it is secret.
    if (t.confidential) t.topics = this.secret('Talk', 'topics', t);
    return t;
  }

  item(owner: Officer, opts: { pairing?: Pairing | null; visit?: Visit; talk?: Talk; createdBy?: Officer }) {
    return makeItem(this.em, {
      pairing: opts.pairing ?? null,
      visit: opts.visit ?? null,
      talk: opts.talk ?? null,
      owner,
      createdBy: opts.createdBy ?? null,
      dueDate: iso(new Date(this.now.getTime() + 14 * DAY)),
    });
  }

  /** A forum of the branch (null: the committee's of the bureau), recorded now; its confidential minutes a secret. */
  forum(bureau: Bureau, branch: Branch | null, host: Officer, attendees: Officer[] = []) {
    const forum = makeForum(this.em, {
      bureau,
      branch,
      host,
      occurredAt: new Date(this.now.getTime() - DAY),
      createdAt: this.now,
      updatedAt: this.now,
      minutes: '会议纪要',
    });
    forum.confidentialMinutes = this.secret('Forum', 'confidentialMinutes', forum);
    for (const officer of attendees) this.em.create(ForumAttendance, { forum, officer, present: true });
    return forum;
  }

  /** A problem raised at the forum, in the first category of the forum's bureau (made if missing). */
  async problem(forum: Forum, opts: { raisedBy?: Officer; owner?: Officer; anonymous?: boolean } = {}) {
    const bureau = forum.bureau.id;
    const category =
      (await this.em.findOne(ProblemCategory, { bureau }, { orderBy: { position: 'asc' } })) ??
      this.em.create(ProblemCategory, { bureau, name: '测试类别', position: 1 });
    return makeProblem(this.em, {
      forum,
      category,
      raisedBy: opts.raisedBy ?? null,
      owner: opts.owner ?? null,
      ownerBranch: opts.owner ? null : (forum.branch ?? null),
      anonymous: opts.anonymous ?? false,
      createdAt: this.now,
      updatedAt: this.now,
    });
  }

  review(pairing: Pairing, reviewer: Officer, decision: ReviewDecision = ReviewDecision.EXTEND) {
    const r = makeReview(this.em, {
      pairing,
      reviewer,
      decision,
      newPlannedEndDate: decision === ReviewDecision.EXTEND ? pairing.plannedEndDate : null,
    });
    r.comments = this.secret('OutcomeReview', 'comments', r);
    r.submissionSummary = this.secret('OutcomeReview', 'submissionSummary', r);
    return r;
  }
}

/** The records of one demo branch the suites use. */
export interface BranchSet {
  branch: Branch;
  secretary: Officer;
  mentor: Officer;
  officer: Officer;
  /** mentor → officer, ACTIVE (the demo pairing) */
  own: Pairing;
  /** another mentor's ACTIVE pairing in the same branch */
  other: Pairing;
  otherMentor: Officer;
  otherMentee: Officer;
  /** another mentor's pairing IN_REVIEW */
  inReview: Pairing;
  /** a cancelled pairing (cancel reason is a secret) */
  cancelled: Pairing;
  visitOpen: Visit;
  visitAcknowledged: Visit;
  visitOther: Visit;
  talkBySecretary: Talk;
  talkConfidentialBySecretary: Talk;
  talkConfidentialByCommittee: Talk;
  talkByMentor: Talk;
  talkWithSecretary: Talk;
  talkOther: Talk;
  itemOfOfficer: ActionItem;
  itemOfMentor: ActionItem;
  itemOther: ActionItem;
  reviewOwn: OutcomeReview;
  reviewOther: OutcomeReview;
  /** an officer without a pairing, and a mentor-capable officer without one */
  spare: Officer;
  spareMentor: Officer;
  /** hosted by the secretary, attended by the officer and the mentor; confidential minutes a secret */
  forum: Forum;
  /** raised at that forum by the officer */
  problem: Problem;
  /** raised there anonymously */
  anonymousProblem: Problem;
}

export interface Fixture {
  factory: FixtureFactory;
  committee: Officer;
  /** The demo sysadmin and auditor (三员分立): in the bureau of branches A and B. */
  admin: Officer;
  auditor: Officer;
  a: BranchSet;
  b: BranchSet;
  /** the second bureau: out of the committee's scope */
  z: BranchSet;
}

async function accountOf(em: EntityManager, username: string) {
  return em.findOneOrFail(Officer, { username });
}

function branchSet(
  f: FixtureFactory,
  committee: Officer,
  people: { branch: Branch; secretary: Officer; mentor: Officer; officer: Officer },
  own: Pairing,
): BranchSet {
  const { branch, secretary, mentor, officer } = people;
  own.riskNotes = f.secret('Pairing', 'riskNotes', own);
  const otherMentor = f.officer(branch, '其他责任人', { isMentor: true });
  const otherMentee = f.officer(branch, '其他对象');
  const other = f.pairing({ mentee: otherMentee, lead: otherMentor });
  const inReview = f.pairing({ mentee: f.officer(branch, '评估对象'), lead: otherMentor, status: 'IN_REVIEW' });
  const cancelled = f.pairing({ mentee: f.officer(branch, '撤销对象'), lead: otherMentor, status: 'CANCELLED' });
  const visitOpen = f.visit(own, mentor);
  const visitAcknowledged = f.visit(own, mentor, { acknowledged: true, daysAgo: 2 });
  const visitOther = f.visit(other, otherMentor);
  const talkBySecretary = f.talk(secretary, officer, { pairing: own });
  return {
    ...people,
    own,
    other,
    otherMentor,
    otherMentee,
    inReview,
    cancelled,
    visitOpen,
    visitAcknowledged,
    visitOther,
    talkBySecretary,
    talkConfidentialBySecretary: f.talk(secretary, officer, { confidential: true }),
    talkConfidentialByCommittee: f.talk(committee, officer, { confidential: true, pairing: own }),
    talkByMentor: f.talk(mentor, officer, { pairing: own }),
    talkWithSecretary: f.talk(committee, secretary),
    talkOther: f.talk(secretary, otherMentee, { pairing: other }),
    itemOfOfficer: f.item(officer, { pairing: own, visit: visitOpen, createdBy: mentor }),
    itemOfMentor: f.item(mentor, { pairing: own, talk: talkBySecretary, createdBy: secretary }),
    itemOther: f.item(otherMentee, { pairing: other, visit: visitOther, createdBy: otherMentor }),
    reviewOwn: f.review(own, committee),
    reviewOther: f.review(other, committee),
    spare: f.officer(branch, '待结对民警'),
    spareMentor: f.officer(branch, '后备责任人', { isMentor: true }),
    forum: f.forum(branch.bureau as unknown as Bureau, branch, secretary, [officer, mentor]),
    // Filled in by buildFixture (a problem needs its bureau's category).
    problem: undefined as unknown as Problem,
    anonymousProblem: undefined as unknown as Problem,
  };
}

/** The problems of each set's forum: one raised by the officer, one anonymous. */
async function addProblems(f: FixtureFactory, sets: BranchSet[]) {
  for (const set of sets) {
    set.problem = await f.problem(set.forum, { raisedBy: set.officer });
    set.anonymousProblem = await f.problem(set.forum, { anonymous: true });
    // One category per bureau: the first problem's, flushed before the second bureau looks.
    await f.em.flush();
  }
}

/** Adds the suites' records to the demo bureau; one transaction. */
export async function buildFixture(t: TestApp): Promise<Fixture> {
  const em = t.app.orm.em.fork();
  const f = new FixtureFactory(em, t.clock.now());
  const committee = await accountOf(em, 'committee');
  const sets: BranchSet[] = [];
  for (const suffix of ['', '2']) {
    const [secretary, mentor, officer] = await Promise.all(
      ['secretary', 'mentor', 'officer'].map((u) => accountOf(em, `${u}${suffix}`)),
    );
    const own = await em.findOneOrFail(Pairing, {
      mentee: officer,
      mentorLinks: { officer: mentor, endedAt: null },
      status: 'ACTIVE',
    });
    const branch = await em.findOneOrFail(Branch, officer.branch.id);
    sets.push(branchSet(f, committee, { branch, secretary, mentor, officer }, own));
  }

  // Bureau Z: the same shape, out of the committee's reach.
  const zb = f.bureau('ZZ-T', '测试分局');
  const zbranch = f.branch(zb, 'ZZ-T-S01', '测试派出所');
  const zPeople = {
    branch: zbranch,
    // Holds an account, so the sysadmin's IDOR cases have another bureau's account to aim at.
    secretary: f.officer(zbranch, '测试书记', { roles: ['SECRETARY'], username: 'z-secretary' }),
    mentor: f.officer(zbranch, '测试责任人', { isMentor: true }),
    officer: f.officer(zbranch, '测试民警'),
  };
  const zCommittee = f.officer(zbranch, '测试党委', { roles: ['COMMITTEE'] });
  const zOwn = f.pairing({ mentee: zPeople.officer, lead: zPeople.mentor, withSecrets: false });
  const z = branchSet(f, zCommittee, zPeople, zOwn);
  await em.flush();
  await addProblems(f, [...sets, z]);
  const [admin, auditor] = await Promise.all([accountOf(em, 'admin'), accountOf(em, 'auditor')]);
  return { factory: f, committee, admin, auditor, a: sets[0], b: sets[1], z };
}

/** Records made on demand for one case (a mutation that succeeds must not use up shared records). */
export class Fresh {
  constructor(private readonly t: TestApp) {}

  private async make<T>(build: (f: FixtureFactory, em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.t.app.orm.em.fork();
    const result = await build(new FixtureFactory(em, this.t.clock.now()), em);
    await em.flush();
    return result;
  }

  officer(set: BranchSet, extra: Partial<Officer> = {}) {
    return this.make(async (f, em) => f.officer(await em.findOneOrFail(Branch, set.branch.id), '临时民警', extra));
  }

  /** An ACTIVE (or given status) pairing in the set's branch, led by the set's mentor (or `leadId`). */
  pairing(
    set: BranchSet,
    status: PairingStatus = PairingStatus.ACTIVE,
    opts: { menteeId?: number; leadId?: number } = {},
  ) {
    return this.make(async (f, em) => {
      const mentee = opts.menteeId
        ? await em.findOneOrFail(Officer, opts.menteeId)
        : f.officer(await em.findOneOrFail(Branch, set.branch.id), '临时对象');
      return f.pairing({ mentee, lead: em.getReference(Officer, opts.leadId ?? set.mentor.id), status });
    });
  }

  /** A visit on a pairing by an author. */
  visitOn(pairingId: number, authorId: number) {
    return this.make(async (f, em) =>
      f.visit(await em.findOneOrFail(Pairing, pairingId), em.getReference(Officer, authorId)),
    );
  }

  /** An open action item on a pairing, owned by `ownerId`. */
  itemOn(pairingId: number, ownerId: number) {
    return this.make(async (f, em) =>
      f.item(em.getReference(Officer, ownerId), { pairing: await em.findOneOrFail(Pairing, pairingId) }),
    );
  }

  /** A non-confidential talk held by `talkerId` with `talkeeId`, recorded now. */
  talk(talkerId: number, talkeeId: number) {
    return this.make(async (f, em) =>
      f.talk(await em.findOneOrFail(Officer, talkerId), await em.findOneOrFail(Officer, talkeeId)),
    );
  }

  /** A fresh officer of the set's branch holding an account (username `fresh<id>`). */
  account(set: BranchSet) {
    return this.make(async (f, em) => {
      const o = f.officer(await em.findOneOrFail(Branch, set.branch.id), '临时账号', { roles: ['OFFICER'] });
      await em.flush();
      o.username = `fresh${o.id}`;
      return o;
    });
  }

  /** A forum in the set's branch (or the committee's, `branch: false`) hosted by `hostId`, with attendees. */
  forum(set: BranchSet, hostId: number, opts: { attendeeIds?: number[]; bureauWide?: boolean } = {}) {
    return this.make(async (f, em) => {
      const branch = await em.findOneOrFail(Branch, set.branch.id);
      const attendees = await Promise.all((opts.attendeeIds ?? []).map((id) => em.findOneOrFail(Officer, id)));
      return f.forum(
        branch.bureau as unknown as Bureau,
        opts.bureauWide ? null : branch,
        em.getReference(Officer, hostId),
        attendees,
      );
    });
  }

  /** A problem at a fresh forum of the set's branch hosted by its secretary (or `hostId`). */
  problem(set: BranchSet, opts: { hostId?: number; raisedById?: number; ownerId?: number } = {}) {
    return this.make(async (f, em) => {
      const branch = await em.findOneOrFail(Branch, set.branch.id);
      const raiser = opts.raisedById ? await em.findOneOrFail(Officer, opts.raisedById) : undefined;
      const forum = f.forum(
        branch.bureau as unknown as Bureau,
        branch,
        em.getReference(Officer, opts.hostId ?? set.secretary.id),
        raiser ? [raiser] : [],
      );
      return f.problem(forum, {
        raisedBy: raiser,
        owner: opts.ownerId ? await em.findOneOrFail(Officer, opts.ownerId) : undefined,
      });
    });
  }

  /** An audit event in the set's bureau. */
  auditEvent(set: BranchSet) {
    return this.make(async (_f, em) =>
      em.create(AuditEvent, {
        bureau: set.branch.bureau.id,
        actor: set.secretary.id,
        action: 'login',
        subjectType: 'Session',
      }),
    );
  }

  /** An unacknowledged visit by the set's mentor on their own pairing with the set's officer. */
  visit(set: BranchSet, opts: { acknowledged?: boolean } = {}) {
    return this.make(async (f, em) =>
      f.visit(await em.findOneOrFail(Pairing, set.own.id), em.getReference(Officer, set.mentor.id), opts),
    );
  }

  /** An open action item on the set's own pairing, owned by its officer (or mentor). */
  item(set: BranchSet, owner: 'officer' | 'mentor' = 'officer') {
    return this.make(async (f, em) =>
      f.item(em.getReference(Officer, set[owner].id), { pairing: await em.findOneOrFail(Pairing, set.own.id) }),
    );
  }
}
