import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from './expect.js';
import { FORUMS, PROBLEMS, addForumFixture, type ForumFixture } from './forums-fixture.js';
import {
  type BranchFixture,
  FIXTURE_NOW,
  PERIOD,
  PERIOD_END,
  PERIOD_START,
  addBranchFixture,
} from './reviews-fixture.js';
import { documentText, download, workbook } from './ledger-files.js';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';

// 座谈会 N 场 and 征集问题 / 即知即改 / 已销号 / 逾期 per branch and month, from the forum and problem
// records in the viewer's scope, against figures computed by hand from the fixture's specs.

const DASHBOARD = `query($branchId: ID, $from: String, $to: String) {
  dashboard(branchId: $branchId, from: $from, to: $to) {
    forumSessions
    problems { raised open fixedOnTheSpot rectifying closed declined overdue }
    problemsByMonth { month partial forums raised fixedOnTheSpot closed overdue }
    problemsByBranch { branch { id } forums raised fixedOnTheSpot closed overdue }
    problemsByCategory { category { name } raised }
  }
}`;

const TODAY = '2026-10-20';
const MONTHS = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
const monthOf = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
const inPeriod = (d: Date) => d >= PERIOD_START && d < PERIOD_END;
const forumOf = (key: string) => FORUMS.find((f) => f.key === key)!;

/** The fixture branch's figures: its own forums in the period and the problems raised at them. */
function expected() {
  const forums = FORUMS.filter((f) => !f.committee && inPeriod(f.at));
  const problems = PROBLEMS.filter((p) => forums.includes(forumOf(p.forum)));
  const n = (f: (p: (typeof PROBLEMS)[number]) => boolean, of = problems) => of.filter(f).length;
  const overdue = (p: (typeof PROBLEMS)[number]) =>
    (p.status === 'OPEN' || p.status === 'RECTIFYING') && !!p.dueDate && p.dueDate < TODAY;
  const row = (of: typeof problems) => ({
    raised: of.length,
    fixedOnTheSpot: n((p) => p.status === 'FIXED_ON_THE_SPOT', of),
    closed: n((p) => p.status === 'CLOSED', of),
    overdue: n(overdue, of),
  });
  return {
    forumSessions: forums.length,
    problems: {
      ...row(problems),
      open: n((p) => p.status === 'OPEN'),
      rectifying: n((p) => p.status === 'RECTIFYING'),
      declined: n((p) => p.status === 'DECLINED'),
    },
    problemsByMonth: MONTHS.map((month) => ({
      month,
      partial: month === '2026-10',
      forums: forums.filter((f) => monthOf(f.at) === month).length,
      ...row(problems.filter((p) => monthOf(forumOf(p.forum).at) === month)),
    })),
    branchRow: { forums: forums.length, ...row(problems) },
  };
}

let t: TestApp;
let fx: BranchFixture;
let ff: ForumFixture;
let committee: TestClient;
let secretary: TestClient;
let before: Record<string, any>;

const dashboard = async (c: TestClient, vars: Record<string, unknown> = {}) => {
  const res = await c.gql(DASHBOARD, { ...PERIOD, ...vars });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.dashboard;
};

beforeAll(async () => {
  t = await initTestApp({ now: FIXTURE_NOW });
  committee = await t.login('committee');
  before = await dashboard(committee);
  fx = await addBranchFixture(t);
  ff = await addForumFixture(t, fx);
  secretary = await t.login(fx.secretary);
});
afterAll(() => t?.close());

describe('forum and problem figures', () => {
  it('equal the fixture branch’s figures computed by hand (committee, one branch; its secretary)', async () => {
    const want = expected();
    // By hand: F1, F2 (08-01 bureau time), F3 in the period; F0 before it, C1 is the committee's.
    expect(want.forumSessions).toBe(3);
    expect(want.problems).toEqual({
      raised: 8,
      open: 2,
      fixedOnTheSpot: 2,
      rectifying: 2,
      closed: 1,
      declined: 1,
      overdue: 2,
    });
    for (const viewer of [committee, secretary]) {
      const got = await dashboard(viewer, { branchId: String(fx.branchId) });
      expect(got.forumSessions).toBe(want.forumSessions);
      expect(got.problems).toEqual(want.problems);
      expect(got.problemsByMonth).toEqual(want.problemsByMonth);
      expect(got.problemsByBranch).toEqual([{ branch: { id: String(fx.branchId) }, ...want.branchRow }]);
      expect(got.problemsByCategory[0].raised).toBe(8);
    }
    // A secretary's dashboard without a branch is their branch's.
    expect((await dashboard(secretary)).problems).toEqual(want.problems);
  });

  it('adds the fixture to the bureau’s figures once, the committee forum as its own row', async () => {
    const after = await dashboard(committee);
    const want = expected();
    expect(after.forumSessions - before.forumSessions).toBe(want.forumSessions + 1);
    expect(after.problems.raised - before.problems.raised).toBe(want.problems.raised + 1);
    expect(after.problems.rectifying - before.problems.rectifying).toBe(want.problems.rectifying + 1);
    // C1's problem (due 10-10, still rectifying) is overdue too.
    expect(after.problems.overdue - before.problems.overdue).toBe(want.problems.overdue + 1);
    const committeeRow = (d: any) => d.problemsByBranch.find((b: any) => b.branch === null) ?? { forums: 0, raised: 0 };
    expect(committeeRow(after).forums - committeeRow(before).forums).toBe(1);
    expect(committeeRow(after).raised - committeeRow(before).raised).toBe(1);
    // The rows add up to the bureau's figures.
    const sum = (key: string) => after.problemsByBranch.reduce((s: number, b: any) => s + b[key], 0);
    expect(sum('raised')).toBe(after.problems.raised);
    expect(sum('forums')).toBe(after.forumSessions);
    expect(sum('overdue')).toBe(after.problems.overdue);
    const months = (key: string) => after.problemsByMonth.reduce((s: number, m: any) => s + m[key], 0);
    expect(months('raised')).toBe(after.problems.raised);
  });

  it('lists the problems the secretary’s branch raised or owns, with the overdue filter', async () => {
    const res = await secretary.gql(
      `query($f: ProblemFilter) { problems(filter: $f, first: 50) { totalCount edges { node { id overdue } } } }`,
      { f: { overdue: true } },
    );
    expect(res.errors).toBeUndefined();
    const ids = res.data!.problems.edges.map((e: any) => Number(e.node.id));
    // F1 rectifying (due 09-30), F2 open (due 10-01), C1 owned by the branch (due 10-10).
    expect(ids.sort()).toEqual([ff.problemIds[3], ff.problemIds[5], ff.problemIds[9]].sort());
    expect(res.data!.problems.edges.every((e: any) => e.node.overdue)).toBe(true);
  });

  it('files the forums and problems in the ledger: a 座谈会 sheet, a 征集问题 sheet and a section', async () => {
    const forums = FORUMS.filter((f) => !f.committee && inPeriod(f.at));
    const problems = PROBLEMS.filter((p) => forums.includes(forumOf(p.forum)));
    const { body } = await download(committee, { branchId: String(fx.branchId), format: 'XLSX' });
    const wb = await workbook(body);
    const forumRows = wb.sheet('座谈会').rows;
    expect(forumRows.map((r) => r['主题'])).toEqual(forums.map((f) => `座谈会 ${f.key}`));
    const problemRows = wb.sheet('征集问题').rows;
    expect(problemRows).toHaveLength(problems.length);
    expect(problemRows.filter((r) => r['状态'] === '即知即改')).toHaveLength(2);
    expect(problemRows.filter((r) => r['逾期'] === '是')).toHaveLength(2);
    // The anonymous one names nobody; the raiser is stored for nobody.
    expect(problemRows.filter((r) => r['提出人'] === '匿名')).toHaveLength(problems.filter((p) => p.anonymous).length);
    const doc = await documentText((await download(committee, { branchId: String(fx.branchId), format: 'DOCX' })).body);
    expect(doc).toContain('座谈会与征集问题');
    expect(doc).toContain(`座谈会 ${forums.length} 场，征集问题 ${problems.length} 个`);
  });

  it('gives an officer no dashboard', async () => {
    const officer = await t.login('officer');
    expectError(await officer.gql(DASHBOARD, PERIOD), 'FORBIDDEN');
  });
});
