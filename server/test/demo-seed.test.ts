import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionItem } from '../src/modules/action-items/action-item.entity.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Branch } from '../src/modules/org/branch.entity.js';
import { PairingEvent } from '../src/modules/pairings/pairing-event.entity.js';
import { PairingMentor } from '../src/modules/pairings/pairing-mentor.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { OutcomeReview } from '../src/modules/reviews/outcome-review.entity.js';
import { Talk } from '../src/modules/talks/talk.entity.js';
import { Forum } from '../src/modules/forums/forum.entity.js';
import { ProblemCategory } from '../src/modules/problems/problem-category.entity.js';
import { Problem } from '../src/modules/problems/problem.entity.js';
import { Visit } from '../src/modules/visits/visit.entity.js';
import { seedDemoIfEmpty } from '../src/db/seeders/demo-seed.js';
import { initTestApp, isPostgres, type TestApp } from './test-app.js';

const NOW = new Date('2026-11-20T03:00:00Z');
const DAY = 86_400_000;
const TABLES = [
  'bureau',
  'branch',
  'officer',
  'pairing',
  'pairing_mentor',
  'pairing_event',
  'visit',
  'talk',
  'action_item',
  'outcome_review',
  'forum',
  'forum_attendance',
  'problem_category',
  'problem',
  'problem_event',
];

let t: TestApp;
let em: EntityManager;
let all: Awaited<ReturnType<typeof loadAll>>;

async function seedTimed(app: TestApp) {
  const start = performance.now();
  const loaded = await seedDemoIfEmpty(app.app.orm.em.fork(), { now: NOW });
  const ms = Math.round(performance.now() - start);
  console.log(`demo seed on ${isPostgres() ? 'PostgreSQL' : 'SQLite'}: ${ms} ms`);
  return loaded;
}

async function loadAll(em: EntityManager) {
  return {
    branches: await em.find(Branch, {}),
    officers: await em.find(Officer, {}),
    pairings: await em.find(Pairing, {}),
    terms: await em.find(PairingMentor, {}),
    events: await em.find(PairingEvent, {}, { orderBy: { occurredAt: 'asc', id: 'asc' } }),
    visits: await em.find(Visit, {}),
    talks: await em.find(Talk, {}),
    items: await em.find(ActionItem, {}),
    reviews: await em.find(OutcomeReview, {}),
  };
}

/** Every seeded row except the password hash (argon2 salts differ), as one digest. */
async function digest(app: TestApp): Promise<string> {
  const conn = app.app.orm.em.fork().getConnection();
  const hash = createHash('sha256');
  for (const table of TABLES) {
    const rows = await conn.execute(`select * from ${table} order by id`);
    for (const row of rows) {
      delete row.password_hash;
      hash.update(JSON.stringify(row, (_k, v) => (v instanceof Date ? v.toISOString() : v)));
    }
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  t = await initTestApp({ demo: false, now: NOW });
  expect(await seedTimed(t)).toBe(true);
  em = t.app.orm.em.fork();
  all = await loadAll(em);
});
afterAll(() => t?.close());

const account = (username: string) => all.officers.find((o) => o.username === username)!;
const openTerms = (p: Pairing) => all.terms.filter((m) => m.pairing.id === p.id && !m.endedAt);
const pairingsOf = (o: Officer) => all.pairings.filter((p) => p.mentee.id === o.id);
const mentoredBy = (o: Officer) =>
  all.terms.filter((m) => m.officer.id === o.id).map((m) => all.pairings.find((p) => p.id === m.pairing.id)!);
const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

describe('demo bureau', () => {
  it('has the article’s shape: 47 branches, 24 stations, about 1,500 officers, 39 pairings, 13 follow-ups', () => {
    expect(all.branches).toHaveLength(47);
    expect(all.branches.filter((b) => b.kind === 'STATION')).toHaveLength(24);
    expect(all.officers.length).toBeGreaterThanOrEqual(1400);
    expect(all.officers.length).toBeLessThanOrEqual(1600);
    expect(new Set(all.officers.map((o) => o.badgeNumber)).size).toBe(all.officers.length);
    expect(all.officers.every((o) => o.badgeNumber.length <= 16 && /^[a-z]+$/.test(o.nameInitials))).toBe(true);
    expect(new Set(all.officers.map((o) => o.category))).toEqual(new Set(['POLICE', 'AUXILIARY']));
    expect(all.pairings).toHaveLength(39);
    expect(new Set(all.pairings.map((p) => p.mentee.id)).size).toBe(39);
    expect(all.visits.filter((v) => v.kind === 'FOLLOW_UP')).toHaveLength(13);
    for (const kind of ['HOME_VISIT', 'INDIVIDUAL_TALK', 'FORUM'])
      expect(all.visits.some((v) => v.kind === kind)).toBe(true);
    const count = (s: string) => all.pairings.filter((p) => p.status === s).length;
    expect(count('ACTIVE')).toBeGreaterThan(20);
    expect(count('IN_REVIEW')).toBeGreaterThanOrEqual(3);
    expect(count('CONCLUDED')).toBeGreaterThanOrEqual(3);
    expect(count('ESCALATED')).toBeGreaterThanOrEqual(1);
    const reasons = all.pairings.map((p) => p.reason);
    const most = Math.max(
      ...['EARLY_WARNING', 'PERFORMANCE', 'HARDSHIP', 'WELLBEING', 'OTHER'].map(
        (r) => reasons.filter((x) => x === r).length,
      ),
    );
    expect(reasons.filter((r) => r === 'DISCIPLINED').length).toBeGreaterThan(most);
    const overdue = all.pairings.filter((p) => p.status === 'ACTIVE' && p.nextContactDue < NOW);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(
      all.pairings.some((p) => p.contactIntervalDays === 14) && all.pairings.some((p) => p.contactIntervalDays === 60),
    ).toBe(true);
  });

  it('fills the restricted fields on some records but not all', () => {
    const share = (rows: unknown[], filled: number) => filled > 0 && filled < rows.length;
    expect(share(all.pairings, all.pairings.filter((p) => p.riskNotes).length)).toBe(true);
    expect(share(all.visits, all.visits.filter((v) => v.confidentialNotes).length)).toBe(true);
    expect(share(all.talks, all.talks.filter((x) => x.assessment).length)).toBe(true);
    expect(share(all.talks, all.talks.filter((x) => x.confidential).length)).toBe(true);
    expect(share(all.visits, all.visits.filter((v) => v.acknowledgedAt).length)).toBe(true);
  });

  it('gives each pairing one lead, at most three supporters, and keeps handed-over terms', () => {
    for (const p of all.pairings) {
      const open = openTerms(p);
      expect(open.filter((m) => m.role === 'LEAD')).toHaveLength(1);
      expect(open.filter((m) => m.role === 'SUPPORT').length).toBeLessThanOrEqual(3);
      expect(open.some((m) => m.officer.id === p.mentee.id)).toBe(false);
    }
    const handedOver = all.terms.filter((m) => m.role === 'LEAD' && m.endedAt);
    expect(handedOver.length).toBeGreaterThanOrEqual(2);
    for (const m of handedOver)
      expect(all.events.some((e) => e.pairing.id === m.pairing.id && e.type === 'handover')).toBe(true);
    expect(
      all.pairings.some((p) => openTerms(p).length === 1) && all.pairings.some((p) => openTerms(p).length > 1),
    ).toBe(true);
  });

  it('records every status change as an event and every decision as a review by the committee', () => {
    const committee = account('committee');
    for (const p of all.pairings) {
      const events = all.events.filter((e) => e.pairing.id === p.id && e.toStatus);
      expect(events[0].type).toBe('created');
      expect(events[events.length - 1].toStatus).toBe(p.status);
      const reviews = all.reviews.filter((r) => r.pairing.id === p.id);
      if (p.status === 'CONCLUDED' || p.status === 'ESCALATED') expect(reviews).toHaveLength(1);
      if (p.status === 'IN_REVIEW') expect(p.reviewSummary && p.submittedAt).toBeTruthy();
      for (const r of reviews) {
        expect(r.reviewer.id).toBe(committee.id);
        expect(r.comments).toBeTruthy();
        expect(events.some((e) => e.type === 'reviewed')).toBe(true);
      }
    }
    expect(all.reviews.some((r) => r.decision === 'EXTEND')).toBe(true);
    expect(all.events.some((e) => e.type === 'cancelled')).toBe(true);
  });

  it('copies bureau, branch and mentee onto every visit, talk, action item and review', () => {
    const pairings = byId(all.pairings);
    const officers = byId(all.officers);
    const visits = byId(all.visits);
    const talks = byId(all.talks);
    for (const p of all.pairings) expect(p.branch.id).toBe(officers.get(p.mentee.id)!.branch.id);
    for (const v of all.visits) {
      const p = pairings.get(v.pairing.id)!;
      expect([v.bureau.id, v.branch.id, v.mentee.id]).toEqual([p.bureau.id, p.branch.id, p.mentee.id]);
      // A forum's contact is the forum host's; every other visit a mentor's of the pairing.
      if (!v.forum) expect(openOrPastMentor(v.author.id, p.id)).toBe(true);
    }
    for (const x of all.talks) {
      const talkee = officers.get(x.talkee.id)!;
      expect([x.bureau.id, x.branch.id]).toEqual([talkee.bureau.id, talkee.branch.id]);
      if (x.pairing) expect(pairings.get(x.pairing.id)!.mentee.id).toBe(talkee.id);
    }
    for (const a of all.items) {
      const branch = a.pairing ? pairings.get(a.pairing.id)!.branch.id : talks.get(a.talk!.id)!.branch.id;
      expect([a.bureau.id, a.branch.id]).toEqual([all.pairings[0].bureau.id, branch]);
      if (a.visit) expect(a.pairing?.id).toBe(visits.get(a.visit.id)!.pairing.id);
      if (a.talk) expect(a.pairing?.id ?? null).toBe(talks.get(a.talk.id)!.pairing?.id ?? null);
    }
    for (const r of all.reviews) {
      const p = pairings.get(r.pairing.id)!;
      expect([r.bureau.id, r.branch.id, r.mentee.id]).toEqual([p.bureau.id, p.branch.id, p.mentee.id]);
    }
  });

  it('keeps lastContactAt and nextContactDue consistent with the latest visit or talk', () => {
    for (const p of all.pairings) {
      const times = [
        ...all.visits.filter((v) => v.pairing.id === p.id),
        ...all.talks.filter((x) => x.pairing?.id === p.id),
      ].map((c) => c.occurredAt.getTime());
      const last = times.length ? Math.max(...times) : null;
      expect(p.lastContactAt?.getTime() ?? null).toBe(last);
      const base = last ?? Date.parse(`${p.startDate}T00:00:00+08:00`);
      expect(p.nextContactDue.getTime()).toBe(base + p.contactIntervalDays * DAY);
    }
  });

  it('holds the article’s forums and problems: 30 余场, 93 raised, 38 fixed on the spot, every other state', async () => {
    const forums = await em.find(Forum, {});
    const problems = await em.find(Problem, {});
    const categories = await em.find(ProblemCategory, {});
    expect(forums.length).toBeGreaterThanOrEqual(30);
    expect(forums.some((f) => f.branch == null && f.kind === 'HEART_TO_HEART')).toBe(true);
    expect(new Set(forums.map((f) => f.branch?.id)).size).toBeGreaterThanOrEqual(20);
    expect(categories).toHaveLength(7);
    expect(problems).toHaveLength(93);
    const status = (s: string) => problems.filter((p) => p.status === s).length;
    expect(status('FIXED_ON_THE_SPOT')).toBe(38);
    for (const s of ['OPEN', 'RECTIFYING', 'CLOSED', 'DECLINED']) expect(status(s)).toBeGreaterThan(0);
    // Anonymous means no raiser stored; every problem names its forum and category.
    expect(problems.some((p) => p.anonymous)).toBe(true);
    for (const p of problems) {
      if (p.anonymous) expect(p.raisedBy ?? null).toBeNull();
      expect(p.forum).toBeTruthy();
    }
    // Forum contacts: FORUM visits of the forum's host on live pairings of present mentees.
    const contacts = all.visits.filter((v) => v.forum);
    expect(contacts.length).toBeGreaterThan(0);
    const forumById = byId(forums);
    for (const v of contacts) {
      expect(v.kind).toBe('FORUM');
      expect(v.author.id).toBe(forumById.get(v.forum!.id)!.host.id);
    }
  });

  it('dates everything within the nine months before now', () => {
    const earliest = NOW.getTime() - 275 * DAY;
    const instants = [
      ...all.visits.flatMap((v) => [v.occurredAt, v.acknowledgedAt, v.createdAt]),
      ...all.talks.map((x) => x.occurredAt),
      ...all.events.map((e) => e.occurredAt),
      ...all.items.map((a) => a.closedAt),
      ...all.pairings.map((p) => Date.parse(`${p.startDate}T00:00:00+08:00`)),
    ].flatMap((d) => (d ? [typeof d === 'number' ? d : d.getTime()] : []));
    expect(Math.max(...instants)).toBeLessThan(NOW.getTime());
    expect(Math.min(...instants)).toBeGreaterThan(earliest);
    for (const v of all.visits) if (v.acknowledgedAt) expect(v.acknowledgedAt > v.occurredAt).toBe(true);
    expect(all.items.some((a) => a.status === 'OPEN' && a.dueDate < '2026-11-20')).toBe(true);
  });
});

function openOrPastMentor(officerId: number, pairingId: number) {
  return all.terms.some((m) => m.pairing.id === pairingId && m.officer.id === officerId);
}

describe('demo accounts', () => {
  it.each([
    ['', 'YZ-S01'],
    ['2', 'YZ-S02'],
  ])('branch %s: mentor leads the officer’s active pairing with the records the demos need', (n, code) => {
    const [secretary, mentor, officer] = ['secretary', 'mentor', 'officer'].map((u) => account(u + n));
    const branch = all.branches.find((b) => b.code === code)!;
    expect(branch.kind).toBe('STATION');
    for (const o of [secretary, mentor, officer]) expect(o.branch.id).toBe(branch.id);
    expect(mentor.isMentor).toBe(true);

    const own = pairingsOf(officer);
    expect(own).toHaveLength(1);
    const [p] = own;
    expect(p.status).toBe('ACTIVE');
    expect(p.nextContactDue > NOW).toBe(true);
    const lead = openTerms(p).find((m) => m.role === 'LEAD')!;
    expect(lead.officer.id).toBe(mentor.id);
    expect(mentoredBy(mentor).every((x) => x.branch.id === branch.id)).toBe(true);
    expect(mentoredBy(secretary)).toHaveLength(0);

    const visits = all.visits.filter((v) => v.pairing.id === p.id);
    expect(visits.some((v) => v.acknowledgedAt)).toBe(true);
    expect(visits.some((v) => !v.acknowledgedAt)).toBe(true);
    expect(visits.some((v) => v.confidentialNotes)).toBe(true);
    const open = all.items.filter((a) => a.pairing?.id === p.id && a.status === 'OPEN');
    expect(open.some((a) => a.owner.id === officer.id)).toBe(true);
    expect(open.some((a) => a.owner.id === mentor.id)).toBe(true);

    const talks = all.talks.filter((x) => x.talker.id === secretary.id && x.talkee.id === officer.id);
    expect(talks.some((x) => !x.confidential && x.assessment)).toBe(true);
    expect(talks.some((x) => x.confidential)).toBe(true);

    const flagged = all.officers.filter(
      (o) => o.branch.id === branch.id && o.flaggedReason && all.pairings.every((x) => x.mentee.id !== o.id),
    );
    expect(flagged.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps each mentor out of the other branch, the committee in 政治处 and stable names', () => {
    const [a, b] = ['YZ-S01', 'YZ-S02'].map((c) => all.branches.find((x) => x.code === c)!.id);
    expect(mentoredBy(account('mentor')).some((p) => p.branch.id === b)).toBe(false);
    expect(mentoredBy(account('mentor2')).some((p) => p.branch.id === a)).toBe(false);
    const committee = account('committee');
    expect(all.branches.find((x) => x.id === committee.branch.id)!.name).toBe('政治处');
    expect(committee.roles).toEqual(['COMMITTEE']);
    const names = ['committee', 'secretary', 'mentor', 'officer', 'secretary2', 'mentor2', 'officer2'].map(
      (u) => account(u).name,
    );
    expect(names).toEqual(['王建国', '李明', '张卫东', '周磊', '陈立新', '赵海涛', '孙浩']);
    expect(account('committee').nameInitials).toBe('wjg');
  });
});

describe('seeding', () => {
  it('is deterministic: two fresh databases seeded with the same now hold the same rows', async () => {
    const other = await initTestApp({ demo: false, now: NOW });
    try {
      expect(await seedTimed(other)).toBe(true);
      expect(await digest(other)).toBe(await digest(t));
    } finally {
      await other.close();
    }
  });

  it('never loads into a database that already has data', async () => {
    const before = await digest(t);
    expect(await seedDemoIfEmpty(t.app.orm.em.fork(), { now: new Date(NOW.getTime() + 5 * DAY) })).toBe(false);
    expect(await digest(t)).toBe(before);
  });
});
