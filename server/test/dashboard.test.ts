import { ReviewRating, TalkKind, VisitKind, PairingReason } from '@tongxin/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addBranchFixture,
  type BranchFixture,
  FIXTURE_NOW,
  ITEMS,
  PAIRINGS,
  PERIOD,
  PERIOD_END,
  PERIOD_START,
  REVIEWS,
  TALKS,
  type TalkSpec,
  VISITS,
} from './reviews-fixture.js';
import { countQueries, initTestApp, type TestApp, type TestClient } from './test-app.js';
import { expectError } from './expect.js';

const DASHBOARD = `query($branchId: ID, $from: String, $to: String) {
  dashboard(branchId: $branchId, from: $from, to: $to) {
    branch { id name } from to officersHelped
    pairings { total active inReview concluded escalated cancelled }
    pairingsByReason { reason count } overduePairings
    contactsByKind { kind count sessions acknowledged } visitCount followUpVisits forumSessions acknowledgmentRate
    actionItems { total counted done doneOnTime open overdue dropped completionRate }
    talksByKind { kind count } talkCount
    contactsByMonth { month partial visits followUps talks }
    ratings { rating count } ratingsByMonth { month ratings { rating count } }
    branches { branch { id } officersHelped active inReview overdue overdueShare contacts followUps talks acknowledgmentRate }
  }
}`;

/** The bureau's month of an instant (UTC+8). */
const monthOf = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
const localDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;

/** The figures of the fixture branch, computed from the specs (no SQL), as `viewer` should see them. */
function expectedFigures(viewer: 'committee' | 'secretary') {
  const pairings = PAIRINGS.filter((p) => p.startDate <= PERIOD.to && p.plannedEndDate >= PERIOD.from);
  const status = (s: string) => count(pairings, (p) => p.status === s);
  const visits = VISITS.filter((v) => v.at >= PERIOD_START && v.at < PERIOD_END);
  const readableTalk = (tk: TalkSpec) => viewer === 'committee' || !tk.confidential || tk.talker === 'secretary';
  const talks = TALKS.filter((tk) => tk.at >= PERIOD_START && tk.at < PERIOD_END && readableTalk(tk));
  const items = ITEMS.filter((i) => i.dueDate >= PERIOD.from && i.dueDate <= PERIOD.to);
  const reviews = REVIEWS.filter((r) => r.at >= PERIOD_START && r.at < PERIOD_END);
  const today = localDay(FIXTURE_NOW);
  const done = count(items, (i) => i.status === 'DONE');
  const dropped = count(items, (i) => i.status === 'DROPPED');
  const overdue = count(pairings, (p) => p.status === 'ACTIVE' && p.nextContactDue < FIXTURE_NOW);
  const active = status('ACTIVE');
  const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
  return {
    officersHelped: new Set(pairings.filter((p) => p.status !== 'CANCELLED').map((p) => p.mentee)).size,
    pairings: {
      total: pairings.length,
      active,
      inReview: status('IN_REVIEW'),
      concluded: status('CONCLUDED'),
      escalated: status('ESCALATED'),
      cancelled: status('CANCELLED'),
    },
    pairingsByReason: Object.values(PairingReason).map((reason) => ({
      reason,
      count: count(pairings, (p) => p.reason === reason),
    })),
    overduePairings: overdue,
    contactsByKind: Object.values(VisitKind).map((kind) => {
      const of = visits.filter((v) => v.kind === kind);
      return {
        kind,
        count: of.length,
        sessions: new Set(of.map((v) => v.at.getTime())).size,
        acknowledged: count(of, (v) => v.acknowledged),
      };
    }),
    visitCount: visits.length,
    followUpVisits: count(visits, (v) => v.kind === 'FOLLOW_UP'),
    // 座谈会 场 counts Forum records (forums-dashboard.test.ts); this fixture's FORUM visits are
    // per-pairing contacts, not forums.
    forumSessions: 0,
    acknowledgmentRate: count(visits, (v) => v.acknowledged) / visits.length,
    actionItems: {
      total: items.length,
      counted: items.length - dropped,
      done,
      doneOnTime: count(items, (i) => i.status === 'DONE' && !!i.closedAt && localDay(i.closedAt) <= i.dueDate),
      open: count(items, (i) => i.status === 'OPEN'),
      overdue: count(items, (i) => i.status === 'OPEN' && i.dueDate < today),
      dropped,
      completionRate: done / (items.length - dropped),
    },
    talksByKind: Object.values(TalkKind).map((kind) => ({ kind, count: count(talks, (tk) => tk.kind === kind) })),
    talkCount: talks.length,
    contactsByMonth: months.map((month) => ({
      month,
      // The fixture's today is 2026-10-20: October has not ended.
      partial: month === '2026-10',
      visits: count(visits, (v) => monthOf(v.at) === month),
      followUps: count(visits, (v) => monthOf(v.at) === month && v.kind === 'FOLLOW_UP'),
      talks: count(talks, (tk) => monthOf(tk.at) === month),
    })),
    ratings: Object.values(ReviewRating).map((rating) => ({
      rating,
      count: count(reviews, (r) => r.rating === rating),
    })),
    ratingsByMonth: months.map((month) => ({
      month,
      ratings: Object.values(ReviewRating).map((rating) => ({
        rating,
        count: count(reviews, (r) => r.rating === rating && monthOf(r.at) === month),
      })),
    })),
    branchRow: {
      officersHelped: new Set(pairings.filter((p) => p.status !== 'CANCELLED').map((p) => p.mentee)).size,
      active,
      inReview: status('IN_REVIEW'),
      overdue,
      overdueShare: overdue / active,
      contacts: visits.length,
      followUps: count(visits, (v) => v.kind === 'FOLLOW_UP'),
      talks: talks.length,
      acknowledgmentRate: count(visits, (v) => v.acknowledged) / visits.length,
    },
  };
}

let t: TestApp;
let fx: BranchFixture;
let committee: TestClient;
let bureauBefore: Record<string, any>;

async function dashboard(c: TestClient, vars: Record<string, unknown> = {}) {
  return c.gql(DASHBOARD, { ...PERIOD, ...vars });
}

beforeAll(async () => {
  t = await initTestApp({ now: FIXTURE_NOW });
  committee = await t.login('committee');
  const before = await dashboard(committee);
  expect(before.errors).toBeUndefined();
  bureauBefore = before.data!.dashboard;
  fx = await addBranchFixture(t);
});
afterAll(() => t?.close());

describe('dashboard figures', () => {
  it('equal the fixture branch’s figures computed by hand (committee, one branch)', async () => {
    const res = await dashboard(committee, { branchId: String(fx.branchId) });
    expect(res.errors).toBeUndefined();
    const got = res.data!.dashboard;
    const want = expectedFigures('committee');
    expect(got.branch.id).toBe(String(fx.branchId));
    expect(got.from).toBe(PERIOD.from);
    expect(got.to).toBe(PERIOD.to);
    const { branchRow, ...figures } = want;
    for (const [key, value] of Object.entries(figures)) {
      if (typeof value === 'number') expect(got[key], key).toBeCloseTo(value, 10);
      else expect(got[key], key).toEqual(value);
    }
    expect(got.branches).toHaveLength(1);
    const { branch, ...row } = got.branches[0];
    expect(branch.id).toBe(String(fx.branchId));
    for (const [key, value] of Object.entries(branchRow)) expect(row[key], key).toBeCloseTo(value, 10);
  });

  it('spells out the article’s figures: 回访教育 人次, FORUM contacts, 即知即改', async () => {
    const got = (await dashboard(committee, { branchId: String(fx.branchId) })).data!.dashboard;
    // Counted by hand from the fixture: follow-ups on 06-01 00:00, 07-01 01:00 and 08-20.
    expect(got.followUpVisits).toBe(3);
    // The per-pairing FORUM visits of 09-01 with three mentees are contacts; no Forum was recorded.
    expect(got.forumSessions).toBe(0);
    expect(got.contactsByKind.find((k: any) => k.kind === 'FORUM')).toMatchObject({ count: 3, sessions: 1 });
    // Two items closed by the end of their due day, bureau time; one closed 30 minutes late.
    expect(got.actionItems).toMatchObject({ total: 6, done: 3, doneOnTime: 2, open: 2, overdue: 1, dropped: 1 });
    expect(got.officersHelped).toBe(4);
    expect(got.overduePairings).toBe(1);
  });

  it('gives every action-item figure one base: 应整改 = 已完成 + 未完成, 即知即改 within 已完成', async () => {
    for (const vars of [{ branchId: String(fx.branchId) }, {}]) {
      const items = (await dashboard(committee, vars)).data!.dashboard.actionItems;
      expect(items.counted).toBe(items.total - items.dropped);
      expect(items.counted).toBe(items.done + items.open);
      expect(items.doneOnTime).toBeLessThanOrEqual(items.done);
      expect(items.overdue).toBeLessThanOrEqual(items.open);
      expect(items.completionRate).toBeCloseTo(items.done / items.counted, 10);
    }
  });

  it('marks the months the period covers only in part, or that have not ended, as partial', async () => {
    const months = async (from: string, to: string) =>
      (await dashboard(committee, { from, to })).data!.dashboard.contactsByMonth.map(
        (m: { month: string; partial: boolean }) => `${m.month}${m.partial ? '*' : ''}`,
      );
    // Today is 2026-10-20 in the fixture.
    expect(await months('2026-08-01', '2026-10-20')).toEqual(['2026-08', '2026-09', '2026-10*']);
    expect(await months('2026-08-15', '2026-09-30')).toEqual(['2026-08*', '2026-09']);
    expect(await months('2026-08-01', '2026-09-10')).toEqual(['2026-08', '2026-09*']);
  });

  it('adds the fixture to the bureau’s figures exactly once', async () => {
    const after = (await dashboard(committee)).data!.dashboard;
    const want = expectedFigures('committee');
    expect(after.branch).toBeNull();
    expect(after.officersHelped - bureauBefore.officersHelped).toBe(want.officersHelped);
    for (const key of Object.keys(want.pairings) as (keyof typeof want.pairings)[]) {
      expect(after.pairings[key] - bureauBefore.pairings[key], key).toBe(want.pairings[key]);
    }
    expect(after.overduePairings - bureauBefore.overduePairings).toBe(want.overduePairings);
    expect(after.visitCount - bureauBefore.visitCount).toBe(want.visitCount);
    expect(after.followUpVisits - bureauBefore.followUpVisits).toBe(want.followUpVisits);
    expect(after.forumSessions - bureauBefore.forumSessions).toBe(want.forumSessions);
    expect(after.talkCount - bureauBefore.talkCount).toBe(want.talkCount);
    expect(after.actionItems.total - bureauBefore.actionItems.total).toBe(want.actionItems.total);
    expect(after.actionItems.doneOnTime - bureauBefore.actionItems.doneOnTime).toBe(want.actionItems.doneOnTime);
    const ratingSum = (d: any) => d.ratings.reduce((s: number, r: any) => s + r.count, 0);
    expect(ratingSum(after) - ratingSum(bureauBefore)).toBe(REVIEWS.length);
    // The branch table covers the bureau: its rows add up to the bureau's figures.
    const sum = (key: string) => after.branches.reduce((s: number, b: any) => s + b[key], 0);
    expect(sum('contacts')).toBe(after.visitCount);
    expect(sum('active')).toBe(after.pairings.active);
    expect(sum('overdue')).toBe(after.overduePairings);
    expect(after.branches.some((b: any) => b.branch.id === String(fx.branchId))).toBe(true);
    // Ranked by overdue share, highest first.
    const shares = after.branches.map((b: any) => b.overdueShare);
    expect(shares).toEqual([...shares].sort((a: number, b: number) => b - a));
  });

  it('is computed by a fixed number of GROUP BY statements, whatever the scope', async () => {
    const branchSql = await countQueries(t, () => dashboard(committee, { branchId: String(fx.branchId) }));
    const bureauSql = await countQueries(t, () => dashboard(committee));
    // Statements over the records (the session and viewer look-ups aside).
    const data = (sql: string[]) =>
      sql.filter((q) => /from [`"]?(pairing|visit|talk|action_item|outcome_review)[`"]? as/.test(q));
    expect(data(bureauSql).length).toBe(data(branchSql).length);
    expect(data(bureauSql).length).toBeGreaterThanOrEqual(6);
    expect(data(bureauSql).length).toBeLessThanOrEqual(8);
    // Records are never loaded to be counted: every statement over them aggregates.
    for (const q of data(bureauSql)) expect(q).toMatch(/count\(/i);
  });
});

describe('dashboard scoping', () => {
  it('gives a secretary their own branch, without confidential talks they may not read', async () => {
    const secretary = await t.login(fx.secretary);
    const res = await dashboard(secretary);
    expect(res.errors).toBeUndefined();
    const got = res.data!.dashboard;
    const want = expectedFigures('secretary');
    expect(got.branch.id).toBe(String(fx.branchId));
    expect(got.talkCount).toBe(want.talkCount);
    expect(got.talkCount).toBe(expectedFigures('committee').talkCount - 1);
    expect(got.talksByKind).toEqual(want.talksByKind);
    expect(got.pairings).toEqual(want.pairings);
    expect(got.branches.map((b: any) => b.branch.id)).toEqual([String(fx.branchId)]);
    // The same branch asked for by id.
    const own = await dashboard(secretary, { branchId: String(fx.branchId) });
    expect(own.data!.dashboard.talkCount).toBe(want.talkCount);
  });

  it('refuses another branch to a secretary as if it did not exist', async () => {
    const secretary = await t.login(fx.secretary);
    const me = await (await t.login('secretary')).gql('{ me { branch { id } } }');
    const res = await dashboard(secretary, { branchId: me.data!.me.branch.id });
    expectError(res, 'NOT_FOUND', { reason: 'BRANCH_NOT_FOUND' });
    const other = await dashboard(await t.login('secretary2'), { branchId: String(fx.branchId) });
    expectError(other, 'NOT_FOUND', { reason: 'BRANCH_NOT_FOUND' });
  });

  it('refuses mentors and officers', async () => {
    for (const username of ['mentor', 'officer', fx.mentor]) {
      const res = await dashboard(await t.login(username));
      expectError(res, 'FORBIDDEN', { reason: 'NOT_ALLOWED' });
      expect(res.data).toBeNull();
    }
    expectError(await t.client().gql(DASHBOARD, PERIOD), 'UNAUTHENTICATED');
  });

  it('checks the period', async () => {
    const bad = await dashboard(committee, { from: '2026-13-01' });
    expectError(bad, 'BAD_USER_INPUT', { field: 'from', reason: 'INVALID_DATE' });
    const reversed = await dashboard(committee, { from: '2026-10-01', to: '2026-09-01' });
    expectError(reversed, 'BAD_USER_INPUT', { field: 'to', reason: 'END_BEFORE_START' });
  });

  it('defaults to the last twelve months up to today', async () => {
    const res = await committee.gql('{ dashboard { from to contactsByMonth { month } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.dashboard).toMatchObject({ from: '2025-11-01', to: '2026-10-20' });
    expect(res.data!.dashboard.contactsByMonth).toHaveLength(12);
  });
});
