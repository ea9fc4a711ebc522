import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { PairingEvent } from '../src/modules/pairings/pairing-event.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { OutcomeReview } from '../src/modules/reviews/outcome-review.entity.js';
import { addBranchFixture, type BranchFixture, FIXTURE_NOW } from './reviews-fixture.js';
import { countQueries, type GqlResult, initTestApp, type TestApp, type TestClient } from './test-app.js';
import { refusal } from './expect.js';

const REVIEW = `mutation($input: ReviewPairingInput!) {
  reviewPairing(input: $input) {
    id status plannedEndDate nextContactDue version
    reviews { decision rating comments newPlannedEndDate submissionSummary reviewer { name } }
    timeline { kind type }
  }
}`;
const SUBMIT = `mutation($id: ID!, $summary: String!) { submitPairingForReview(id: $id, summary: $summary) { id status } }`;

let t: TestApp;
let fx: BranchFixture;
const as: Record<string, TestClient> = {};
/** The demo pairings of `officer` (branch A) and `officer2` (branch B). */
let pairingA: number;
let pairingB: number;

const db = () => t.app.orm.em.fork();
const reviewsOf = (pairing: number) => db().count(OutcomeReview, { pairing });
const code = (res: GqlResult) => refusal(res).code;
const field = (res: GqlResult) => refusal(res).field;

function review(c: TestClient, input: Record<string, unknown>) {
  return c.gql(REVIEW, { input: { rating: 'IMPROVED', decision: 'CONCLUDE', ...input } });
}

async function submit(c: TestClient, id: number, summary = '帮扶对象思想稳定，工作积极') {
  const res = await c.gql(SUBMIT, { id: String(id), summary });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.data!.submitPairingForReview.status).toBe('IN_REVIEW');
}

beforeAll(async () => {
  t = await initTestApp({ now: FIXTURE_NOW });
  fx = await addBranchFixture(t);
  for (const u of ['committee', 'secretary', 'mentor', 'officer', 'secretary2', 'mentor2', 'officer2']) {
    as[u] = await t.login(u);
  }
  as.secretaryC = await t.login(fx.secretary);
  const em = db();
  const officer = await em.findOneOrFail(Officer, { username: 'officer' });
  const officer2 = await em.findOneOrFail(Officer, { username: 'officer2' });
  pairingA = (await em.findOneOrFail(Pairing, { mentee: officer, status: 'ACTIVE' })).id;
  pairingB = (await em.findOneOrFail(Pairing, { mentee: officer2, status: 'ACTIVE' })).id;
});
afterAll(() => t?.close());

describe('review queue and evidence', () => {
  const QUEUE = `query($first: Int) { reviewQueue(first: $first) { totalCount edges { node {
    id status submittedAt reviewSummary
    evidence { summary durationDays asOf visitCount acknowledgedVisits acknowledgmentRate visitsByKind { kind count }
      actionItemsDone actionItemsOpen actionItemsOverdue actionItemsDropped talkCount
      contactIntervals contactIntervalsMet contactRegularity }
  } } } }`;

  it('lists the pairings in review to the committee, oldest submission first', async () => {
    const res = await as.committee.gql(QUEUE, { first: 100 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.reviewQueue.edges.map((e: any) => e.node);
    expect(nodes.length).toBe(res.data!.reviewQueue.totalCount);
    expect(nodes.every((n: any) => n.status === 'IN_REVIEW')).toBe(true);
    expect(nodes.map((n: any) => n.id)).toContain(String(fx.pairingIds.P3));
    const times = nodes.map((n: any) => n.submittedAt ?? '');
    expect(times).toEqual([...times].sort());
    for (const u of ['secretary', 'mentor', 'officer']) {
      const other = await as[u].gql(QUEUE, { first: 10 });
      expect(other.data!.reviewQueue.totalCount, u).toBe(0);
    }
  });

  it('gives the evidence counted by hand from the fixture', async () => {
    const res = await as.committee.gql(QUEUE, { first: 100 });
    const p3 = res.data!.reviewQueue.edges.map((e: any) => e.node).find((n: any) => n.id === String(fx.pairingIds.P3));
    // P3 started 2026-05-01 (30-day interval); today is 2026-10-20: 172 days, five whole windows.
    // Contacts: 05-31 23:59 and 06-01 00:00 (window 1), the 09-01 forum and the 09-10 talk (window 4).
    expect(p3.evidence).toEqual({
      summary: '帮扶对象已放下包袱，工作积极',
      durationDays: 172,
      asOf: '2026-10-20',
      visitCount: 3,
      acknowledgedVisits: 1,
      acknowledgmentRate: 1 / 3,
      visitsByKind: [
        { kind: 'HOME_VISIT', count: 1 },
        { kind: 'INDIVIDUAL_TALK', count: 0 },
        { kind: 'FORUM', count: 1 },
        { kind: 'FOLLOW_UP', count: 1 },
      ],
      actionItemsDone: 0,
      actionItemsOpen: 1,
      actionItemsOverdue: 0,
      actionItemsDropped: 1,
      talkCount: 1,
      contactIntervals: 5,
      contactIntervalsMet: 2,
      contactRegularity: 0.4,
    });
  });

  it('batches the evidence: the same statements for a page of one and a page of many', async () => {
    const total = (await as.committee.gql(QUEUE, { first: 100 })).data!.reviewQueue.totalCount;
    expect(total).toBeGreaterThan(1);
    const one = await countQueries(t, () => as.committee.gql(QUEUE, { first: 1 }));
    const many = await countQueries(t, () => as.committee.gql(QUEUE, { first: 100 }));
    expect(many.length).toBe(one.length);
  });
});

describe('reviewPairing', () => {
  it('refuses everyone but the committee and writes nothing', async () => {
    await submit(as.secretary, pairingA);
    for (const u of ['secretary', 'mentor', 'officer']) {
      expect(code(await review(as[u], { pairingId: String(pairingA) })), u).toBe('FORBIDDEN');
    }
    // Out of scope is the same as missing.
    for (const u of ['secretary2', 'mentor2', 'officer2']) {
      expect(code(await review(as[u], { pairingId: String(pairingA) })), u).toBe('NOT_FOUND');
    }
    expect(code(await review(as.committee, { pairingId: '99999999' }))).toBe('NOT_FOUND');
    expect(await reviewsOf(pairingA)).toBe(0);
    expect((await db().findOneOrFail(Pairing, pairingA)).status).toBe('IN_REVIEW');
  });

  it('requires comments unless concluding, and a later end date to extend', async () => {
    const id = String(pairingA);
    const extend = { pairingId: id, decision: 'EXTEND', newPlannedEndDate: '2027-03-01' };
    expect(field(await review(as.committee, { ...extend }))).toBe('comments');
    expect(field(await review(as.committee, { pairingId: id, decision: 'ESCALATE', comments: '   ' }))).toBe(
      'comments',
    );
    const noDate = await review(as.committee, { pairingId: id, decision: 'EXTEND', comments: '继续帮扶' });
    expect(code(noDate)).toBe('BAD_USER_INPUT');
    expect(field(noDate)).toBe('newPlannedEndDate');
    for (const date of ['2026-10-20', '2026-09-30', '2027-02-30', 'soon']) {
      const res = await review(as.committee, { ...extend, comments: '继续帮扶', newPlannedEndDate: date });
      expect(field(res), date).toBe('newPlannedEndDate');
    }
    expect(field(await review(as.committee, { pairingId: id, newPlannedEndDate: '2027-03-01' }))).toBe(
      'newPlannedEndDate',
    );
    expect(await reviewsOf(pairingA)).toBe(0);
  });

  it('EXTEND: ACTIVE again with the new end date and a fresh contact interval; history, timeline, audit', async () => {
    const res = await review(as.committee, {
      pairingId: String(pairingA),
      decision: 'EXTEND',
      rating: 'IMPROVED',
      comments: '有进步，延长三个月巩固',
      newPlannedEndDate: '2027-09-01',
    });
    expect(res.errors).toBeUndefined();
    const p = res.data!.reviewPairing;
    expect(p.status).toBe('ACTIVE');
    expect(p.plannedEndDate).toBe('2027-09-01');
    expect(new Date(p.nextContactDue).getTime()).toBe(FIXTURE_NOW.getTime() + 30 * 86_400_000);
    expect(p.reviews).toEqual([
      {
        decision: 'EXTEND',
        rating: 'IMPROVED',
        comments: '有进步，延长三个月巩固',
        newPlannedEndDate: '2027-09-01',
        submissionSummary: '帮扶对象思想稳定，工作积极',
        reviewer: { name: '王建国' },
      },
    ]);
    expect(p.timeline).toContainEqual({ kind: 'REVIEW', type: 'EXTEND' });
    const em = db();
    const review1 = await em.findOneOrFail(OutcomeReview, { pairing: pairingA });
    const pairing = await em.findOneOrFail(Pairing, pairingA);
    expect(review1.branch.id).toBe(pairing.branch.id);
    expect(review1.mentee.id).toBe(pairing.mentee.id);
    expect(review1.bureau.id).toBe(pairing.bureau.id);
    expect(review1.createdAt.getTime()).toBe(FIXTURE_NOW.getTime());
    expect(await em.count(PairingEvent, { pairing: pairingA, type: 'reviewed', toStatus: 'ACTIVE' })).toBe(1);
    expect(await em.count(AuditEvent, { action: 'reviewPairing', subjectId: String(pairingA) })).toBe(1);
  });

  it('answers a second review of the same submission with CONFLICT', async () => {
    const res = await review(as.committee, { pairingId: String(pairingA), decision: 'CONCLUDE' });
    expect(code(res)).toBe('CONFLICT');
    expect(await reviewsOf(pairingA)).toBe(1);
  });

  it('CONCLUDE needs no comments; ESCALATE escalates', async () => {
    await submit(as.secretary, pairingA, '第二次提交');
    const concluded = await review(as.committee, { pairingId: String(pairingA), rating: 'SIGNIFICANT_IMPROVEMENT' });
    expect(concluded.errors).toBeUndefined();
    expect(concluded.data!.reviewPairing.status).toBe('CONCLUDED');
    // Newest first.
    expect(concluded.data!.reviewPairing.reviews.map((r: any) => r.decision)).toEqual(['CONCLUDE', 'EXTEND']);
    expect(concluded.data!.reviewPairing.reviews[0].submissionSummary).toBe('第二次提交');

    await submit(as.secretary2, pairingB);
    const escalated = await review(as.committee, {
      pairingId: String(pairingB),
      rating: 'WORSENED',
      decision: 'ESCALATE',
      comments: '问题反复，报请党委研究',
    });
    expect(escalated.data!.reviewPairing.status).toBe('ESCALATED');
  });

  it('a stale version is a CONFLICT', async () => {
    const p2 = fx.pairingIds.P2;
    await submit(as.secretaryC, p2);
    const current = (await db().findOneOrFail(Pairing, p2)).version;
    const res = await review(as.committee, { pairingId: String(p2), version: current - 1 });
    expect(code(res)).toBe('CONFLICT');
    expect(await reviewsOf(p2)).toBe(0);
  });

  it('writes one review when two committee members review at the same time', async () => {
    const p2 = fx.pairingIds.P2;
    const other = await t.login('committee');
    const results = await Promise.all([
      review(as.committee, { pairingId: String(p2), decision: 'CONCLUDE' }),
      review(other, { pairingId: String(p2), decision: 'ESCALATE', rating: 'WORSENED', comments: '上报' }),
    ]);
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.map(code).filter(Boolean)).toEqual(['CONFLICT']);
    expect(await reviewsOf(p2)).toBe(1);
    expect(await db().count(PairingEvent, { pairing: p2, type: 'reviewed' })).toBe(1);
  });
});

describe('review history', () => {
  const HISTORY = `query($id: ID!) { pairing(id: $id) { reviews {
    decision newPlannedEndDate rating comments submissionSummary reviewer { id } } } }`;

  it('shows the mentee the decision only', async () => {
    const res = await as.officer.gql(HISTORY, { id: String(pairingA) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.pairing.reviews).toEqual([
      {
        decision: 'CONCLUDE',
        newPlannedEndDate: null,
        rating: null,
        comments: null,
        submissionSummary: null,
        reviewer: null,
      },
      {
        decision: 'EXTEND',
        newPlannedEndDate: '2027-09-01',
        rating: null,
        comments: null,
        submissionSummary: null,
        reviewer: null,
      },
    ]);
    const mentor = await as.mentor.gql(HISTORY, { id: String(pairingA) });
    expect(mentor.data!.pairing.reviews[1]).toMatchObject({ rating: 'IMPROVED', comments: '有进步，延长三个月巩固' });
  });

  it('lists reviews in the viewer’s scope only', async () => {
    const LIST = '{ outcomeReviews(first: 100) { totalCount edges { node { branch { id } pairing { id } } } } }';
    const a = await as.secretary.gql(LIST);
    const b = await as.secretary2.gql(LIST);
    const ids = (r: any) => r.data!.outcomeReviews.edges.map((e: any) => Number(e.node.pairing.id));
    expect(ids(a)).toContain(pairingA);
    expect(ids(a)).not.toContain(pairingB);
    expect(ids(b)).toContain(pairingB);
    expect(ids(b)).not.toContain(pairingA);
    const committee = await as.committee.gql(LIST);
    expect(committee.data!.outcomeReviews.totalCount).toBeGreaterThanOrEqual(a.data!.outcomeReviews.totalCount);
  });
});
