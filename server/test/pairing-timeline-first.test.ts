import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';
import { expectOk, listStatements } from './visits-fixture.js';

// Pairing.timeline takes `first` like the other nested lists: the first entries in the order asked
// for, the same as reading the whole timeline and cutting it, with each source cut per pairing in
// SQL rather than read whole.

const TIMELINE = `query($first: Int, $newestFirst: Boolean) {
  pairings(first: 50) { edges { node { id timeline(first: $first, newestFirst: $newestFirst) { id occurredAt } } } }
}`;

let t: TestApp;
let committee: TestClient;

beforeAll(async () => {
  t = await initTestApp({ now: new Date('2026-07-01T00:00:00Z') });
  committee = await t.login('committee');
});
afterAll(() => t?.close());

const timelines = async (variables: Record<string, unknown>) =>
  new Map<string, string[]>(
    expectOk(await committee.gql(TIMELINE, variables)).pairings.edges.map((e: any) => [
      e.node.id,
      e.node.timeline.map((entry: any) => entry.id),
    ]),
  );

describe('Pairing.timeline(first)', () => {
  it('gives the first entries of the whole timeline, oldest or newest first', async () => {
    for (const newestFirst of [false, true]) {
      const whole = await timelines({ newestFirst });
      expect([...whole.values()].some((ids) => ids.length > 3)).toBe(true);
      for (const first of [1, 3]) {
        const cut = await timelines({ first, newestFirst });
        for (const [id, ids] of whole) expect(cut.get(id)).toEqual(ids.slice(0, first));
      }
    }
  });

  it('cuts each source per pairing in SQL, in as many statements as without first', async () => {
    const all = await listStatements(t, committee, TIMELINE, { newestFirst: true });
    const cut = await listStatements(t, committee, TIMELINE, { first: 3, newestFirst: true });
    expectOk(cut.result);
    expect(cut.count).toBe(all.count);
    // visits, talks, action items and reviews; events are read whole
    expect(cut.statements.filter((q) => /rank\(\) over \(partition by/i.test(q))).toHaveLength(4);
  });

  it('refuses a first outside 1..100 naming it', async () => {
    const res = await committee.gql(TIMELINE, { first: 0 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe('first');
  });
});
