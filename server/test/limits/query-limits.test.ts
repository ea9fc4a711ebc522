import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../expect.js';
import { type GqlResult, initTestApp, type TestApp, type TestClient } from '../test-app.js';

// Every limit on what one operation may ask for, just under and just over, on the real app. A
// refused operation is answered before it runs: the tests count the expensive operations started.

const COST_MAX = 301;
let t: TestApp;
let committee: TestClient;
let officer: TestClient;

beforeAll(async () => {
  t = await initTestApp({ env: { QUERY_COST_MAX: String(COST_MAX) } });
  committee = await t.login('committee');
  officer = await t.login('officer');
});
afterAll(() => t?.close());

const aliases = (n: number, field = 'me { id }') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** `me { officer { currentPairing { mentee { … { id } } } } }`, `depth` selection levels deep. */
function nested(depth: number) {
  const chain = ['me', 'officer'];
  while (chain.length < depth) chain.push(chain.length % 2 === 0 ? 'currentPairing' : 'mentee');
  return `{ ${chain.join(' { ')} { id }${' }'.repeat(depth - 1)} }`;
}

/** Expensive operations started while `fn` runs. */
async function expensiveStarted(fn: () => Promise<unknown>) {
  const guard = t.app.limits.guard;
  const run = guard.run.bind(guard);
  let started = 0;
  guard.run = (key, work, signal) => {
    started += 1;
    return run(key, work, signal);
  };
  try {
    await fn();
  } finally {
    guard.run = run;
  }
  return started;
}

describe('aliases', () => {
  it('allows 15 and refuses 16, naming the limit', async () => {
    const ok = await committee.gql(aliases(15));
    expect(ok.errors).toBeUndefined();
    expect(Object.keys(ok.data!)).toHaveLength(15);
    const res = await committee.gql(aliases(16));
    expectError(res, 'QUERY_TOO_COMPLEX', { reason: 'TOO_MANY_ALIASES', params: { max: 15 } });
    expect(res.data).toBeUndefined();
  });

  it('refuses 100 aliases of the dashboard without computing one', async () => {
    let res: Awaited<ReturnType<TestClient['gql']>> | undefined;
    const started = await expensiveStarted(async () => {
      res = await committee.gql(aliases(100, 'dashboard { visitCount }'));
    });
    expectError(res!, 'QUERY_TOO_COMPLEX', { reason: 'TOO_MANY_ALIASES' });
    expect(started).toBe(0);
  });
});

describe('depth', () => {
  it('allows 12 levels and refuses 13', async () => {
    const ok = await officer.gql(nested(12));
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
    const res = await officer.gql(nested(13));
    expectError(res, 'QUERY_TOO_COMPLEX', { reason: 'QUERY_TOO_DEEP', params: { depth: 13, max: 12 } });
  });
});

describe('directives', () => {
  const withDirectives = (n: number) => `{ me { ${'id @include(if: true) '.repeat(n)} } }`;
  it('allows 20 and refuses 21', async () => {
    expect((await committee.gql(withDirectives(20))).errors).toBeUndefined();
    expectError(await committee.gql(withDirectives(21)), 'QUERY_TOO_COMPLEX', {
      reason: 'TOO_MANY_DIRECTIVES',
      params: { max: 20 },
    });
  });
});

describe('tokens', () => {
  // `{ mentorCapacity ( mentorIds : [ … ] ) { limit } }` is 12 tokens besides the ids.
  const withTokens = (n: number) => `{ mentorCapacity(mentorIds: [${'1 '.repeat(n - 12)}]) { limit } }`;
  it('parses 3,000 tokens and refuses 3,001 before building the document', async () => {
    const ok = await committee.gql(withTokens(3000));
    expect(ok.errors?.[0]?.extensions?.code).not.toBe('GRAPHQL_PARSE_FAILED');
    expect(ok.errors?.[0]?.extensions?.reason).not.toBe('QUERY_TOO_LONG');
    const res = await committee.gql(withTokens(3001));
    expectError(res, 'QUERY_TOO_COMPLEX', { reason: 'QUERY_TOO_LONG', params: { max: 3000 } });
  });
});

describe('cost', () => {
  // 1 for the connection + 100 × (edge 1 + node 1 + branch 1) = 301.
  const page = 'officers(first: $first) { edges { node { branch { id } } } }';
  it('runs an operation at the maximum and refuses one over it, with its cost and the maximum', async () => {
    const ok = await committee.gql(`query($first: Int) { ${page} }`, { first: 100 });
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
    expect(ok.data!.officers.edges).toHaveLength(100);
    const res = await committee.gql(`query($first: Int) { ${page} me { id } }`, { first: 100 });
    expectError(res, 'QUERY_TOO_COMPLEX', { reason: 'QUERY_TOO_COMPLEX', params: { cost: 302, max: COST_MAX } });
    expect(res.data).toBeUndefined();
  });

  it('counts a page by the `first` it is asked for, and a page size over the maximum as the maximum', async () => {
    const ok = await committee.gql(`query($first: Int) { ${page} }`, { first: 1000 });
    // Not refused for its cost: the page is capped at 100 (and refused as input by the resolver).
    expect(ok.errors?.[0]?.extensions?.reason).not.toBe('QUERY_TOO_COMPLEX');
  });

  it('multiplies nested lists: an officer’s fan-out is refused before it runs', async () => {
    const fanOut = `{ pairings(first: 100) { edges { node { mentors { officer { currentPairing {
      mentors { officer { currentPairing { mentors { officer { id } } } } } } } } } } } }`;
    const res = await officer.gql(fanOut);
    const e = expectError(res, 'QUERY_TOO_COMPLEX', { reason: 'QUERY_TOO_COMPLEX' });
    expect(e.extensions!.cost).toBeGreaterThan(100_000);
  });

  it('counts the dashboard as expensive', async () => {
    const res = await committee.gql('{ dashboard { visitCount } }');
    expectError(res, 'QUERY_TOO_COMPLEX', { params: { cost: 1000, max: COST_MAX } });
  });
});

describe('a refused request', () => {
  it('is refused before it runs (here by its size) while cheap requests sent with it complete', async () => {
    const attack = aliases(1000, 'dashboard { visitCount }');
    let results: GqlResult<any>[] = [];
    const started = await expensiveStarted(async () => {
      results = await Promise.all([
        committee.gql(attack),
        ...Array.from({ length: 5 }, () => officer.gql('{ me { id officer { name } } }')),
        committee.gql(attack),
      ]);
    });
    const [first, ...rest] = results;
    const last = rest.pop()!;
    for (const refused of [first, last]) expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    for (const cheap of rest) expect(cheap.errors, JSON.stringify(cheap.errors)).toBeUndefined();
    expect(rest.map((r) => r.data!.me.officer.name)).toEqual(Array(5).fill(rest[0].data!.me.officer.name));
    expect(started).toBe(0);
  });
});
