import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../src/app.js';
import { floorDifference, floorRoutes } from '../src/bench/floor-check.js';
import { portalDocument } from '../src/bench/portal-documents.js';
import { BENCH_PASSWORD, generateProvince } from '../src/bench/province-generate.js';
import { provinceCounts, SIZES } from '../src/bench/province-size.js';
import { loadConfig } from '../src/config/config.js';
import { initTestApp, isPostgres, type TestApp } from './test-app.js';

// The benchmark's generated province and its floor (npm run bench), PostgreSQL only like the
// generator: the province respects what the application expects of its data (its own login,
// lists and dashboard work on it), and the floor's one statement returns what Tongxin returns.
describe.runIf(isPostgres())('bench province (PostgreSQL)', () => {
  let t: TestApp;
  let url: string;
  const size = SIZES.XS;
  const sql = async <T>(text: string, values: unknown[] = []) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(text, values)).rows as T[];
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    t = await initTestApp({
      demo: false,
      beforeStart: async (databaseUrl) => {
        url = databaseUrl;
        // The real migrations first, then the generator, as npm run bench does.
        await (await initOrm(loadConfig({ DATABASE_URL: databaseUrl, DEMO_SEED: 'false' }))).close(true);
        await generateProvince(databaseUrl, size);
        return {};
      },
    });
  }, 120_000);
  afterAll(() => t?.close());

  it('writes the counts of its size, with the shape the scenarios rely on', async () => {
    const want = provinceCounts(size);
    const [counts] = await sql<Record<string, number>>(`select
      (select count(*)::int from officer) as officers, (select count(*)::int from pairing) as pairings,
      (select count(*)::int from visit) as visits, (select count(*)::int from talk) as talks,
      (select count(*)::int from action_item) as items, (select count(*)::int from outcome_review) as reviews`);
    expect(counts).toEqual({
      officers: want.officers,
      pairings: want.pairings,
      visits: want.visits,
      talks: want.talks,
      items: want.actionItems,
      reviews: want.reviews,
    });
    // Every pairing has one lead and 0–2 supporting mentors of its branch, none of them its mentee.
    const terms = await sql<{ leads: number; n: number; foreign: number }>(`select
      count(*) filter (where m.role = 'LEAD')::int as leads, count(*)::int as n,
      count(*) filter (where o.branch_id <> p.branch_id or o.id = p.mentee_id or not o.is_mentor)::int as foreign
      from pairing p join pairing_mentor m on m.pairing_id = p.id join officer o on o.id = m.officer_id
      group by p.id`);
    expect(terms.every((r) => r.leads === 1 && r.n >= 1 && r.n <= 3 && r.foreign === 0)).toBe(true);
    expect(new Set(terms.map((r) => r.n)).size).toBe(3);
    // Visits are written by a mentor of their pairing, about its mentee, in the past.
    const [visits] = await sql<{ wrong: number }>(`select count(*)::int as wrong from visit v
      join pairing p on p.id = v.pairing_id
      where v.mentee_id <> p.mentee_id or v.occurred_at > now() or v.occurred_at < p.created_at
        or not exists (select 1 from pairing_mentor m where m.pairing_id = p.id and m.officer_id = v.author_id)`);
    expect(visits.wrong).toBe(0);
    // The id sequences continue after the generated rows: the server's own inserts come next.
    const [next] = await sql<{ id: number }>(`select nextval('visit_id_seq')::int as id`);
    expect(next.id).toBe(want.visits + 1);
  });

  it('lets its accounts log in and read their pages as the portal asks for them', async () => {
    const mentor = await t.login('b-mentor-2', BENCH_PASSWORD);
    const home = await mentor.gql(portalDocument('MentorHome'), { mentorId: '2' });
    expect(home.errors).toBeUndefined();
    const pairings = home.data!.pairings.edges as { node: { actionItems: unknown[] } }[];
    expect(pairings.length).toBeGreaterThan(0);
    expect(pairings.every((e) => e.node.actionItems.length === 3)).toBe(true);

    const secretary = await t.login('b-sec-1', BENCH_PASSWORD);
    const page = await secretary.gql(portalDocument('PairingsList'), { filter: {}, first: 20 });
    expect(page.errors).toBeUndefined();
    expect(page.data!.pairings.totalCount).toBe(16);
    expect(page.data!.pairings.edges[0].node.overdue).toBe(true);

    const committee = await t.login('b-committee-100', BENCH_PASSWORD);
    const dashboard = await committee.gql(portalDocument('Dashboard'), { from: null, to: null });
    expect(dashboard.errors).toBeUndefined();
    expect(dashboard.data!.dashboard.pairings.active).toBe(3 * 14);
  });

  it("answers Q2 and Q3 from the floor's one statement with Tongxin's records", async () => {
    const routes = floorRoutes();
    for (const [route, username, officerId, query, variables] of [
      ['q2', 'b-mentor-2', 2, 'MentorHome', { mentorId: '2' }],
      ['q2', 'b-mentor-215', 215, 'MentorHome', { mentorId: '215' }],
      ['q3', 'b-sec-2', 101, 'PairingsList', { filter: {}, first: 20 }],
    ] as const) {
      const client = await t.login(username, BENCH_PASSWORD);
      const tongxin = await client.gql(portalDocument(query), variables);
      expect(tongxin.errors).toBeUndefined();
      const [floor] = await sql<{ data: string }>(routes[route], [officerId]);
      expect(floorDifference(tongxin.data, JSON.parse(floor.data))).toBeNull();
    }
  });
});
