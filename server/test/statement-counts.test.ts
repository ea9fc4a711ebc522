import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { makeItem, makeOfficer, makePairing, makeTalk, makeVisit } from './factory.js';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';
import { expectOk, listStatements } from './visits-fixture.js';

// The read paths the province-scale benchmark measures (Q1 a pairing, Q2 the mentor's home, Q3 the
// secretary's pairings page, Q4 the dashboard), as the portal asks for them: the SQL statements
// they cost stay the same whatever the page size and however many records lie below each item,
// one per nesting level at most. An N+1 fails here, on SQLite and PostgreSQL alike. (Records of
// one type at two levels, the mentees and the items' owners, may share a batch or not, as the
// database's timing has it: so each run is held to the bound, not to another run's count.)

const Q1 = `query($id: ID!, $visits: Int) { pairing(id: $id) {
  id status goals lastContactAt nextContactDue overdue
  mentee { id name } branch { id name }
  mentors { role officer { id name } }
  visits(first: $visits) { id kind occurredAt summary author { id name } actionItems { id status } }
  talks(first: $visits) { id kind occurredAt talker { id name } }
  actionItems(status: OPEN, first: 20) { id description dueDate owner { id name } }
  reviews(first: 3) { id decision }
} }`;

const Q2 = `query($mentorId: ID!, $first: Int, $visits: Int) {
  pairings(filter: { mentorId: $mentorId, status: [ACTIVE] }, first: $first) { edges { node {
    id lastContactAt nextContactDue overdue
    mentee { id name }
    mentors { role officer { id name } }
    visits(first: $visits) { id kind occurredAt summary acknowledgedAt }
    actionItems(status: OPEN, first: 20) { id description dueDate status overdue owner { id name } pairing { id } }
  } } }
}`;

const Q3 = `query($first: Int) { pairings(orderBy: OVERDUE, first: $first) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node {
    id status reason pairingType startDate plannedEndDate nextContactDue lastContactAt overdue attention version
    mentee { id name badgeNumber } branch { id name } leadMentor { id name } mentors { role officer { id name } }
  } }
} }`;

const Q4 = `{ dashboard { officersHelped pairings { total active } overduePairings visitCount talkCount
  actionItems { total open overdue } contactsByMonth { month visits talks }
  branches { branch { id name } active overdue contacts } } }`;

const EXTRA_PAIRINGS = 5;

let t: TestApp;
let mentor: TestClient;
let secretary: TestClient;
let committee: TestClient;
let mentorId: string;
let pairingIds: number[];

/** Each of the mentor's pairings gets `n` more visits, talks and open action items. */
async function addRecords(n: number, day: number) {
  const em = t.app.orm.em.fork();
  const author = await em.findOneOrFail(Officer, Number(mentorId));
  for (const id of pairingIds) {
    const pairing = await em.findOneOrFail(Pairing, id, { populate: ['mentee'] });
    for (let i = 0; i < n; i++) {
      const occurredAt = new Date(Date.UTC(2026, 5, day, 8 + i));
      const visit = makeVisit(em, { pairing, author, occurredAt, summary: `走访 ${day}-${i}` });
      makeItem(em, { pairing, visit, owner: pairing.mentee, createdBy: author, dueDate: `2026-12-${10 + i}` });
      makeTalk(em, {
        pairing,
        talker: author,
        talkee: pairing.mentee,
        occurredAt,
        bureau: pairing.bureau,
        branch: pairing.branch,
      });
    }
  }
  await em.flush();
}

beforeAll(async () => {
  t = await initTestApp({ now: new Date('2026-07-01T00:00:00Z') });
  [mentor, secretary, committee] = await Promise.all(['mentor', 'secretary', 'committee'].map((u) => t.login(u)));
  mentorId = expectOk(await mentor.gql('{ me { id } }')).me.id;
  // More pairings for the demo mentor, in their branch, so a page can be 1 or several.
  const em = t.app.orm.em.fork();
  const lead = await em.findOneOrFail(Officer, Number(mentorId), { populate: ['branch'] });
  for (let i = 0; i < EXTRA_PAIRINGS; i++) {
    makePairing(em, { mentee: makeOfficer(em, lead.branch.getEntity()), lead, startDate: '2026-03-01' });
  }
  await em.flush();
  const mine = expectOk(await mentor.gql(Q2, { mentorId, first: 50, visits: 1 })).pairings.edges;
  pairingIds = mine.map((e: any) => Number(e.node.id));
  expect(pairingIds.length).toBeGreaterThan(EXTRA_PAIRINGS);
  await addRecords(2, 1);
});

afterAll(() => t?.close());

/** Statements of the query beyond the session's, checked free of errors. */
async function statements(client: TestClient, query: string, variables: Record<string, unknown> = {}) {
  const run = await listStatements(t, client, query, variables);
  expectOk(run.result);
  if (process.env.SHOW_SQL) console.log(run.count, run.statements.join('\n'));
  return run;
}

describe('statements per request, whatever the page size and the rows below each item', () => {
  it('Q1 pairing(id): one per nesting level, with 2 or 7 visits below it', async () => {
    // One of the added pairings: the demo ones have visits of their own.
    const id = Math.max(...pairingIds);
    const before = await statements(mentor, Q1, { id, visits: 10 });
    await addRecords(5, 2);
    const after = await statements(mentor, Q1, { id, visits: 10 });
    expect(after.result.data!.pairing.visits).toHaveLength(7);
    // pairing; mentee, branch, mentor terms (with officers), visits, talks, open items, reviews;
    // the visits' items, the visits' authors, the talks' talkers and the items' owners (one batch)
    for (const run of [before, after]) expect(run.count).toBeLessThanOrEqual(11);
  });

  it('Q2 the mentor’s home: one per nesting level for a page of 1 and of all, before and after more records', async () => {
    const one = await statements(mentor, Q2, { mentorId, first: 1, visits: 5 });
    const all = await statements(mentor, Q2, { mentorId, first: 50, visits: 5 });
    await addRecords(4, 3);
    const more = await statements(mentor, Q2, { mentorId, first: 50, visits: 5 });
    expect(more.result.data!.pairings.edges.length).toBeGreaterThan(EXTRA_PAIRINGS);
    // page; mentees, mentor terms (with officers), visits, open items; the items' owners
    for (const run of [one, all, more]) expect(run.count).toBeLessThanOrEqual(6);
  });

  it('Q3 the secretary’s pairings page: one per nesting level for 2 and 20 rows', async () => {
    const two = await statements(secretary, Q3, { first: 2 });
    const twenty = await statements(secretary, Q3, { first: 20 });
    expect(twenty.result.data!.pairings.edges.length).toBeGreaterThan(2);
    // page, count; mentees, branches, mentor terms (with officers; the lead mentor is among them)
    for (const run of [two, twenty]) expect(run.count).toBeLessThanOrEqual(5);
  });

  it('Q4 the dashboard: the same before and after more records', async () => {
    const before = await statements(committee, Q4);
    await addRecords(3, 4);
    const after = await statements(committee, Q4);
    expect(after.count).toBe(before.count);
  });
});

describe('nested lists take first, cut per parent in SQL', () => {
  it('gives each pairing its latest visits up to first, in one ranked statement', async () => {
    const run = await statements(mentor, Q2, { mentorId, first: 50, visits: 3 });
    const nodes = run.result.data!.pairings.edges.map((e: any) => e.node);
    for (const node of nodes.filter((n: any) => pairingIds.includes(Number(n.id)))) {
      expect(node.visits).toHaveLength(3);
      const times = node.visits.map((v: any) => v.occurredAt);
      expect(times).toEqual([...times].sort().reverse());
    }
    const ranked = run.statements.filter((q) => /row_number\(\) over \(partition by/i.test(q));
    // visits and open items, each once for the whole page
    expect(ranked).toHaveLength(2);
    // The newest of each pairing, the same as reading them all and cutting.
    const full = expectOk(await mentor.gql(Q2, { mentorId, first: 50, visits: 100 })).pairings.edges;
    for (const [i, e] of full.entries()) {
      expect(nodes[i].visits.map((v: any) => v.id)).toEqual(e.node.visits.slice(0, 3).map((v: any) => v.id));
    }
  });

  it('refuses a first outside 1..100 naming it', async () => {
    const res = await mentor.gql(Q2, { mentorId, first: 5, visits: 0 });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe('first');
  });
});
