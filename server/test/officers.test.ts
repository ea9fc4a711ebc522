import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@tongxin/schema';
import { addOfficers, meOf } from './pairings.fixture.js';
import { countQueries, initTestApp, type TestApp, type TestClient } from './test-app.js';
import { expectError } from './expect.js';

let t: TestApp;
let secretary: TestClient;
let secretary2: TestClient;
let branchA: number;
let ids: Map<string, number>;

const OFFICERS = `query($f: OfficerFilter, $first: Int, $after: String) {
  officers(filter: $f, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name badgeNumber branch { id } activeMentoringCount currentPairing { id status } } }
  }
}`;

const names = (res: any): string[] => res.data.officers.edges.map((e: any) => e.node.name);

beforeAll(async () => {
  t = await initTestApp();
  secretary = await t.login('secretary');
  secretary2 = await t.login('secretary2');
  branchA = (await meOf(secretary)).branchId;
  ids = await addOfficers(t, branchA, [
    { name: '欧阳小明', initials: 'oyxm', badge: '810001', flaggedReason: 'DISCIPLINED' },
    { name: '欧阳大伟', initials: 'oydw', badge: '810002' },
    { name: '欧阳强', initials: 'oyq', badge: '810003', isMentor: true },
    { name: '欧阳停', initials: 'oyt', badge: '810004', disabled: true },
    // Enough officers for several pages.
    ...Array.from({ length: 30 }, (_, i) => ({
      name: `欧阳测${String(i).padStart(2, '0')}`,
      initials: `oyc${i}`,
      badge: `82${String(i).padStart(4, '0')}`,
      category: i % 2 ? ('AUXILIARY' as const) : ('POLICE' as const),
    })),
  ]);
});
afterAll(() => t?.close());

describe('officers', () => {
  it('finds by a part of the name, by pinyin initials and by the start of the badge number', async () => {
    expect(names(await secretary.gql(OFFICERS, { f: { search: '小明' } }))).toEqual(['欧阳小明']);
    expect(names(await secretary.gql(OFFICERS, { f: { search: 'oyx' } }))).toEqual(['欧阳小明']);
    expect(names(await secretary.gql(OFFICERS, { f: { search: 'OYX' } }))).toEqual(['欧阳小明']);
    expect(names(await secretary.gql(OFFICERS, { f: { search: 'zl' }, first: 100 }))).toContain('周磊');
    expect(names(await secretary.gql(OFFICERS, { f: { search: '欧阳' }, first: 100 }))).toHaveLength(33);
    expect(names(await secretary.gql(OFFICERS, { f: { search: '81000' } }))).toEqual([
      '欧阳大伟',
      '欧阳小明',
      '欧阳强',
    ]);
    // LIKE wildcards never act as patterns: '%' alone is no search at all, '欧阳_明' is not '欧阳小明'.
    const all = await secretary.gql(OFFICERS, { f: { search: '%' } });
    const none = await secretary.gql(OFFICERS, {});
    expect(all.data!.officers.totalCount).toBe(none.data!.officers.totalCount);
    expect(names(await secretary.gql(OFFICERS, { f: { search: '欧阳_明' } }))).toEqual([]);
  });

  it('lists only the viewer’s branch for a secretary, and nobody’s for another branch', async () => {
    const mine = await secretary.gql(OFFICERS, { first: 100 });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.officers.edges.every((e: any) => Number(e.node.branch.id) === branchA)).toBe(true);
    expect(names(await secretary2.gql(OFFICERS, { f: { search: '欧阳小明' } }))).toEqual([]);
    const byId = await secretary2.gql('query($id: ID!) { officer(id: $id) { id name } }', {
      id: String(ids.get('欧阳小明')),
    });
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.officer).toBeNull();
    const own = await secretary.gql('query($id: ID!) { officer(id: $id) { name } }', {
      id: String(ids.get('欧阳小明')),
    });
    expect(own.data!.officer.name).toBe('欧阳小明');
    // A malformed id is a bad input naming the argument, in a query as in a mutation.
    const malformed = await secretary2.gql('{ officer(id: "not-an-id") { id } }');
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('filters by flagged, mentor flag, category and leaves disabled officers out unless asked', async () => {
    expect(names(await secretary.gql(OFFICERS, { f: { search: '欧阳', flagged: true, paired: false } }))).toEqual([
      '欧阳小明',
    ]);
    expect(names(await secretary.gql(OFFICERS, { f: { search: '欧阳', isMentor: true } }))).toEqual(['欧阳强']);
    expect(names(await secretary.gql(OFFICERS, { f: { search: '欧阳停' } }))).toEqual([]);
    expect(names(await secretary.gql(OFFICERS, { f: { search: '欧阳停', includeDisabled: true } }))).toEqual([
      '欧阳停',
    ]);
    const aux = await secretary.gql(OFFICERS, { f: { search: '欧阳测', category: 'AUXILIARY' }, first: 100 });
    expect(aux.data!.officers.totalCount).toBe(15);
  });

  it('tells paired from unpaired officers by their live pairing', async () => {
    const paired = await secretary.gql(OFFICERS, { f: { paired: true }, first: 100 });
    expect(names(paired)).toContain('周磊');
    expect(paired.data!.officers.edges.every((e: any) => e.node.currentPairing !== null)).toBe(true);
    const unpaired = await secretary.gql(OFFICERS, { f: { paired: false }, first: 100 });
    expect(unpaired.data!.officers.edges.every((e: any) => e.node.currentPairing === null)).toBe(true);
    expect(names(unpaired)).not.toContain('周磊');
  });

  it('shows the current pairing and the mentoring load', async () => {
    const res = await secretary.gql(OFFICERS, { f: { search: 'z' }, first: 100 });
    const byName = new Map<string, any>(res.data!.officers.edges.map((e: any) => [e.node.name, e.node]));
    expect(byName.get('周磊').currentPairing.status).toBe('ACTIVE');
    // The load is the number of live pairings the mentor currently holds a term on.
    const mentorNode = byName.get('张卫东');
    const live = await secretary.gql(
      'query($m: ID!) { pairings(filter: { mentorId: $m, status: [ACTIVE, IN_REVIEW] }) { totalCount } }',
      { m: mentorNode.id },
    );
    expect(mentorNode.activeMentoringCount).toBeGreaterThanOrEqual(1);
    expect(mentorNode.activeMentoringCount).toBe(live.data!.pairings.totalCount);
    const fresh = await secretary.gql(OFFICERS, { f: { search: '欧阳强' } });
    expect(fresh.data!.officers.edges[0].node.activeMentoringCount).toBe(0);
  });

  it('follows the cursor page by page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: any = await secretary.gql(OFFICERS, { f: { search: '欧阳测' }, first: 7, after });
      expect(res.errors).toBeUndefined();
      seen.push(...names(res));
      if (!res.data.officers.pageInfo.hasNextPage) break;
      after = res.data.officers.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    const bad = await secretary.gql(OFFICERS, { after: 'garbage' });
    expectError(bad, 'BAD_USER_INPUT', { field: 'after', reason: 'INVALID_CURSOR' });
  });

  it('reads a page of 20 with the same number of statements as a page of 5', async () => {
    const run = (first: number) =>
      countQueries(t, async () => {
        const res = await secretary.gql(OFFICERS, { first });
        expect(res.data!.officers.edges).toHaveLength(first);
      });
    const five = await run(5);
    const twenty = await run(20);
    expect(twenty.length).toBe(five.length);
    // session + viewer, the forums the viewer attended (their rules read those), page, totalCount,
    // branches, current pairings, mentoring loads
    expect(twenty.length).toBeLessThanOrEqual(8);
  });

  it('refuses an over-long search naming the field', async () => {
    const res = await secretary.gql(OFFICERS, { f: { search: 'x'.repeat(200) } });
    expectError(res, 'BAD_USER_INPUT', { field: /search/, reason: 'TOO_LONG', params: { max: LIMITS.nameMax } });
  });
});
