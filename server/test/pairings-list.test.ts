import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { makeItem, makeReview, makeTalk, makeVisit } from './factory.js';
import { addOfficers, meOf } from './pairings.fixture.js';
import { countQueries, initTestApp, type TestApp, type TestClient } from './test-app.js';

let t: TestApp;
let secretary: TestClient;
let secretary2: TestClient;
let committee: TestClient;
let mentor: TestClient;
let branchA: number;
let ids: Map<string, number>;
const pairingOf = new Map<string, string>();
const id = (name: string) => String(ids.get(name));

const LIST = `query($f: PairingFilter, $o: PairingOrderBy, $first: Int, $after: String) {
  pairings(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id status reason startDate nextContactDue overdue riskNotes pairingType
      mentee { id name } mentors { officer { id } }
    } }
  }
}`;

const nodes = (res: any): any[] => res.data.pairings.edges.map((e: any) => e.node);
const menteeNames = (res: any) => nodes(res).map((n) => n.mentee.name);

async function create(mentee: string, lead: string, extra: Record<string, unknown> = {}) {
  const res = await secretary.gql(`mutation($i: CreatePairingInput!) { createPairing(input: $i) { pairing { id } } }`, {
    i: {
      menteeId: id(mentee),
      leadMentorId: id(lead),
      reason: 'PERFORMANCE',
      goals: '提升执法规范化水平',
      startDate: '2026-11-20',
      plannedEndDate: '2027-05-20',
      contactIntervalDays: 30,
      riskNotes: 'RISK-NOTE-TEXT',
      ...extra,
    },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  pairingOf.set(mentee, res.data!.createPairing.pairing.id);
}

/** Records of the other modules on one pairing, written directly: the timeline only reads them. */
async function addRecords(pairingId: number, authorId: number, committeeId: number) {
  // Only references to the pairing: loading it into this unit of work would make the flush touch it.
  const p = await t.app.orm.em.fork().findOneOrFail(Pairing, pairingId);
  const em = t.app.orm.em.fork();
  const ref = { bureau: p.bureau.id, branch: p.branch.id, mentee: p.mentee.id };
  const author = em.getReference(Officer, authorId);
  const common = { pairing: em.getReference(Pairing, pairingId), bureau: ref.bureau, branch: ref.branch };
  const at = (d: string) => new Date(`${d}T02:00:00Z`);
  const home = { ...common, mentee: ref.mentee };
  const visit = makeVisit(em, {
    ...home,
    author,
    occurredAt: at('2026-11-21'),
    confidentialNotes: 'SECRET-VISIT-NOTE',
  });
  makeTalk(em, {
    ...common,
    talker: author,
    talkee: ref.mentee,
    occurredAt: at('2026-11-22'),
    topics: '谈工作压力',
    assessment: 'SECRET-ASSESSMENT',
  });
  makeTalk(em, {
    ...common,
    talker: em.getReference(Officer, committeeId),
    talkee: ref.mentee,
    kind: 'REMINDER',
    occurredAt: at('2026-11-23'),
    topics: 'SECRET-CONFIDENTIAL-TOPIC',
    confidential: true,
  });
  makeItem(em, {
    ...common,
    visit,
    owner: ref.mentee,
    description: '每周提交学习心得',
    dueDate: '2026-12-01',
    createdAt: at('2026-11-24'),
  });
  makeReview(em, {
    ...home,
    reviewer: em.getReference(Officer, committeeId),
    comments: 'REVIEW-COMMENT',
    createdAt: at('2026-11-25'),
  });
  await em.flush();
}

beforeAll(async () => {
  t = await initTestApp({ now: new Date('2026-11-26T02:00:00Z') });
  [secretary, secretary2, committee, mentor] = await Promise.all(
    ['secretary', 'secretary2', 'committee', 'mentor'].map((u) => t.login(u)),
  );
  branchA = (await meOf(secretary)).branchId;
  ids = await addOfficers(t, branchA, [
    ...Array.from({ length: 6 }, (_, i) => ({
      name: `欧阳列${i}`,
      initials: `oyl${i}`,
      badge: `51000${i}`,
      username: i === 0 ? 'oyl_mentee' : undefined,
    })),
    // Enough pairings for pages of 20 whatever the demo data holds.
    ...Array.from({ length: 18 }, (_, i) => ({
      name: `欧阳填${i}`,
      initials: `oyt${i}`,
      badge: `5200${String(i).padStart(2, '0')}`,
    })),
    { name: '皇甫列一', initials: 'hfly', badge: '510011', isMentor: true, username: 'hfl_one' },
    { name: '皇甫列二', initials: 'hfle', badge: '510012', isMentor: true },
  ]);
  await create('欧阳列0', '皇甫列一', { reason: 'HARDSHIP', startDate: '2026-09-01', contactIntervalDays: 7 });
  await create('欧阳列1', '皇甫列一', { startDate: '2026-10-01', contactIntervalDays: 14 });
  await create('欧阳列2', '皇甫列二', { reason: 'HARDSHIP' });
  await create('欧阳列3', '皇甫列二', { startDate: '2026-11-25', contactIntervalDays: 60 });
  await create('欧阳列4', '皇甫列二');
  for (let i = 0; i < 18; i++) await create(`欧阳填${i}`, '皇甫列二');
  const cancelled = await secretary.gql(`mutation($id: ID!) { cancelPairing(id: $id, reason: "调离") { id } }`, {
    id: pairingOf.get('欧阳列4'),
  });
  expect(cancelled.errors).toBeUndefined();
  const committeeId = (await meOf(committee)).officerId;
  await addRecords(Number(pairingOf.get('欧阳列0')), ids.get('皇甫列一')!, committeeId);
});
afterAll(() => t?.close());

describe('pairings list', () => {
  const mine = { search: '欧阳列' };

  it('filters by status, reason, mentor and mentee search', async () => {
    expect(menteeNames(await secretary.gql(LIST, { f: { ...mine, status: ['CANCELLED'] } }))).toEqual(['欧阳列4']);
    const active = await secretary.gql(LIST, { f: { ...mine, status: ['ACTIVE'] } });
    expect(menteeNames(active).sort()).toEqual(['欧阳列0', '欧阳列1', '欧阳列2', '欧阳列3']);
    expect(menteeNames(await secretary.gql(LIST, { f: { ...mine, reason: 'HARDSHIP' } })).sort()).toEqual([
      '欧阳列0',
      '欧阳列2',
    ]);
    const byMentor = await secretary.gql(LIST, { f: { mentorId: id('皇甫列一') } });
    expect(menteeNames(byMentor).sort()).toEqual(['欧阳列0', '欧阳列1']);
    expect(menteeNames(await secretary.gql(LIST, { f: { search: 'oyl3' } }))).toEqual(['欧阳列3']);
    expect(menteeNames(await secretary.gql(LIST, { f: { search: '510002' } }))).toEqual(['欧阳列2']);
    expect(menteeNames(await secretary.gql(LIST, { f: { menteeId: id('欧阳列1') } }))).toEqual(['欧阳列1']);
  });

  it('splits overdue from not overdue (active and past the next contact)', async () => {
    const overdue = await secretary.gql(LIST, { f: { ...mine, overdue: true } });
    expect(menteeNames(overdue).sort()).toEqual(['欧阳列0', '欧阳列1']);
    expect(nodes(overdue).every((n) => n.overdue && n.status === 'ACTIVE')).toBe(true);
    const onTime = await secretary.gql(LIST, { f: { ...mine, overdue: false } });
    expect(menteeNames(onTime).sort()).toEqual(['欧阳列2', '欧阳列3']);
    const all = await secretary.gql(LIST, { f: { ...mine, overdue: false, status: ['ACTIVE', 'CANCELLED'] } });
    expect(menteeNames(all).sort()).toEqual(['欧阳列2', '欧阳列3', '欧阳列4']);
    expect(nodes(onTime).every((n) => !n.overdue)).toBe(true);
  });

  it('finds pairings with a visit the mentee has not acknowledged', async () => {
    const res = await secretary.gql(LIST, { f: { ...mine, awaitingAcknowledgment: true } });
    expect(menteeNames(res)).toEqual(['欧阳列0']);
  });

  it('sorts by next contact (soonest first), by start date and by last change (newest first)', async () => {
    const due = nodes(await secretary.gql(LIST, { f: mine, o: 'NEXT_CONTACT_DUE' })).map((n) => n.nextContactDue);
    expect(due).toEqual([...due].sort());
    const starts = nodes(await secretary.gql(LIST, { f: mine, o: 'START_DATE' })).map((n) => n.startDate);
    expect(starts).toEqual([...starts].sort().reverse());
    const withClosed = { ...mine, status: ['ACTIVE', 'CANCELLED'] };
    const changed = nodes(await secretary.gql(LIST, { f: withClosed, o: 'UPDATED_AT' }));
    expect(changed[0].mentee.name).toBe('欧阳列4'); // cancelled last
  });

  it('gives live pairings only, most overdue first, without a status filter or an order', async () => {
    const res = await committee.gql(LIST, { first: 100 });
    expect(res.errors).toBeUndefined();
    const list = nodes(res);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((n) => n.status === 'ACTIVE' || n.status === 'IN_REVIEW')).toBe(true);
    // ACTIVE ones by next contact due (the most overdue first), then those waiting for the committee.
    const statuses = list.map((n) => n.status);
    expect(statuses).toEqual([...statuses].sort());
    const due = list.filter((n) => n.status === 'ACTIVE').map((n) => new Date(n.nextContactDue).getTime());
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const firstOverdue = list.findIndex((n) => !n.overdue);
    expect(firstOverdue).toBeGreaterThan(0);
    expect(list.slice(firstOverdue).some((n) => n.overdue)).toBe(false);
    // Ours, within the branch: 欧阳列0 (a 7-day interval from September) is the most overdue.
    expect(menteeNames(await secretary.gql(LIST, { f: mine }))).toEqual(['欧阳列0', '欧阳列1', '欧阳列2', '欧阳列3']);
  });

  it('lists closed pairings when asked for by status, most recently changed first, with no next contact', async () => {
    const res = await committee.gql(LIST, { f: { status: ['CANCELLED', 'CONCLUDED', 'ESCALATED'] }, first: 100 });
    expect(res.errors).toBeUndefined();
    const list = nodes(res);
    expect(list.some((n) => n.mentee.name === '欧阳列4')).toBe(true);
    expect(list.every((n) => n.nextContactDue === null && n.overdue === false)).toBe(true);
    expect(list[0].mentee.name).toBe('欧阳列4'); // cancelled last of all
    const one = await secretary.gql(`query($id: ID!) { pairing(id: $id) { status nextContactDue overdue } }`, {
      id: pairingOf.get('欧阳列4'),
    });
    expect(one.data!.pairing).toEqual({ status: 'CANCELLED', nextContactDue: null, overdue: false });
  });

  it('follows the cursor through the default order exactly once, on every page', async () => {
    const all = nodes(await committee.gql(LIST, { first: 100 })).map((n) => n.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: any = await committee.gql(LIST, { first: 4, after });
      expect(res.errors).toBeUndefined();
      seen.push(...nodes(res).map((n) => n.id));
      if (!res.data.pairings.pageInfo.hasNextPage) break;
      after = res.data.pairings.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('follows the cursor through every page exactly once', async () => {
    const total = (await committee.gql(LIST, {})).data!.pairings.totalCount;
    expect(total).toBeGreaterThan(20);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: any = await committee.gql(LIST, { first: 7, after, o: 'START_DATE' });
      expect(res.errors).toBeUndefined();
      seen.push(...nodes(res).map((n) => n.id));
      if (!res.data.pairings.pageInfo.hasNextPage) break;
      after = res.data.pairings.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('scopes the list: a branch, a mentor’s own pairs, nothing of another branch', async () => {
    const other = await secretary2.gql(LIST, { f: mine });
    expect(other.data!.pairings.totalCount).toBe(0);
    const otherAll = await secretary2.gql(LIST, { first: 100 });
    expect(menteeNames(otherAll).some((n) => n.startsWith('欧阳列'))).toBe(false);
    const byBranch = await committee.gql(LIST, { f: { ...mine, branchId: String(branchA) } });
    expect(byBranch.data!.pairings.totalCount).toBe(4); // the live ones: 欧阳列4 is cancelled

    const lead = await t.login('hfl_one');
    const theirs = await lead.gql(LIST, { first: 100 });
    expect(menteeNames(theirs).sort()).toEqual(['欧阳列0', '欧阳列1']);
    const demoMentor = (await meOf(mentor)).officerId;
    const demo = nodes(await mentor.gql(LIST, { first: 100 }));
    expect(demo.length).toBeGreaterThan(0);
    expect(demo.every((n) => n.mentors.some((m: any) => Number(m.officer.id) === demoMentor))).toBe(true);

    const mentee = await t.login('oyl_mentee');
    const own = nodes(await mentee.gql(LIST, { first: 100 }));
    expect(own.map((n) => n.mentee.name)).toEqual(['欧阳列0']);
    expect(own[0].riskNotes).toBeNull();
  });

  it('reads a page of 20 with the same number of statements as a page of 5', async () => {
    const deep = `query($first: Int) { pairings(first: $first) { totalCount edges { node {
      id overdue pairingType nextContactDue
      mentee { name branch { name } currentPairing { id } }
      branch { name }
      mentors { role officer { name activeMentoringCount } }
      mentorHistory { endedAt officer { name } }
      leadMentor { name }
      visitCounts { kind count }
    } } } }`;
    // The timeline reads five sources for the whole page, whatever its size.
    const withTimeline = `query($first: Int) { pairings(first: $first) { edges { node { id timeline { kind type } } } } }`;
    const run = (query: string, first: number) =>
      countQueries(t, async () => {
        const res = await committee.gql(query, { first });
        expect(res.errors).toBeUndefined();
        expect(res.data!.pairings.edges).toHaveLength(first);
      });
    const five = await run(deep, 5);
    const twenty = await run(deep, 20);
    expect(twenty.length).toBe(five.length);
    // session + viewer, the forums the viewer attended, page, count, mentee officers, their branches,
    // current pairings, mentor terms with their officers, mentoring loads, visit counts, the pairings'
    // branches
    expect(twenty.length).toBeLessThanOrEqual(12);
    const timelineFive = await run(withTimeline, 5);
    const timelineTwenty = await run(withTimeline, 20);
    expect(timelineTwenty.length).toBe(timelineFive.length);
    // session + viewer + the viewer's attended forums, the page, the five sources
    expect(timelineTwenty.length).toBeLessThanOrEqual(3 + 1 + 5);
  });
});

describe('pairing timeline', () => {
  const Q = `query($id: ID!) { pairing(id: $id) {
    visitCounts { kind count }
    timeline { id kind type occurredAt summary status dueDate recordId actor { name } }
  } }`;
  const kinds = (p: any) => p.timeline.map((e: any) => `${e.kind}:${e.type}`);

  it('shows the branch’s secretary every record they may read, in date order, without restricted text', async () => {
    const res = await secretary.gql(Q, { id: pairingOf.get('欧阳列0') });
    expect(res.errors).toBeUndefined();
    const p = res.data!.pairing;
    expect(kinds(p)).toEqual(['VISIT:HOME_VISIT', 'TALK:CARE', 'ACTION_ITEM:OPEN', 'REVIEW:EXTEND', 'EVENT:created']);
    const times = p.timeline.map((e: any) => e.occurredAt);
    expect(times).toEqual([...times].sort());
    const visit = p.timeline[0];
    expect(visit).toMatchObject({
      summary: '上门走访，了解家庭情况',
      status: 'UNACKNOWLEDGED',
      actor: { name: '皇甫列一' },
    });
    expect(p.timeline[2]).toMatchObject({ summary: '每周提交学习心得', dueDate: '2026-12-01' });
    expect(p.timeline[3]).toMatchObject({ summary: 'REVIEW-COMMENT', status: 'IMPROVED' });
    expect(p.visitCounts.find((c: any) => c.kind === 'HOME_VISIT').count).toBe(1);
    expect(JSON.stringify(res.data)).not.toMatch(/SECRET|RISK-NOTE/);
  });

  it('shows the committee a confidential talk as a fact, without its content', async () => {
    const res = await committee.gql(Q, { id: pairingOf.get('欧阳列0') });
    const talk = res.data!.pairing.timeline.find((e: any) => e.type === 'REMINDER');
    expect(talk).toMatchObject({ kind: 'TALK', status: 'CONFIDENTIAL', summary: null });
    expect(JSON.stringify(res.data)).not.toMatch(/SECRET|RISK-NOTE/);
  });

  it('shows the mentee their visits, talks and items, and only the decision of a review', async () => {
    const mentee = await t.login('oyl_mentee');
    const res = await mentee.gql(Q, { id: pairingOf.get('欧阳列0') });
    expect(res.errors).toBeUndefined();
    const p = res.data!.pairing;
    expect(kinds(p)).toEqual(['VISIT:HOME_VISIT', 'TALK:CARE', 'ACTION_ITEM:OPEN', 'REVIEW:EXTEND', 'EVENT:created']);
    expect(p.timeline[3]).toMatchObject({ summary: null, status: null, actor: null });
    expect(JSON.stringify(res.data)).not.toMatch(/SECRET|RISK-NOTE|REVIEW-COMMENT/);
  });

  it('gives another branch nothing', async () => {
    expect((await secretary2.gql(Q, { id: pairingOf.get('欧阳列0') })).data!.pairing).toBeNull();
  });
});
